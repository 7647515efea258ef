import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import '../src/workspace/validity-changes.element.js';
import { setApiConnection, type ValidityChange } from '../src/shared/api.js';
import { $, $$, deep, mount, screenshot, settle } from './helpers.js';

document.documentElement.lang = 'zh-CN';

type El = HTMLElement & { updateComplete: Promise<unknown> };
type UuiInput = HTMLElement & { value: string };

const KEY = '3f2b6c1e-7a4d-4e2b-9c1a-0d5e8f7a6b21';
const BASE = `/umbraco/govopen/api/v1/validity-changes/${KEY}`;

const pending = (over: Partial<ValidityChange> = {}): ValidityChange => ({
	id: 'c1',
	kind: 'abolished',
	date: '2026-07-01',
	byId: '9a8b7c6d-0000-4000-8000-000000000001',
	byDocumentNumber: '示府规〔2026〕3号',
	byTitle: '示例市公共数据管理办法',
	sentence: '本办法自2026年7月1日起施行，《示例市公共数据开放暂行办法》（示府规〔2024〕4号）同时废止。',
	problem: null,
	proposedAt: '2026-06-20T09:30:00Z',
	status: 'pending',
	decidedBy: null,
	decidedAt: null,
	note: null,
	...over,
});

const rejected = pending({ id: 'c0', kind: 'revised', date: '2025-03-01', status: 'rejected', decidedBy: '李四', decidedAt: '2026-06-21T10:05:00Z', note: '所指为另一文件' });

let fetchSpy: MockInstance<typeof fetch>;
/** Requests the element made: method, URL (relative: no server configured), and the form body. */
let calls: { method: string; url: string; body?: FormData }[];

/** Answers GET with `lists` in turn (the last one repeated), POSTs with `post`. */
function serve(lists: ValidityChange[][], post: (url: string) => Response = () => new Response(JSON.stringify(pending({ status: 'confirmed' })))) {
	let n = 0;
	fetchSpy.mockImplementation(async (input, init) => {
		const url = String(input);
		const method = init?.method ?? 'GET';
		calls.push({ method, url, body: init?.body instanceof FormData ? init.body : undefined });
		if (method === 'GET') return new Response(JSON.stringify(lists[Math.min(n++, lists.length - 1)]));
		return post(url);
	});
}

/** Event → POST → GET → re-render takes several fetch/JSON round trips; settle until the requests stop. */
async function flush(el: El) {
	let seen = -1;
	while (seen !== calls.length) {
		seen = calls.length;
		for (let i = 0; i < 3; i++) await settle(el);
	}
}

async function mountFor(key = KEY) {
	const el = await mount<El>('gov-validity-changes', { documentKey: key });
	await flush(el);
	return el;
}

beforeEach(() => {
	setApiConnection(undefined);
	calls = [];
	fetchSpy = vi.spyOn(globalThis, 'fetch');
});
afterEach(() => {
	fetchSpy.mockRestore();
	document.body.replaceChildren();
});

