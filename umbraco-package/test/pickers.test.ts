import { afterEach, describe, expect, it } from 'vitest';
import '../src/property-editors/topic/topic.element.js';
import '../src/property-editors/genre/genre.element.js';
import '../src/property-editors/policy-category/policy-category.element.js';
import '../src/property-editors/interpretation-form/interpretation-form.element.js';
import '../src/property-editors/fee-category/fee-category.element.js';
import type { GovTopicPickerElement } from '../src/property-editors/topic/topic.element.js';
import type { GovGenrePickerElement } from '../src/property-editors/genre/genre.element.js';
import { TOPICS, VOCABULARIES } from '../src/generated/vocabulary.js';
import { validateTopic } from '../src/property-editors/topic/topic.rules.js';
import { $, $$, changes, mount, screenshot, settle } from './helpers.js';

afterEach(() => document.body.replaceChildren());

type Picker = HTMLElement & { value?: string; mandatory: boolean; updateComplete: Promise<unknown>; checkValidity(): boolean; validity: { valid?: boolean } };
const options = (el: Element, id: string) => ($(el, `#${id}`) as unknown as { options: { name: string; value: string; selected?: boolean }[] }).options;

async function choose(el: Picker, id: string, value: string) {
	const select = $(el, `#${id}`) as unknown as HTMLSelectElement;
	select.value = value;
	select.dispatchEvent(new Event('change'));
	await settle(el);
}

const pickers: [string, keyof typeof VOCABULARIES][] = [
	['gov-genre-picker', 'documentGenre'],
	['gov-policy-category-picker', 'policyCategory'],
	['gov-interpretation-form-picker', 'interpretationForm'],
	['gov-fee-category-picker', 'feeCategory'],
];

describe('vocabulary pickers (文种, 文件类别, 解读形式, 收费类别)', () => {
	for (const [tag, vocabulary] of pickers)
		it(`${tag} offers every ${vocabulary} term by its Chinese name and stores the alias`, async () => {
			const el = await mount<Picker>(tag);
			const terms = VOCABULARIES[vocabulary];
			expect(options(el, 'choice').slice(1)).toEqual(terms.map((t) => ({ name: t.name, value: t.alias, selected: false })));
			const events = changes(el);
			await choose(el, 'choice', terms[1].alias);
			expect(el.value).toBe(terms[1].alias);
			expect(events).toHaveLength(1);
		});

	it('shows a value stored as a Chinese name as its term, and flags an unknown value', async () => {
		const el = await mount<GovGenrePickerElement & Picker>('gov-genre-picker', { value: '通知' });
		expect(options(el, 'choice').find((o) => o.selected)?.value).toBe('circular');
		expect($(el, '[role=alert]')).toBeNull();
		el.value = '便条';
		await settle(el);
		expect($(el, '[data-error=unknown]').textContent).toContain('便条');
		expect(el.checkValidity()).toBe(false);
	});

	it('a mandatory picker is invalid until something is chosen (Save shows it)', async () => {
		const el = await mount<Picker>('gov-policy-category-picker', { mandatory: true });
		expect(el.checkValidity()).toBe(false);
		await choose(el, 'choice', 'rule');
		expect(el.value).toBe('rule');
		expect(el.checkValidity()).toBe(true);
	});

	it('shows English names when the back office is in English', async () => {
		document.documentElement.lang = 'en';
		await settle(document.documentElement as never);
		const el = await mount<Picker>('gov-fee-category-picker');
		expect(options(el, 'choice')[1].name).toBe(VOCABULARIES.feeCategory[0].nameEn);
		document.documentElement.lang = 'zh-CN';
	});
});

describe('主题分类 picker', () => {
	it('chooses 一级 then 二级 from TOPICS and stores 一级\\二级', async () => {
		const el = await mount<GovTopicPickerElement & Picker>('gov-topic-picker');
		expect(options(el, 'top').slice(1).map((o) => o.value)).toEqual(TOPICS.map((c) => c.name));
		expect($(el, '#sub')).toBeNull();
		const events = changes(el);
		await choose(el, 'top', '综合政务');
		expect(el.value).toBe('综合政务');
		expect(options(el, 'sub').slice(1).map((o) => o.value)).toEqual([...TOPICS.find((c) => c.name === '综合政务')!.subClasses]);
		await choose(el, 'sub', '电子政务');
		expect(el.value).toBe('综合政务\\电子政务');
		expect(events).toHaveLength(2);
		await choose(el, 'top', '国防');
		expect(el.value).toBe('国防');
		await screenshot(el, 'topic-picker');
	});

	it('reads a stored value and flags one outside the taxonomy', async () => {
		const el = await mount<Picker>('gov-topic-picker', { value: '综合政务\\电子政务' });
		expect(options(el, 'top').find((o) => o.selected)?.value).toBe('综合政务');
		expect(options(el, 'sub').find((o) => o.selected)?.value).toBe('电子政务');
		expect($$(el, '[role=alert]')).toHaveLength(0);
		el.value = '综合政务\\不存在';
		await settle(el);
		expect($(el, '[role=alert]').getAttribute('data-error')).toBe('unknown-subclass');
		expect(el.checkValidity()).toBe(false);
	});

	it('validates like TopicTaxonomy.Validate', () => {
		expect(validateTopic('综合政务')).toBeNull();
		expect(validateTopic('综合政务/电子政务')).toBeNull();
		expect(validateTopic('无此类')).toBe('unknown-class');
		expect(validateTopic('其他\\任何')).toBe('unknown-subclass');
	});
});
