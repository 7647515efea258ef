import { VOCABULARIES } from '../src/generated/vocabulary.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from '@vitest/browser/context';
import '../src/requests/requests-dashboard.element.js';
import { manifests } from '../src/requests/manifests.js';
import { GovRequestsDashboardElement } from '../src/requests/requests-dashboard.element.js';
import { RequestApiError, type RequestDetail, type RequestsApi } from '../src/requests/requests-api.js';
import { authFetch, httpGovApi, json, setApiConnection, setAuthTokenProvider } from '../src/shared/api.js';
import { httpRequestsApi } from '../src/requests/requests-api.js';
import { onInit } from '../src/shared/entry-point.js';
import { $, deep, deepAll, mount, screenshot, settle } from './helpers.js';

document.documentElement.lang = 'zh-CN';
afterEach(() => document.body.replaceChildren());

const detail = (over: Partial<RequestDetail> = {}): RequestDetail => ({
	number: 'YSQ-2026-000001',
	applicantType: 'NaturalPerson',
	applicant: { name: '张某', contact: '000-0000000' },
	description: '示例市2025年城市道路维修资金使用情况',
	state: 'Received',
	deadline: '2026-03-30',
	workingDaysLeft: 12,
	overdue: false,
	warnings: [],
	events: [{ kind: 'Received', date: '2026-03-02', article: '《政府信息公开条例》第二十九条、第三十一条' }],
	allowedActions: [
		{ kind: 'CorrectionRequested', article: '第三十条' },
		{ kind: 'Extended', article: '第三十三条' },
		{ kind: 'Answered', article: '第三十六条至第三十九条' },
	],
	...over,
});

function fakeApi(over: Partial<RequestsApi> = {}): RequestsApi & { calls: unknown[][] } {
	const calls: unknown[][] = [];
	return {
		calls,
		list: async (overdueOnly) => {
			calls.push(['list', overdueOnly]);
			const rows = [
				{ number: 'YSQ-2026-000002', applicantType: 'NaturalPerson', state: 'InProgress', receivedOn: '2026-02-02', deadline: '2026-03-03', workingDaysLeft: null, overdue: true },
				{ number: 'YSQ-2026-000001', applicantType: 'NaturalPerson', state: 'Received', receivedOn: '2026-03-02', deadline: '2026-03-30', workingDaysLeft: 12, overdue: false },
			];
			return { today: '2026-03-12', items: overdueOnly ? rows.filter((r) => r.overdue) : rows };
		},
		detail: async (n) => {
			calls.push(['detail', n]);
			return detail();
		},
		record: async (n, a) => {
			calls.push(['record', n, a]);
			return detail({ deadline: '2026-04-28', events: [...detail().events, { kind: a.kind, date: a.date ?? '2026-03-12', note: a.note, article: '第三十三条' }], allowedActions: [{ kind: 'Answered', article: '第三十六条至第三十九条' }] });
		},
		outcomes: async () => [
			{ key: 'Disclosed', label: '（一）予以公开', basis: '第三十六条' },
			{ key: 'PartlyDisclosed', label: '（二）部分公开', basis: '第三十七条' },
			{ key: 'OtherNoCorrection', label: '（六）其他处理 1.逾期不补正', basis: '第三十条' },
		],
		register: async (input) => {
			calls.push(['register', input]);
			if (input.channel === 'RegisteredPost' && !input.signedFor) throw new RequestApiError('挂号邮寄的申请以签收之日为收到之日，请填写签收日期（第三十一条）', 'signedFor');
			return { number: 'YSQ-2026-000003', queryCode: 'A1B2C3D4E5', duplicate: false, receivedOn: input.signedFor ?? input.submittedOn };
		},
		letter: async (n, input) => {
			calls.push(['letter', n, input]);
			return { title: '政府信息公开申请答复告知书（予以公开）', basis: '第三十六条', body: '张某：\n　　本机关于2026年3月2日收到您的申请……' };
		},
		...over,
	};
}

type El = HTMLElement & { updateComplete: Promise<unknown> };
type UuiSelect = HTMLElement & { value: string; options: { name: string; value: string; selected?: boolean }[] };
type UuiInput = HTMLElement & { value: string };

const TAG = 'gov-requests-dashboard';

