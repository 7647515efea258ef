import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from '@vitest/browser/context';
import '../src/property-editors/graphic-images/graphic-images.element.js';
import '../src/property-editors/questions-and-answers/questions-and-answers.element.js';
import type { GovGraphicImagesEditorElement } from '../src/property-editors/graphic-images/graphic-images.element.js';
import type { GovQuestionsAndAnswersEditorElement } from '../src/property-editors/questions-and-answers/questions-and-answers.element.js';
import { manifests } from '../src/property-editors/manifests.js';
import { $, $$, changes, mount, screenshot, settle } from './helpers.js';

beforeAll(() => {
	document.documentElement.lang = 'zh-CN';
});
afterEach(() => document.body.replaceChildren());

const K1 = '0b3c7d0e-1f2a-4b5c-8d9e-0f1a2b3c4d5e';
const K2 = '7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6';

async function mountGraphic(value?: unknown, picked: string[] = []) {
	const el = document.createElement('gov-graphic-images-editor') as GovGraphicImagesEditorElement;
	el.pickMedia = async () => picked;
	el.describeMedia = async (_host, keys) => Object.fromEntries(keys.map((k) => [k, k === K1 ? '一图读懂政务公开工作规定.png' : '政策要点.png']));
	if (value) el.value = value as never;
	document.body.appendChild(el);
	await el.updateComplete;
	await settle(el);
	return el;
}

describe('图解 editor', () => {
	it('adds picked media once each, asks for alternative text and names the media', async () => {
		const el = await mountGraphic(undefined, [K1, K2, K1]);
		const events = changes(el);
		$<HTMLButtonElement>(el, '#add').click();
		await settle(el);
		await settle(el);
		expect(el.value).toEqual([
			{ mediaKey: K1, alt: '' },
			{ mediaKey: K2, alt: '' },
		]);
		expect(events).toHaveLength(1);
		expect($(el, '[data-item="0"] .name').textContent).toContain('一图读懂政务公开工作规定.png');
		expect($$(el, '[data-error=alt-required]')).toHaveLength(2);
		expect(el.checkValidity()).toBe(false);

		$<HTMLInputElement>(el, '#alt-0').focus();
		await userEvent.keyboard('政务公开工作规定四项要点');
		$<HTMLInputElement>(el, '#alt-1').focus();
		await userEvent.keyboard('政策要点');
		await settle(el);
		expect(el.value?.map((i) => i.alt)).toEqual(['政务公开工作规定四项要点', '政策要点']);
		expect($$(el, '[data-error]')).toHaveLength(0);
		expect(el.checkValidity()).toBe(true);
		await screenshot(el, 'graphic-images');
	});

	it('keeps a long description, reorders by keyboard, removes, and warns about very long alternative text', async () => {
		const el = await mountGraphic([
			{ mediaKey: K1, alt: '要点一' },
			{ mediaKey: K2, alt: '要'.repeat(301), longDescription: '旧说明' },
		]);
		expect($(el, '[data-item="1"] [data-warning=alt-too-long]').textContent).toContain('300');
		$<HTMLButtonElement>(el, '[data-item="1"] [data-move=up]').focus();
		await userEvent.keyboard('{Enter}');
		await settle(el);
		expect(el.value?.map((i) => i.mediaKey)).toEqual([K2, K1]);
		expect(el.value?.[0].longDescription).toBe('旧说明');
		$<HTMLButtonElement>(el, '[data-item="1"] [data-remove]').click();
		await settle(el);
		expect(el.value?.map((i) => i.mediaKey)).toEqual([K2]);
	});
});

describe('问答 editor', () => {
	it('requires both question and answer, and edits in place', async () => {
		const el = await mount<GovQuestionsAndAnswersEditorElement>('gov-questions-and-answers-editor', {
			value: [{ question: '企业开办需要多长时间？', answer: '一个工作日以内。' }],
		});
		expect(el.checkValidity()).toBe(true);
		$<HTMLButtonElement>(el, '#add').click();
		await settle(el);
		expect($(el, '[data-item="1"] [role=alert]').getAttribute('data-error')).toBe('incomplete');
		expect(el.checkValidity()).toBe(false);
		$<HTMLInputElement>(el, '#q-1').focus();
		await userEvent.keyboard('政府采购款多久支付？');
		$<HTMLTextAreaElement>(el, '#a-1').focus();
		await userEvent.keyboard('不超过十五日。');
		await settle(el);
		expect(el.value).toEqual([
			{ question: '企业开办需要多长时间？', answer: '一个工作日以内。' },
			{ question: '政府采购款多久支付？', answer: '不超过十五日。' },
		]);
		expect(el.checkValidity()).toBe(true);
		await screenshot(el, 'questions-and-answers');
	});

	it('registers both editors under the server’s data editor aliases', () => {
		const uis = manifests.filter((m) => m.type === 'propertyEditorUi').map((m) => (m as { meta: { propertyEditorSchemaAlias: string } }).meta.propertyEditorSchemaAlias);
		expect(uis).toContain('Gov.GraphicImages');
		expect(uis).toContain('Gov.QuestionsAndAnswers');
	});
});
