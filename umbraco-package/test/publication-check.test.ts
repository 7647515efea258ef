import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import '../src/workspace/publication-check.element.js';
import { CHECK_DELAY_MS } from '../src/workspace/publication-check.element.js';
import { setApiConnection, type PublicationFinding } from '../src/shared/api.js';
import { $, $$, deep, mount, screenshot, settle } from './helpers.js';

document.documentElement.lang = 'zh-CN';

type El = HTMLElement & { updateComplete: Promise<unknown>; values: Record<string, unknown> };

const KEY = '3f2b6c1e-7a4d-4e2b-9c1a-0d5e8f7a6b21';
const URL_ = `/umbraco/govopen/api/v1/check/${KEY}`;

const idNumber: PublicationFinding = {
	field: 'body',
	code: 'IdNumber',
	severity: 'error',
	message: '正文含有公民身份号码（110105********002X，共1处），公开前须删除或遮盖；确属依法可以公开的，请注明理由',
	messageEn: 'The body contains 1 identity card number(s); remove or mask it before publishing, or record why it is lawfully public.',
	position: 4,
};
const oldName: PublicationFinding = {
	field: 'body',
	code: 'expression',
	severity: 'warning',
	message: '正文第3字处“国家工商行政管理总局”应为“国家市场监督管理总局”（依据：《国务院机构改革方案》（2018年））',
	messageEn: "The body at 3: '国家工商行政管理总局' should be '国家市场监督管理总局'.",
	position: 2,
};

let fetchSpy: MockInstance<typeof fetch>;
let calls: { url: string; method: string; body: unknown }[];

function serve(answer: () => Response) {
	fetchSpy.mockImplementation(async (input, init) => {
		calls.push({ url: String(input), method: init?.method ?? 'GET', body: init?.body ? JSON.parse(String(init.body)) : undefined });
		return answer();
	});
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function afterCheck(el: El) {
	await wait(CHECK_DELAY_MS + 50);
	for (let i = 0; i < 4; i++) await settle(el);
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

describe('发布前检查', () => {
	it('sends the unsaved name and values and shows what blocks publishing and what only warns', async () => {
		serve(() => new Response(JSON.stringify([idNumber, oldName])));
		const el = await mount<El>('gov-publication-check', { documentKey: KEY, values: { name: '关于某事项的通知', body: { markup: '<p>身份证号11010519491231002X</p>' } } });
		await afterCheck(el);
		expect(calls).toHaveLength(1);
		expect(calls[0]).toEqual({ url: URL_, method: 'POST', body: { name: '关于某事项的通知', values: { body: { markup: '<p>身份证号11010519491231002X</p>' } } } });
		expect($(el, 'uui-box').getAttribute('headline')).toBe('发布前检查');
		expect($(el, 'p.blocked').textContent).toBe('有问题须处理，处理前不能发布');
		const error = $(el, 'ul.errors li[data-code=IdNumber]');
		expect(error.querySelector('uui-tag')!.textContent).toBe('阻止发布');
		expect(error.querySelector('.message')!.textContent).toContain('公民身份号码');
		expect(error.querySelector('a')!.getAttribute('href')).toBe('#property-body');
		expect($(el, 'ul.warnings li[data-code=expression] uui-tag').textContent).toBe('提醒');
		await screenshot(el, 'publication-check');
	});

	it('re-checks once after the editor pauses, not on every keystroke, and reports a pass', async () => {
		let n = 0;
		serve(() => new Response(JSON.stringify(n++ === 0 ? [idNumber] : [])));
		const el = await mount<El>('gov-publication-check', { documentKey: KEY, values: { body: 'a' } });
		await afterCheck(el);
		for (const text of ['ab', 'abc', '<p>已遮盖</p>']) {
			el.values = { body: text };
			await settle(el);
		}
		await afterCheck(el);
		expect(calls).toHaveLength(2);
		expect((calls[1].body as { values: { body: string } }).values.body).toBe('<p>已遮盖</p>');
		expect($(el, 'p.passed').textContent).toBe('检查通过，可以发布');
		expect($$(el, 'li')).toHaveLength(0);
		// The same values are not sent again; 重新检查 forces it.
		el.values = { body: '<p>已遮盖</p>' };
		await afterCheck(el);
		expect(calls).toHaveLength(2);
		deep(el, 'uui-button[data-action=recheck]').click();
		for (let i = 0; i < 4; i++) await settle(el);
		expect(calls).toHaveLength(3);
	});

	it('a document the server does not know yet asks to be saved; a server error is shown', async () => {
		serve(() => new Response(JSON.stringify({ status: 404, field: 'key', code: 'not-found', message: '文件不存在（新建的文件请先保存）', messageEn: 'x' }), { status: 404, headers: { 'Content-Type': 'application/problem+json' } }));
		const el = await mount<El>('gov-publication-check', { documentKey: KEY, values: { body: 'x' } });
		await afterCheck(el);
		expect($(el, 'p.unsaved').textContent).toBe('新建的文件保存后即可检查');
		expect($(el, '[role=alert]')).toBeNull();
		serve(() => new Response(JSON.stringify({ status: 403, field: 'key', code: 'forbidden', message: '您没有查看《x》的权限', messageEn: 'You may not view this document.' }), { status: 403, headers: { 'Content-Type': 'application/problem+json' } }));
		deep(el, 'uui-button[data-action=recheck]').click();
		for (let i = 0; i < 4; i++) await settle(el);
		expect($(el, '[role=alert]').textContent).toBe('您没有查看《x》的权限');
	});

	it('shows English messages in an English back office', async () => {
		document.documentElement.lang = 'en';
		try {
			serve(() => new Response(JSON.stringify([idNumber])));
			const el = await mount<El>('gov-publication-check', { documentKey: KEY, values: { body: 'x' } });
			await afterCheck(el);
			expect($(el, 'uui-box').getAttribute('headline')).toBe('Pre-publication check');
			expect($(el, 'li .message').textContent).toContain('identity card number');
		} finally {
			document.documentElement.lang = 'zh-CN';
		}
	});
});

describe('检查外部链接', () => {
	it('checks the external links only when asked and lists those that fail', async () => {
		serve(() => new Response(JSON.stringify([])));
		const el = await mount<El>('gov-publication-check', { documentKey: KEY, values: { body: '<a href="https://gone.example/x">旧链接</a>' } });
		await afterCheck(el);
		expect(calls.some((c) => c.url.endsWith('/external-links'))).toBe(false);
		serve(() => new Response(JSON.stringify({ checkedLinks: 1, broken: [{ url: 'https://gone.example/x', text: '旧链接', problem: 'HTTP 404' }] })));
		deep(el, 'uui-button[data-action=external-links]').click();
		for (let i = 0; i < 4; i++) await settle(el);
		expect(calls.at(-1)!.url).toBe(`${URL_}/external-links`);
		expect($(el, '[data-links]').textContent).toBe('已检查1个外部链接，1个无法访问');
		expect($(el, 'li[data-url="https://gone.example/x"]').textContent).toContain('HTTP 404');
	});
});
