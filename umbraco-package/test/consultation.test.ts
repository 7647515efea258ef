import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from '@vitest/browser/context';
import '../src/workspace/consultation-comments.element.js';
import type { GovConsultationViewElement } from '../src/workspace/consultation-comments.element.js';
import { manifests } from '../src/workspace/manifests.js';
import { openConsultationFrom } from '../src/shared/api.js';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import { UmbContextProviderController } from '@umbraco-cms/backoffice/context-api';
import { UMB_NOTIFICATION_CONTEXT } from '@umbraco-cms/backoffice/notification';
import { GovOpenConsultationEntityAction } from '../src/consultation/open-consultation-action.js';
import { $, $$, screenshot, settle } from './helpers.js';

document.documentElement.lang = 'zh-CN';
afterEach(() => {
	document.body.replaceChildren();
	vi.restoreAllMocks();
});

const KEY = 'a1b2c3d4-0000-4000-8000-000000000009';
const comments = (status: string) => ({
	state: 'Open',
	opens: '2026-11-02',
	closes: '2026-12-02',
	items: [
		{ number: 'YJ-2026-000001', receivedAt: '2026-11-05T02:00:00Z', clause: '第五条', text: '建议延长夜间免费时段。', name: '王某', contact: '13800000000', publishConsent: true, status, adoption: 'undecided' },
		{ number: 'YJ-2026-000002', receivedAt: '2026-11-06T02:00:00Z', text: '不同意公开的意见。', publishConsent: false, status: 'pending', adoption: 'undecided' },
	],
});
const summary = { received: 2, adopted: 0, partlyAdopted: 0, notAdopted: 0, notApplicable: 0, undecided: 2, sentence: '征求意见期间共收到有效意见2条，其中采纳0条，部分采纳0条，未采纳0条，尚在研究2条。', issues: [{ field: 'feedback', code: 'undecided', message: '还有2条意见未确定采纳情况' }] };

/** The 征集意见 workspace view on consultation KEY, loaded. */
async function openView(): Promise<GovConsultationViewElement> {
	const el = document.createElement('gov-workspace-view-consultation') as GovConsultationViewElement;
	document.body.appendChild(el);
	await el.updateComplete;
	(el as unknown as { _unique: string })._unique = KEY;
	await el.load();
	await settle(el);
	return el;
}

