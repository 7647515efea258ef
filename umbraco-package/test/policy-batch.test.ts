import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { userEvent } from '@vitest/browser/context';
import '../src/dashboard/policy-batch.element.js';
import type { GovPolicyBatchElement } from '../src/dashboard/policy-batch.element.js';
import { setApiConnection, type PolicyListItem } from '../src/shared/api.js';
import { $, $$, pick, screenshot, settle, shownIn } from './helpers.js';

document.documentElement.lang = 'zh-CN';

const items: PolicyListItem[] = [
	{ id: 'k1', title: '示例市甲管理办法', documentNumber: '示府规〔2022〕1号', topic: null, category: '行政规范性文件', validity: '现行有效', review: '2026年12月31日到期，须在到期前评估', published: true },
	{ id: 'k2', title: '示例市乙管理办法', documentNumber: '示府规〔2022〕2号', topic: null, category: '行政规范性文件', validity: '现行有效', review: '现行有效', published: false },
];

let fetchSpy: MockInstance<typeof fetch>;
let calls: { method: string; url: string; body?: unknown }[];

beforeEach(() => {
	setApiConnection(undefined);
	calls = [];
	fetchSpy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
		const url = String(input);
		const method = init?.method ?? 'GET';
		calls.push({ method, url, body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined });
		if (url.includes('/policies/export')) return new Response('\uFEFF标题', { headers: { 'Content-Type': 'text/csv' } });
		if (method === 'POST')
			return new Response(JSON.stringify([
				{ id: 'k1', title: '示例市甲管理办法', ok: true, message: null },
				{ id: 'k2', title: '示例市乙管理办法', ok: false, message: '没有修改权限' },
			]));
		return new Response(JSON.stringify({ total: 2, items }));
	});
});
afterEach(() => {
	fetchSpy.mockRestore();
	document.body.replaceChildren();
});

async function choose(el: GovPolicyBatchElement, selector: string, valueOrText: string) {
	await pick($(el, selector), valueOrText);
	await settle(el);
}

const shown = (el: GovPolicyBatchElement, selector: string) => shownIn($(el, selector));

async function mountBatch() {
	const el = document.createElement('gov-policy-batch') as GovPolicyBatchElement;
	const saved: [Blob, string][] = [];
	el.save = (blob, name) => saved.push([blob, name]);
	document.body.appendChild(el);
	for (let i = 0; i < 4; i++) await settle(el);
	return { el, saved };
}

describe('政策文件批量处理', () => {
	it('lists normative documents, applies a topic to the chosen ones and reports each result', async () => {
		const { el } = await mountBatch();
		expect(calls[0].url).toBe('/umbraco/govopen/api/v1/policies?q=&normativeOnly=true&take=200');
		expect($$(el, 'tbody tr')).toHaveLength(2);
		expect($(el, 'tr[data-id=k2]').textContent).toContain('草稿');
		expect($(el, '#apply').hasAttribute('disabled')).toBe(true);
		for (const id of ['k1', 'k2']) {
			const box = $(el, `tr[data-id=${id}] uui-checkbox`) as HTMLElement & { checked: boolean };
			box.checked = true;
			box.dispatchEvent(new Event('change'));
		}
		expect($(el, '#topic').localName).toBe('uui-select');
		expect(shown(el, '#topic')).toBe('不更改');
		await choose(el, '#topic', '城乡建设、环境保护\\城市规划');
		expect(shown(el, '#topic')).toBe('城乡建设、环境保护 / 城市规划');
		// 不更改 can be chosen again, and then there is nothing to apply.
		await choose(el, '#topic', '不更改');
		expect(shown(el, '#topic')).toBe('不更改');
		expect($(el, '#apply').hasAttribute('disabled')).toBe(true);
		await choose(el, '#topic', '城乡建设、环境保护\\城市规划');
		expect($(el, '[data-count]').textContent).toBe('共 2 件，已选 2 件');
		expect($(el, '#apply').hasAttribute('disabled')).toBe(false);
		$(el, '#apply').click();
		for (let i = 0; i < 6; i++) await settle(el);
		const post = calls.find((c) => c.method === 'POST')!;
		expect(post.url).toBe('/umbraco/govopen/api/v1/policies/batch');
		expect(post.body).toEqual({ keys: ['k1', 'k2'], topic: '城乡建设、环境保护\\城市规划' });
		expect($(el, 'li[data-id=k1]').getAttribute('data-ok')).toBe('true');
		expect($(el, 'li[data-id=k2] .message').textContent).toBe('没有修改权限');
		await screenshot(el, 'policy-batch');
	});

	it('a validity change needs a date, and sends the deciding document', async () => {
		const { el } = await mountBatch();
		const box = $(el, 'tr[data-id=k1] uui-checkbox') as HTMLElement & { checked: boolean };
		box.checked = true;
		box.dispatchEvent(new Event('change'));
		expect($(el, '#kind').localName).toBe('uui-select');
		await choose(el, '#kind', 'declaredInvalid');
		expect(shown(el, '#kind')).toBe('宣布失效');
		expect($(el, '#apply').hasAttribute('disabled')).toBe(true); // no date yet
		expect($(el, '#date').localName).toBe('uui-input');
		await userEvent.fill($(el, '#date').shadowRoot!.querySelector('input')!, '2026-11-30');
		$(el, '#by-number').focus();
		await userEvent.keyboard('示府发〔2026〕20号');
		await settle(el);
		// Re-rendering keeps what was chosen.
		expect(shown(el, '#kind')).toBe('宣布失效');
		$(el, '#apply').click();
		for (let i = 0; i < 6; i++) await settle(el);
		expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ keys: ['k1'], validityEvent: { kind: 'declaredInvalid', date: '2026-11-30', byDocumentNumber: '示府发〔2026〕20号' } });
	});

	it('downloads the register through the signed-in session', async () => {
		const { el, saved } = await mountBatch();
		$(el, 'uui-button[data-export=xlsx]').click();
		for (let i = 0; i < 4; i++) await settle(el);
		expect(calls.some((c) => c.url === '/umbraco/govopen/api/v1/policies/export?format=xlsx&normativeOnly=true')).toBe(true);
		expect(saved[0][1]).toBe('规范性文件台账.xlsx');
	});
});
