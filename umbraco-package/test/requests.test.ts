import { afterEach, describe, expect, it, vi } from 'vitest';
import '../src/requests/requests.element.js';
import { RequestApiError, type RequestDetail, type RequestsApi } from '../src/requests/requests-api.js';
import { authFetch, setAuthTokenProvider } from '../src/shared/api.js';
import { $, $$, mount, screenshot, settle } from './helpers.js';

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

async function openFirst(el: El, number = 'YSQ-2026-000001') {
	($(el, `tr[data-number="${number}"] button`) as HTMLButtonElement).click();
	await settle(el);
}

describe('依申请公开 register', () => {
	it('lists requests with deadline and days left, and marks overdue ones', async () => {
		const el = await mount<El>('gov-requests', { api: fakeApi() });
		await settle(el);
		const rows = $$(el, 'tbody tr');
		expect(rows).toHaveLength(2);
		expect(rows[0].classList.contains('overdue')).toBe(true);
		expect(rows[0].textContent).toContain('已逾期');
		expect(rows[1].textContent).toContain('2026-03-30');
		expect(rows[1].textContent).toContain('12');
		await screenshot(el, 'requests-list');
	});

	it('the overdue filter asks the server again', async () => {
		const api = fakeApi();
		const el = await mount<El>('gov-requests', { api });
		await settle(el);
		const box = $(el, 'input[name=overdueOnly]') as HTMLInputElement;
		box.click();
		await settle(el);
		expect(api.calls).toContainEqual(['list', true]);
		expect($$(el, 'tbody tr')).toHaveLength(1);
	});

	it('a request shows its history and every allowed action with its article', async () => {
		const el = await mount<El>('gov-requests', { api: fakeApi() });
		await settle(el);
		await openFirst(el);
		expect($(el, '.history li[data-kind=Received]').textContent).toContain('第三十一条');
		const options = $$(el, 'select[name=kind] option').map((o) => o.textContent);
		expect(options).toEqual(['发出补正告知（第三十条）', '延长答复期限（第三十三条）', '作出答复（第三十六条至第三十九条）']);
		expect($(el, 'dl').textContent).toContain('张某');
		await screenshot(el, 'request-detail');
	});

	it('recording an extension sends the days and the reason and shows the new deadline', async () => {
		const api = fakeApi();
		const el = await mount<El>('gov-requests', { api });
		await settle(el);
		await openFirst(el);
		const kind = $(el, 'select[name=kind]') as HTMLSelectElement;
		kind.value = 'Extended';
		kind.dispatchEvent(new Event('change'));
		await settle(el);
		($(el, 'input[name=workingDays]') as HTMLInputElement).value = '15';
		($(el, 'input[name=date]') as HTMLInputElement).value = '2026-03-12';
		($(el, 'textarea[name=note]') as HTMLTextAreaElement).value = '需征求多个部门意见，经负责人同意';
		($(el, 'form.action button[type=submit]') as HTMLButtonElement).click();
		await settle(el);
		expect(api.calls).toContainEqual(['record', 'YSQ-2026-000001', { kind: 'Extended', date: '2026-03-12', note: '需征求多个部门意见，经负责人同意', outcome: undefined, workingDays: 15, until: undefined }]);
		expect($(el, '[data-deadline]').textContent).toContain('2026-04-28');
	});

	it('a refusal from the ledger is shown with the field it concerns', async () => {
		const api = fakeApi({
			record: async () => {
				throw new RequestApiError('答复期限只能延长一次（第三十三条）', 'once');
			},
		});
		const el = await mount<El>('gov-requests', { api });
		await settle(el);
		await openFirst(el);
		($(el, 'form.action button[type=submit]') as HTMLButtonElement).click();
		await settle(el);
		const alert = $(el, '[role=alert]');
		expect(alert.textContent).toContain('第三十三条');
		expect(alert.dataset.field).toBe('once');
	});

	it('an answer offers the outcome types; drafting a letter gives an editable text', async () => {
		const api = fakeApi();
		const el = await mount<El>('gov-requests', { api });
		await settle(el);
		await openFirst(el);
		const kind = $(el, 'select[name=kind]') as HTMLSelectElement;
		kind.value = 'Answered';
		kind.dispatchEvent(new Event('change'));
		await settle(el);
		const outcomes = $$(el, 'select[name=outcome] option').map((o) => (o as HTMLOptionElement).value);
		expect(outcomes).toEqual(['Disclosed', 'PartlyDisclosed']);

		($(el, 'input[name=reason]') as HTMLInputElement).value = '含有第三方商业秘密';
		($(el, 'form.letter button[type=submit]') as HTMLButtonElement).click();
		await settle(el);
		expect(api.calls).toContainEqual(['letter', 'YSQ-2026-000001', { outcome: 'Disclosed', reason: '含有第三方商业秘密', holdingAgency: undefined }]);
		const body = $(el, 'textarea[name=letterBody]') as HTMLTextAreaElement;
		expect(body.value).toContain('张某：');
		body.value = '张某：\n　　修改后的答复。';
		expect(body.value).toContain('修改后的答复');
	});

	it('a clerk registers a posted request; the field the server names is marked', async () => {
		const api = fakeApi();
		const el = await mount<El>('gov-requests', { api });
		await settle(el);
		($$(el, 'button').find((b) => b.textContent?.includes('登记来信来访申请')) as HTMLButtonElement).click();
		await settle(el);
		const channel = $(el, 'select[name=channel]') as HTMLSelectElement;
		channel.value = 'RegisteredPost';
		channel.dispatchEvent(new Event('change'));
		await settle(el);
		const fill = (name: string, value: string) => (($(el, `[name=${name}]`) as HTMLInputElement).value = value);
		fill('submittedOn', '2026-02-27');
		fill('name', '示例建设有限公司');
		fill('contact', '000-2222222');
		fill('description', '某地块的规划条件');
		($(el, 'form.register button[type=submit]') as HTMLButtonElement).click();
		await settle(el);
		expect($(el, '[role=alert]').textContent).toContain('第三十一条');
		expect(($(el, 'input[name=signedFor]') as HTMLInputElement).getAttribute('aria-invalid')).toBe('true');

		fill('signedFor', '2026-03-02');
		($(el, 'form.register button[type=submit]') as HTMLButtonElement).click();
		await settle(el);
		expect(api.calls.at(-2)).toEqual(['register', expect.objectContaining({ channel: 'RegisteredPost', submittedOn: '2026-02-27', signedFor: '2026-03-02', confirmed: undefined, name: '示例建设有限公司' })]);
		expect($(el, '[data-number]').textContent).toBe('YSQ-2026-000003');
		expect($(el, '[data-code]').textContent).toBe('A1B2C3D4E5');
		expect($(el, '.receipt').textContent).toContain('2026-03-02');
	});

	it('shows an error when the register cannot be read', async () => {
		const el = await mount<El>('gov-requests', {
			api: fakeApi({
				list: async () => {
					throw new Error('401');
				},
			}),
		});
		await settle(el);
		expect($(el, '[role=alert]').textContent).toContain('数据暂时无法获取');
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
});