/** Renders nested in several shadow roots settle in microtasks; two rounds cover event → API → re-render → child render. */
async function flush(el: El) {
	await settle(el);
	await settle(el);
}

async function openFirst(el: El, number = 'YSQ-2026-000001') {
	deep(el, `uui-table-row[data-number="${number}"] uui-button`).click();
	await flush(el);
}

/** Chooses in a uui-select as the user would: its value changes, then it dispatches `change` (bubbling, as UUI's does). */
async function choose(el: El, selector: string, value: string) {
	const select = deep<UuiSelect>(el, selector);
	select.value = value;
	select.dispatchEvent(new Event('change', { bubbles: true }));
	await flush(el);
}

/** Sets a uui-input / uui-textarea as typing does: its value, then `input` (bubbling, as UUI's does). */
function fill(el: El, selector: string, value: string) {
	const input = deep<UuiInput>(el, selector);
	input.value = value;
	input.dispatchEvent(new Event('input', { bubbles: true }));
}

async function submit(el: El, form: string) {
	deep(el, `form.${form} uui-button[type=submit]`).click();
	await flush(el);
}

describe('依申请公开 register', () => {
	it('is the dashboard Gov.Dashboard.Requests registers', async () => {
		const m = manifests.find((x) => x.alias === 'Gov.Dashboard.Requests') as unknown as { element: () => Promise<{ default: unknown }>; meta: { label: string; pathname: string } };
		expect(m.meta).toEqual({ label: '#govopen_req_tab', pathname: 'govopen-requests' });
		expect((await m.element()).default).toBe(GovRequestsDashboardElement);
	});

	it('lists requests with deadline and days left, and marks overdue ones', async () => {
		const el = await mount<El>(TAG, { api: fakeApi() });
		await flush(el);
		const rows = deepAll(el, 'uui-table-row');
		expect(rows).toHaveLength(2);
		expect(rows[0].classList.contains('overdue')).toBe(true);
		expect(rows[0].textContent).toContain('已逾期');
		expect(rows[1].textContent).toContain('2026-03-30');
		expect(rows[1].textContent).toContain('12');
		await screenshot(el, 'requests-list');
	});

	it('the overdue filter asks the server again', async () => {
		const api = fakeApi();
		const el = await mount<El>(TAG, { api });
		await flush(el);
		deep(el, 'uui-toggle[name=overdueOnly]').click();
		await flush(el);
		expect(api.calls).toContainEqual(['list', true]);
		expect(deepAll(el, 'uui-table-row')).toHaveLength(1);
	});

	it('a request shows its history and every allowed action with its article', async () => {
		const el = await mount<El>(TAG, { api: fakeApi() });
		await flush(el);
		await openFirst(el);
		expect(deep(el, '.history li[data-kind=Received]').textContent).toContain('第三十一条');
		const options = deep<UuiSelect>(el, 'uui-select[name=kind]').options.map((o) => o.name);
		expect(options).toEqual(['发出补正告知（第三十条）', '延长答复期限（第三十三条）', '作出答复（第三十六条至第三十九条）']);
		expect(deep(el, 'dl').textContent).toContain('张某');
		await screenshot(el, 'request-detail');
	});

	it('recording an extension sends the days and the reason and shows the new deadline', async () => {
		const api = fakeApi();
		const el = await mount<El>(TAG, { api });
		await flush(el);
		await openFirst(el);
		await choose(el, 'uui-select[name=kind]', 'Extended');
		fill(el, 'uui-input[name=workingDays]', '15');
		fill(el, 'uui-input[name=date]', '2026-03-12');
		fill(el, 'uui-textarea[name=note]', '需征求多个部门意见，经负责人同意');
		await submit(el, 'action');
		expect(api.calls).toContainEqual(['record', 'YSQ-2026-000001', { kind: 'Extended', date: '2026-03-12', note: '需征求多个部门意见，经负责人同意', outcome: undefined, workingDays: 15, until: undefined, proceeding: undefined, proceedingResult: undefined }]);
		expect(deep(el, '[data-deadline]').textContent).toContain('2026-04-28');
	});

	it('a decided review or litigation is recorded with its kind and result (part 四 of the annual report)', async () => {
		const answered = detail({ state: 'Answered', allowedActions: [{ kind: 'ReviewOrLitigation', article: '第五十一条' }, { kind: 'ProceedingDecided', article: '第五十一条' }] });
		const api = fakeApi({ detail: async () => answered });
		const el = await mount<El>(TAG, { api });
		await flush(el);
		await openFirst(el);
		await choose(el, 'uui-select[name=kind]', 'ProceedingDecided');
		await choose(el, 'uui-select[name=proceeding]', 'LitigationAfterReview');
		await choose(el, 'uui-select[name=proceedingResult]', 'Corrected');
		expect(deep<UuiSelect>(el, 'uui-select[name=proceeding]').options.map((o) => o.name)).toEqual(['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）']);
		fill(el, 'uui-input[name=date]', '2026-06-01');
		await submit(el, 'action');
		expect(api.calls).toContainEqual(['record', 'YSQ-2026-000001', { kind: 'ProceedingDecided', date: '2026-06-01', note: undefined, outcome: undefined, workingDays: undefined, until: undefined, proceeding: 'LitigationAfterReview', proceedingResult: 'Corrected' }]);
	});

	it('a refusal from the ledger is shown with the field it concerns', async () => {
		const api = fakeApi({
			record: async () => {
				throw new RequestApiError('答复期限只能延长一次（第三十三条）', 'once');
			},
		});
		const el = await mount<El>(TAG, { api });
		await flush(el);
		await openFirst(el);
		await submit(el, 'action');
		const alert = deep(el, '[role=alert]');
		expect(alert.textContent).toContain('第三十三条');
		expect(alert.dataset.field).toBe('once');
	});

	it('an answer offers the outcome types; drafting a letter gives an editable text', async () => {
		const api = fakeApi();
		const el = await mount<El>(TAG, { api });
		await flush(el);
		await openFirst(el);
		await choose(el, 'uui-select[name=kind]', 'Answered');
		const outcomes = deep<UuiSelect>(el, 'uui-select[name=outcome]').options.map((o) => o.value);
		expect(outcomes).toEqual(['Disclosed', 'PartlyDisclosed']);

		fill(el, 'uui-input[name=reason]', '含有第三方商业秘密');
		await submit(el, 'letter');
		expect(api.calls).toContainEqual(['letter', 'YSQ-2026-000001', { outcome: 'Disclosed', reason: '含有第三方商业秘密', holdingAgency: undefined }]);
		const body = deep<UuiInput>(el, 'uui-textarea[name=letterBody]');
		expect(body.value).toContain('张某：');
		fill(el, 'uui-textarea[name=letterBody]', '张某：\n　　修改后的答复。');
		await flush(el);
		expect(body.value).toContain('修改后的答复');

		// The download carries the edited text, not the server's draft.
		const blobs: Blob[] = [];
		const url = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:test'));
		const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
		const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
		deepAll(el, 'uui-button').find((b) => b.getAttribute('label') === '下载文本')!.click();
		await flush(el);
		[url, revoke, click].forEach((s) => s.mockRestore());
		expect(blobs).toHaveLength(1);
		expect(await blobs[0].text()).toBe('张某：\n　　修改后的答复。');
	});

	it('a clerk registers a posted request; the field the server names is marked', async () => {
		const api = fakeApi();
		const el = await mount<El>(TAG, { api });
		await flush(el);
		deep(el, 'uui-button[label=登记来信来访申请]').click();
		await flush(el);
		await choose(el, 'uui-select[name=channel]', 'RegisteredPost');
		await choose(el, 'uui-select[name=applicantType]', 'commercial');
		fill(el, 'uui-input[name=submittedOn]', '2026-02-27');
		fill(el, 'uui-input[name=name]', '示例建设有限公司');
		fill(el, 'uui-input[name=creditCode]', '91000000MA0000000N');
		fill(el, 'uui-input[name=contact]', '0571-87654321');
		fill(el, 'uui-textarea[name=description]', '某地块的规划条件');
		await submit(el, 'register');
		expect(deep(el, '[role=alert]').textContent).toContain('第三十一条');
		expect(deep(el, 'uui-input[name=signedFor]').getAttribute('aria-invalid')).toBe('true');

		fill(el, 'uui-input[name=signedFor]', '2026-03-02');
		await flush(el);
		// Correcting the field lifts its mark (a marked UUI control would stop the form); the message stays until the next answer.
		expect(deep(el, 'uui-input[name=signedFor]').getAttribute('aria-invalid')).toBe('false');
		expect(deep(el, '[role=alert]').textContent).toContain('第三十一条');
		await submit(el, 'register');
		expect(api.calls.at(-2)).toEqual(['register', expect.objectContaining({ channel: 'RegisteredPost', submittedOn: '2026-02-27', signedFor: '2026-03-02', confirmed: undefined, name: '示例建设有限公司', applicantType: 'commercial', creditCode: '91000000MA0000000N', idNumber: undefined })]);
		expect($(el, '.receipt [data-number]').textContent).toBe('YSQ-2026-000003');
		expect($(el, '.receipt [data-code]').textContent).toBe('A1B2C3D4E5');
		expect($(el, '.receipt').textContent).toContain('2026-03-02');
	});

	it('a natural person is registered with the 证件类型 and 证件号码 the vocabulary offers', async () => {
		const api = fakeApi();
		const el = await mount<El>(TAG, { api });
		await flush(el);
		deep(el, 'uui-button[label=登记来信来访申请]').click();
		await flush(el);
		// The choices are Core's vocabularies, not a list of the client's own.
		const options = (deep(el, 'uui-select[name=idType]') as unknown as { options: { value: string }[] }).options.map((o) => o.value);
		expect(options).toEqual(VOCABULARIES.idDocumentType.map((t) => t.alias));
		expect(deepAll(el, 'uui-input[name=creditCode]')).toHaveLength(0);
		await choose(el, 'uui-select[name=idType]', 'passport');
		fill(el, 'uui-input[name=submittedOn]', '2026-02-27');
		fill(el, 'uui-input[name=name]', '张某');
		fill(el, 'uui-input[name=idNumber]', 'E12345678');
		fill(el, 'uui-input[name=contact]', '13800000000');
		fill(el, 'uui-textarea[name=description]', '某地块的规划条件');
		await submit(el, 'register');
		expect(api.calls.find((c) => c[0] === 'register')).toEqual(['register', expect.objectContaining({ applicantType: 'naturalPerson', idType: 'passport', idNumber: 'E12345678', creditCode: undefined })]);
	});

	it('a required field left empty stops the registration before it reaches the server', async () => {
		const api = fakeApi();
		const el = await mount<El>(TAG, { api });
		await flush(el);
		deep(el, 'uui-button[label=登记来信来访申请]').click();
		await flush(el);
		fill(el, 'uui-input[name=submittedOn]', '2026-02-27');
		fill(el, 'uui-input[name=contact]', '000-2222222');
		fill(el, 'uui-textarea[name=description]', '某地块的规划条件');
		await submit(el, 'register');
		expect(api.calls.filter((c) => c[0] === 'register')).toHaveLength(0);
	});

	it('shows an error when the register cannot be read', async () => {
		const el = await mount<El>(TAG, {
			api: fakeApi({
				list: async () => {
					throw new Error('401');
				},
			}),
		});
		await flush(el);
		expect(deep(el, '[role=alert]').textContent).toContain('数据暂时无法获取');
	});
});