describe('意见征集 comments view', () => {
	it('lists comments with their contacts, publishes only consented ones and sends moderation and adoption to the server', async () => {
		let status = 'pending';
		const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
			const url = String(input);
			if (url.endsWith('/comments')) return new Response(JSON.stringify(comments(status)));
			if (url.endsWith('/summary')) return new Response(JSON.stringify(summary));
			if (url.endsWith('/moderate')) {
				status = JSON.parse(String(init!.body)).status;
				return new Response(JSON.stringify({}));
			}
			return new Response(JSON.stringify({}));
		});
		const el = await openView();
		expect($(el, '[data-summary]').textContent).toContain('共收到有效意见2条');
		expect($(el, '[data-code=undecided]').textContent).toContain('未确定采纳情况');
		expect($(el, 'li[data-comment="YJ-2026-000001"]').textContent).toContain('13800000000');
		expect($(el, 'li[data-comment="YJ-2026-000002"] [data-action=published]').hasAttribute('disabled')).toBe(true); // no consent
		$<HTMLButtonElement>(el, 'li[data-comment="YJ-2026-000001"] [data-action=published]').click();
		await vi.waitFor(() => expect($(el, 'li[data-comment="YJ-2026-000001"]').getAttribute('data-status')).toBe('published'));
		const moderate = fetchSpy.mock.calls.find((c) => String(c[0]).endsWith('/moderate'))!;
		expect(String(moderate[0])).toBe(`/umbraco/govopen/api/v1/consultations/${KEY}/comments/YJ-2026-000001/moderate`);
		expect(JSON.parse(String(moderate[1]!.body))).toEqual({ status: 'published' });
		expect($$(el, 'li[data-comment]').length).toBe(2);
		await screenshot(el, 'consultation-comments');
	});

	it('sends the reason and the topic the clerk typed (bound state, not read from the DOM)', async () => {
		const posts: { url: string; body: unknown }[] = [];
		vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
			const url = String(input);
			if (init?.method === 'POST') posts.push({ url, body: JSON.parse(String(init.body)) });
			if (url.endsWith('/comments')) return new Response(JSON.stringify(comments('pending')));
			if (url.endsWith('/summary')) return new Response(JSON.stringify(summary));
			return new Response(JSON.stringify({}));
		});
		const el = await openView();
		const first = 'li[data-comment="YJ-2026-000001"]';
		// A reason typed into the first comment's field goes with 不公开, and only for that comment.
		$(el, `${first} uui-input#reason-YJ-2026-000001`).focus();
		await userEvent.keyboard('含有个人隐私');
		$<HTMLButtonElement>(el, `${first} [data-action=hidden]`).click();
		await vi.waitFor(() => expect(posts).toHaveLength(1));
		expect(posts[0].url).toBe(`/umbraco/govopen/api/v1/consultations/${KEY}/comments/YJ-2026-000001/moderate`);
		expect(posts[0].body).toEqual({ status: 'hidden', reason: '含有个人隐私' });
		await settle(el);
		$<HTMLButtonElement>(el, 'li[data-comment="YJ-2026-000002"] [data-action=duplicate]').click();
		await vi.waitFor(() => expect(posts).toHaveLength(2));
		expect(posts[1].body).toEqual({ status: 'duplicate', reason: '' });
		await settle(el);
		// A topic typed, then an adoption chosen in the uui-select's own list, sends both.
		$(el, `${first} uui-input#topic-YJ-2026-000001`).focus();
		await userEvent.keyboard('夜间收费');
		const adoption = $(el, `${first} uui-select#adoption-YJ-2026-000001`);
		await userEvent.selectOptions(adoption.shadowRoot!.querySelector('select')!, 'adopted');
		await vi.waitFor(() => expect(posts).toHaveLength(3));
		expect(posts[2].url).toBe(`/umbraco/govopen/api/v1/consultations/${KEY}/comments/YJ-2026-000001/adoption`);
		expect(posts[2].body).toEqual({ adoption: 'adopted', topic: '夜间收费' });
	});

	it('puts the drafted statement into the 意见采纳情况 field once every comment is decided, never over text already there', async () => {
		const decided = { ...summary, adopted: 2, undecided: 0, sentence: '征求意见期间共收到有效意见2条，其中采纳2条，部分采纳0条，未采纳0条。', issues: [], draft: '<p>征求意见期间共收到有效意见2条，其中采纳2条，部分采纳0条，未采纳0条。</p>' };
		let current: unknown = undefined;
		vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => new Response(JSON.stringify(String(input).endsWith('/summary') ? decided : comments('published'))));
		const el = document.createElement('gov-workspace-view-consultation') as GovConsultationViewElement;
		const values = new Map<string, unknown>();
		el.workspace = {
			getPropertyValue: <T,>(alias: string) => values.get(alias) as T | undefined,
			setPropertyValue: async <T,>(alias: string, value: T) => {
				values.set(alias, value);
				current = value;
			},
		};
		document.body.appendChild(el);
		(el as unknown as { _unique: string })._unique = KEY;
		await el.load();
		await settle(el);
		$<HTMLButtonElement>(el, '#insert-statement').click();
		await vi.waitFor(() => expect(current).toEqual({ markup: decided.draft }));
		await settle(el);
		expect($(el, '[data-notice]').textContent).toContain('请核对');
		// Written text is never overwritten.
		values.set('feedback', { markup: '<p>编辑已写的内容</p>', blocks: { layout: {} } });
		$<HTMLButtonElement>(el, '#insert-statement').click();
		await settle(el);
		expect(values.get('feedback')).toEqual({ markup: '<p>编辑已写的内容</p>', blocks: { layout: {} } });
		expect($(el, '[role=alert]').textContent).toContain('未覆盖');
	});

	it('offers no draft while comments are undecided', async () => {
		vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => new Response(JSON.stringify(String(input).endsWith('/summary') ? { ...summary, draft: '<p>x</p>' } : comments('pending'))));
		const el = document.createElement('gov-workspace-view-consultation') as GovConsultationViewElement;
		el.workspace = { getPropertyValue: () => undefined, setPropertyValue: async () => {} };
		document.body.appendChild(el);
		(el as unknown as { _unique: string })._unique = KEY;
		await el.load();
		await settle(el);
		expect($(el, '#insert-statement').hasAttribute('disabled')).toBe(true);
	});

	it('opens a consultation on a draft, or finds the one opened before, and names the problem otherwise', async () => {
		const DRAFT = 'd0000000-0000-4000-8000-000000000001';
		let calls = 0;
		const fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => {
			calls++;
			if (calls === 1) return new Response(JSON.stringify({ key: 'k1', name: '《示例（征求意见稿）》公开征求意见', kind: 'normative', opens: '2026-11-10', closes: '2026-11-19' }));
			if (calls === 2) return new Response(JSON.stringify({ code: 'exists', field: 'documentKey', key: 'k1', message: '已为此文件建立意见征集' }), { status: 409 });
			return new Response(JSON.stringify({ code: 'missing', field: 'column', message: '站点中还没有意见征集栏目' }), { status: 409 });
		});
		expect(await openConsultationFrom(DRAFT)).toMatchObject({ key: 'k1', closes: '2026-11-19', existed: false });
		expect(String(fetchSpy.mock.calls[0][0])).toBe(`/umbraco/govopen/api/v1/consultations/open-from/${DRAFT}`);
		expect(fetchSpy.mock.calls[0][1]!.method).toBe('POST');
		expect(await openConsultationFrom(DRAFT)).toMatchObject({ key: 'k1', existed: true });
		await expect(openConsultationFrom(DRAFT)).rejects.toMatchObject({ field: 'column', message: '站点中还没有意见征集栏目', status: 409 });
	});

	it('is a workspace view of 意见征集 documents only', () => {
		const view = manifests.find((m) => m.alias === 'Gov.WorkspaceView.Consultation') as unknown as { conditions: { alias: string; oneOf?: string[] }[] };
		expect(view.conditions.find((c) => c.alias === 'Umb.Condition.WorkspaceContentTypeAlias')!.oneOf).toEqual(['govConsultation']);
	});
});