describe('待确认的效力变更', () => {
	it('lists a pending change with its kind, date, deciding document, sentence and problem, and decided ones as history', async () => {
		serve([[pending({ problem: '废止日期早于本文件的施行日期' }), rejected]]);
		const el = await mountFor();
		expect(calls).toEqual([{ method: 'GET', url: BASE, body: undefined }]);
		const box = $(el, 'uui-box');
		expect(box.getAttribute('headline')).toBe('待确认的效力变更');
		const li = $(el, 'ul.pending li[data-id=c1]');
		expect(li.querySelector('.kind')!.textContent).toBe('废止');
		expect(li.textContent).toContain('2026-07-01');
		expect(li.querySelector('.by')!.textContent).toContain('《示例市公共数据管理办法》');
		expect(li.querySelector('.by')!.textContent).toContain('示府规〔2026〕3号');
		expect(li.querySelector('.sentence')!.textContent).toContain('同时废止');
		expect(li.querySelector('.problem')!.textContent).toBe('废止日期早于本文件的施行日期');
		expect([...li.querySelectorAll('uui-button')].map((b) => b.getAttribute('label'))).toEqual(['确认', '不采纳']);
		const past = $(el, 'ul.history li[data-id=c0]');
		expect(past.getAttribute('data-status')).toBe('rejected');
		expect(past.querySelector('.kind')!.textContent).toBe('修订');
		expect(past.textContent).toContain('未采纳');
		expect(past.textContent).toContain('李四于2026-06-21 10:05处理');
		expect(past.textContent).toContain('所指为另一文件');
		await screenshot(el, 'validity-changes');
	});

	it('names the kind in English from the generated vocabulary', async () => {
		document.documentElement.lang = 'en';
		try {
			serve([[pending({ kind: 'declaredInvalid' })]]);
			const el = await mountFor();
			expect($(el, 'uui-box').getAttribute('headline')).toBe('Validity changes to confirm');
			expect($(el, 'li[data-id=c1] .kind').textContent).toBe('Declared invalid');
		} finally {
			document.documentElement.lang = 'zh-CN';
		}
	});

	it('确认 posts to the change’s confirm URL and reloads the list', async () => {
		serve([[pending()], [{ ...pending(), status: 'confirmed', decidedBy: '张三', decidedAt: '2026-06-22T08:00:00Z' }]]);
		const el = await mountFor();
		deep(el, 'li[data-id=c1] uui-button[data-action=confirm]').click();
		await flush(el);
		expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([`GET ${BASE}`, `POST ${BASE}/c1/confirm`, `GET ${BASE}`]);
		expect($(el, 'ul.pending')).toBeNull();
		expect($(el, 'p.none').textContent).toBe('没有待确认的效力变更');
		expect($(el, 'ul.history li[data-id=c1]').getAttribute('data-status')).toBe('confirmed');
		expect($(el, '[role=alert]')).toBeNull();
	});

	it('不采纳 asks for an optional reason and sends it', async () => {
		serve([[pending()], [{ ...pending(), status: 'rejected', note: '该文件已由其他文件废止' }]], () => new Response(JSON.stringify(pending({ status: 'rejected' }))));
		const el = await mountFor();
		deep(el, 'li[data-id=c1] uui-button[data-action=reject]').click();
		await flush(el);
		expect(calls).toHaveLength(1); // only opens the reason
		const reason = deep<UuiInput>(el, 'li[data-id=c1] uui-textarea[name=reason]');
		reason.value = ' 该文件已由其他文件废止 ';
		reason.dispatchEvent(new Event('input', { bubbles: true }));
		deep(el, 'li[data-id=c1] uui-button[data-action=reject-submit]').click();
		await flush(el);
		const post = calls[1];
		expect(`${post.method} ${post.url}`).toBe(`POST ${BASE}/c1/reject`);
		expect(post.body!.get('reason')).toBe('该文件已由其他文件废止');
		expect(calls[2].method).toBe('GET');
		expect($(el, 'ul.history li[data-id=c1]').textContent).toContain('该文件已由其他文件废止');
	});

	it('不采纳 without a reason sends no reason field', async () => {
		serve([[pending()]], () => new Response(JSON.stringify(pending({ status: 'rejected' }))));
		const el = await mountFor();
		deep(el, 'uui-button[data-action=reject]').click();
		await flush(el);
		deep(el, 'uui-button[data-action=reject-submit]').click();
		await flush(el);
		expect(calls[1].url).toBe(`${BASE}/c1/reject`);
		expect(calls[1].body!.has('reason')).toBe(false);
	});

	it('a refusal (403) shows the server’s message in an alert, and the change stays pending', async () => {
		const refusal = { message: '您没有确认此文件效力变更的权限', messageEn: 'You may not confirm validity changes of this document.', field: 'status', code: 'forbidden' };
		serve([[pending()]], () => new Response(JSON.stringify(refusal), { status: 403, headers: { 'Content-Type': 'application/problem+json' } }));
		const el = await mountFor();
		deep(el, 'uui-button[data-action=confirm]').click();
		await flush(el);
		expect(calls.map((c) => c.method)).toEqual(['GET', 'POST', 'GET']);
		const alert = $(el, '[role=alert]');
		expect(alert.textContent).toBe('您没有确认此文件效力变更的权限');
		expect(alert.getAttribute('data-field')).toBe('status');
		expect($(el, 'ul.pending li[data-id=c1]')).not.toBeNull();
	});

	it('renders nothing when the document has no changes (or the server does not know it yet)', async () => {
		serve([[]]);
		const el = await mountFor();
		expect(calls).toHaveLength(1);
		expect($$(el, '*')).toHaveLength(0);

		fetchSpy.mockImplementation(async () => new Response(JSON.stringify({ message: '未找到文件' }), { status: 404 }));
		const unknown = await mountFor('00000000-0000-4000-8000-000000000000');
		expect($$(unknown, '*')).toHaveLength(0);
	});

	it('asks nothing without a document key', async () => {
		serve([[pending()]]);
		const el = await mountFor(null as never);
		expect(calls).toHaveLength(0);
		expect($$(el, '*')).toHaveLength(0);
	});
});

describe('本文件提出的效力变更', () => {
	it('lists what the document proposed for others and confirms one on the other document in one action', async () => {
		await import('../src/workspace/proposed-changes.element.js');
		const TARGET = '9a8b7c6d-0000-4000-8000-0000000000aa';
		let decided = false;
		fetchSpy.mockImplementation(async (input, init) => {
			const url = String(input);
			calls.push({ method: init?.method ?? 'GET', url });
			if ((init?.method ?? 'GET') === 'POST') {
				decided = true;
				return new Response(JSON.stringify(pending({ status: 'confirmed' })));
			}
			const change = decided ? pending({ status: 'confirmed', decidedBy: '张三', decidedAt: '2026-06-22T08:00:00Z' }) : pending();
			return new Response(JSON.stringify([{ target: TARGET, targetTitle: '示例市公共数据开放暂行办法', change }]));
		});
		const el = await mount<El>('gov-proposed-changes', { documentKey: KEY });
		await flush(el);
		expect(calls[0].url).toBe(`/umbraco/govopen/api/v1/validity-changes/proposed-by/${KEY}`);
		expect($(el, 'uui-box').getAttribute('headline')).toBe('本文件提出的效力变更');
		const li = $(el, 'li[data-id=c1]');
		expect(li.querySelector('.target')!.textContent).toBe('《示例市公共数据开放暂行办法》');
		expect(li.getAttribute('data-status')).toBe('pending');
		deep(el, 'li[data-id=c1] uui-button[data-action=confirm]').click();
		await flush(el);
		expect(calls.map((c) => `${c.method} ${c.url}`)).toContain(`POST /umbraco/govopen/api/v1/validity-changes/${TARGET}/c1/confirm`);
		expect($(el, 'li[data-id=c1]').getAttribute('data-status')).toBe('confirmed');
		expect($(el, 'li[data-id=c1] .decided').textContent).toContain('张三');
	});
});