describe('依申请公开 register paused on this server', () => {
	// What RequestsApiController answers while the register cannot be used: 503 problem details with the issue.
	const paused = () =>
		new Response(
			JSON.stringify({ title: 'The module is not available on this server.', status: 503, detail: 'The request register database cannot be reached.', field: 'requests', code: 'unavailable', message: '依申请公开办理台账的数据库无法连接', messageEn: 'The request register database cannot be reached.' }),
			{ status: 503, headers: { 'Content-Type': 'application/problem+json' } },
		);

	it('shows the server\'s reason as a notice, once, instead of an error or an empty table', async () => {
		const api = fakeApi({
			list: async (overdueOnly) => {
				api.calls.push(['list', overdueOnly]);
				return json(paused());
			},
			outcomes: async () => json(paused()),
		});
		const el = await mount<El>(TAG, { api });
		await flush(el);
		await new Promise((r) => setTimeout(r, 50));
		const notice = deep(el, '#unavailable');
		expect(notice.getAttribute('headline')).toBe('依申请公开办理台账在本服务器上暂不可用');
		expect(deep(el, '#unavailable [role=status]').textContent).toContain('数据库无法连接');
		expect(deep(el, '#unavailable [role=status]').getAttribute('data-field')).toBe('requests');
		expect(deepAll(el, '[role=alert]')).toHaveLength(0);
		expect(deepAll(el, 'uui-table')).toHaveLength(0);
		expect(deepAll(el, '#register')).toHaveLength(0);
		expect(api.calls.filter((c) => c[0] === 'list')).toHaveLength(1);
		await screenshot(el, 'requests-unavailable');
	});

	it('in English it shows messageEn', async () => {
		document.documentElement.lang = 'en';
		try {
			const el = await mount<El>(TAG, { api: fakeApi({ list: async () => json(paused()), outcomes: async () => json(paused()) }) });
			await flush(el);
			expect(deep(el, '#unavailable [role=status]').textContent).toContain('The request register database cannot be reached.');
		} finally {
			document.documentElement.lang = 'zh-CN';
		}
	});
});