describe('公开征求意见 entity action', () => {
	it('takes the editor to the consultation made from the draft and says so, or says why not', async () => {
		if (!customElements.get('gov-test-host')) customElements.define('gov-test-host', class extends UmbLitElement {});
		const host = document.createElement('gov-test-host') as InstanceType<typeof UmbLitElement>;
		document.body.appendChild(host);
		const peeks: { color: string; headline: string; message: string }[] = [];
		new UmbContextProviderController(host, UMB_NOTIFICATION_CONTEXT, {
			getHostElement: () => host,
			peek: (color: string, o: { data: { headline: string; message: string } }) => peeks.push({ color, ...o.data }),
		} as never);
		let calls = 0;
		vi.spyOn(globalThis, 'fetch').mockImplementation(async () =>
			++calls === 1
				? new Response(JSON.stringify({ key: 'k9', name: '《示例（征求意见稿）》公开征求意见', kind: 'rule', opens: '2026-11-10', closes: '2026-12-10' }))
				: new Response(JSON.stringify({ code: 'forbidden', field: 'column', message: '您没有在《意见征集》下新建内容的权限' }), { status: 403 }),
		);
		const before = location.href;
		const action = new GovOpenConsultationEntityAction(host as never, { unique: 'd1', entityType: 'document', meta: {} } as never);
		await action.execute();
		expect(location.pathname.endsWith('section/content/workspace/document/edit/k9')).toBe(true);
		expect(peeks[0]).toMatchObject({ color: 'positive', message: '《示例（征求意见稿）》公开征求意见（2026-11-10 — 2026-12-10）' });
		await action.execute();
		expect(peeks[1]).toMatchObject({ color: 'danger', message: '您没有在《意见征集》下新建内容的权限' });
		history.replaceState(null, '', before);
	});
});
