import { afterEach, describe, expect, it } from 'vitest';
import '../src/property-editors/topic/topic.element.js';
import '../src/property-editors/genre/genre.element.js';
import '../src/property-editors/policy-category/policy-category.element.js';
import '../src/property-editors/interpretation-form/interpretation-form.element.js';
import '../src/property-editors/fee-category/fee-category.element.js';
import '../src/property-editors/disclosure/disclosure.element.js';
import type { GovTopicPickerElement } from '../src/property-editors/topic/topic.element.js';
import type { GovGenrePickerElement } from '../src/property-editors/genre/genre.element.js';
import { TOPICS, VOCABULARIES } from '../src/generated/vocabulary.js';
import { validateTopic } from '../src/property-editors/topic/topic.rules.js';
import { $, $$, changes, mount, pick, screenshot, settle, shownIn } from './helpers.js';

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

describe('a “none” option chosen again stays shown', () => {
	// uui-select renders a hidden placeholder option with the value ''; once a visible '' option (请选择, （不细分） …) is chosen
	// again, that placeholder is what the native list shows, so each such select has the same text as its placeholder.
	it('in the vocabulary pickers, the 主题分类 picker and the 公开属性 ground', async () => {
		const genre = await mount<Picker>('gov-genre-picker');
		await pick($(genre, '#choice'), VOCABULARIES.documentGenre[1].alias);
		await settle(genre);
		await pick($(genre, '#choice'), '请选择');
		await settle(genre);
		expect(genre.value).toBeUndefined();
		expect(shownIn($(genre, '#choice'))).toBe('请选择');

		const topic = await mount<Picker>('gov-topic-picker');
		await pick($(topic, '#top'), '综合政务');
		await settle(topic);
		await pick($(topic, '#sub'), '电子政务');
		await settle(topic);
		expect(topic.value).toBe('综合政务\\电子政务');
		await pick($(topic, '#sub'), '');
		await settle(topic);
		expect(topic.value).toBe('综合政务');
		expect(shownIn($(topic, '#sub'))).toBe('（不细分）');
		await pick($(topic, '#top'), '');
		await settle(topic);
		expect(topic.value).toBeUndefined();
		expect(shownIn($(topic, '#top'))).toBe('请选择');

		const disclosure = await mount<Picker & { value?: unknown }>('gov-disclosure-picker', { value: { attribute: 'onRequest', ground: 'art13', reason: '仅涉及特定申请人' } });
		await pick($(disclosure, '#ground'), '');
		await settle(disclosure);
		expect(disclosure.value).toEqual({ attribute: 'onRequest', reason: '仅涉及特定申请人' });
		expect(shownIn($(disclosure, '#ground'))).toBe('请选择');
	});
});