describe('register forms read what was typed (bound state, not the DOM)', () => {
	it('typing into UUI inputs and pressing Enter sends the typed values', async () => {
		const api = fakeApi();
		const el = await mount<El>(TAG, { api });
		await flush(el);
		await openFirst(el);
		deep(el, 'uui-input[name=reason]').focus();
		await userEvent.keyboard('含有第三方商业秘密');
		deep(el, 'uui-input[name=holdingAgency]').focus();
		await userEvent.keyboard('示例市自然资源局{Enter}');
		await flush(el);
		expect(api.calls).toContainEqual(['letter', 'YSQ-2026-000001', { outcome: 'Disclosed', reason: '含有第三方商业秘密', holdingAgency: '示例市自然资源局' }]);

		deep(el, 'uui-textarea[name=note]').focus();
		await userEvent.keyboard('电话告知申请人补正');
		await submit(el, 'action');
		expect(api.calls).toContainEqual(['record', 'YSQ-2026-000001', expect.objectContaining({ kind: 'CorrectionRequested', note: '电话告知申请人补正' })]);
	});

	it('no requests element reads form values through querySelector, and none uses hex colours', () => {
		const sources = import.meta.glob('../src/requests/*.ts', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
		expect(Object.keys(sources).length).toBeGreaterThanOrEqual(6);
		for (const [file, text] of Object.entries(sources)) {
			expect(text, file).not.toMatch(/querySelector/);
			expect(text, file).not.toMatch(/#[0-9a-fA-F]{3,8}\b(?![-\w])/);
		}
	});
});

describe('authFetch', () => {
	it('signs calls with the back-office token when one is available', async () => {
		const spy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('{}'));
		setAuthTokenProvider(async () => 'token-123');
		await authFetch('/umbraco/govopen/api/v1/requests');
		const headers = new Headers(spy.mock.calls[0][1]!.headers);
		expect(headers.get('Authorization')).toBe('Bearer token-123');
		spy.mockRestore();
	});

	// A separate back-office host: the page is served from one origin, the Umbraco server (and the GovOpen routes) from
	// another. The entry point takes the server URL, credentials and token from UMB_AUTH_CONTEXT.getOpenApiConfiguration().
	it('calls the Umbraco server the auth context names, not the page origin, with its token and credentials', async () => {
		const server = 'https://cms.example.test';
		expect(location.origin).not.toBe(server);
		const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response(JSON.stringify({ overdue: [], pending: [], expiring: [], quarter: [], items: [], today: '2026-03-12' })));
		const auth = {
			getServerUrl: () => server,
			getLatestToken: async () => 'token-456',
			getOpenApiConfiguration: () => ({ base: server, credentials: 'include' as const, token: async () => 'token-456' }),
		};
		const host = { consumeContext: (_token: unknown, callback: (ctx: unknown) => void) => callback(auth) };
		try {
			onInit(host as never, undefined as never);
			await httpGovApi.dashboard();
			await httpRequestsApi.list(true);
			const [dashboardUrl, dashboardInit] = spy.mock.calls[0];
			expect(String(dashboardUrl)).toBe(`${server}/umbraco/govopen/api/v1/dashboard`);
			expect(new Headers(dashboardInit!.headers).get('Authorization')).toBe('Bearer token-456');
			expect(dashboardInit!.credentials).toBe('include');
			expect(String(spy.mock.calls[1][0])).toBe(`${server}/umbraco/govopen/api/v1/requests?overdue=true`);
		} finally {
			spy.mockRestore();
			setApiConnection(undefined);
		}
	});
});
