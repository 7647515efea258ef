// Every editor shows only what is stored: a default is either stored (公开属性: 主动公开, the legal default of
// 条例 art. 5) or not shown. Otherwise a mandatory property fails Umbraco's required check while the form shows a value.
import { afterEach, describe, expect, it } from 'vitest';
import '../src/property-editors/disclosure/disclosure.element.js';
import '../src/property-editors/validity/validity.element.js';
import '../src/property-editors/fee-standard/fee-standard.element.js';
import '../src/property-editors/meeting-agenda/meeting-agenda.element.js';
import '../src/property-editors/topic/topic.element.js';
import '../src/property-editors/genre/genre.element.js';
import '../src/property-editors/policy-category/policy-category.element.js';
import '../src/property-editors/interpretation-form/interpretation-form.element.js';
import '../src/property-editors/fee-category/fee-category.element.js';
import '../src/property-editors/document-number/document-number.element.js';
import { GovDisclosureValuePreset } from '../src/property-editors/disclosure/disclosure.preset.js';
import { manifests } from '../src/manifests.js';
import { EDITOR_ALIASES } from '../src/generated/vocabulary.js';
import { $, $$, settle } from './helpers.js';

document.documentElement.lang = 'zh-CN';
afterEach(() => document.body.replaceChildren());

type Editor = HTMLElement & { value?: unknown; readonly: boolean; mandatory?: boolean; updateComplete: Promise<unknown>; checkValidity(): boolean };

/** As umb-property does: value, mandatory and readonly are set before the editor is attached; changes counted from the start. */
async function place(tag: string, props: Partial<Editor> = {}) {
	const el = document.createElement(tag) as Editor;
	Object.assign(el, props);
	const changes: unknown[] = [];
	el.addEventListener('change', () => changes.push(structuredClone(el.value)));
	document.body.appendChild(el);
	await settle(el);
	return { el, changes };
}

const selected = (el: Element, id: string) => ($(el, `#${id}`) as unknown as { options: { value: string; selected?: boolean }[] }).options.filter((o) => o.selected).map((o) => o.value);

describe('公开属性 shows 主动公开 only when it is stored', () => {
	it('an editor that finds no value stores 主动公开 (one change event), so the mandatory check passes', async () => {
		const { el, changes } = await place('gov-disclosure-picker', { mandatory: true });
		expect(changes).toEqual([{ attribute: 'proactive' }]);
		expect(el.value).toEqual({ attribute: 'proactive' });
		expect(($(el, '#attribute') as unknown as { value: string }).value).toBe('proactive');
		expect(el.checkValidity()).toBe(true);
	});

	it('a stored value is kept and nothing is reported', async () => {
		const stored = { attribute: 'onRequest', ground: 'art13', reason: '仅涉及特定申请人' };
		const { el, changes } = await place('gov-disclosure-picker', { value: stored });
		expect(changes).toEqual([]);
		expect(el.value).toEqual(stored);
	});

	it('a read-only editor cannot store, so it shows nothing selected', async () => {
		const { el, changes } = await place('gov-disclosure-picker', { readonly: true });
		expect(changes).toEqual([]);
		expect(el.value).toBeUndefined();
		expect(($(el, '#attribute') as unknown as { value: string }).value).toBe('');
	});

	it('a new document starts with 主动公开 stored (propertyValuePreset for Gov.Disclosure)', async () => {
		const preset = manifests.find((m) => m.type === 'propertyValuePreset') as unknown as { forPropertyEditorSchemaAlias: string; api: () => Promise<{ api: typeof GovDisclosureValuePreset }> };
		expect(preset.forPropertyEditorSchemaAlias).toBe(EDITOR_ALIASES.disclosure);
		const api = new (await preset.api()).api();
		expect(await api.processValue(undefined)).toEqual({ attribute: 'proactive' });
		const stored = { attribute: 'notDisclosed' as const, ground: 'art16-internal', reason: '内部事务' };
		expect(await api.processValue(stored)).toBe(stored);
	});
});

describe('editors without a stored default show nothing and store nothing', () => {
	it('有效性: "not set" instead of a state', async () => {
		const { el, changes } = await place('gov-validity-editor', { today: '2026-11-23' } as Partial<Editor>);
		expect(changes).toEqual([]);
		expect(el.value).toBeUndefined();
		expect($(el, '[data-state]').getAttribute('data-state')).toBe('unset');
		expect($(el, '[data-state]').textContent).toBe('未填写');
		($(el, '#eff') as unknown as { value: string }).value = '2026-01-01';
		$(el, '#eff').dispatchEvent(new Event('change'));
		await settle(el);
		expect(changes).toHaveLength(1);
		expect($(el, '[data-state]').getAttribute('data-state')).toBe('inForce');
	});

	it('收费标准 and 会议议题: no rows', async () => {
		for (const [tag, rows] of [['gov-fee-standard-editor', '[data-row]'], ['gov-meeting-agenda-editor', '[data-item]']]) {
			const { el, changes } = await place(tag);
			expect(changes, tag).toEqual([]);
			expect(el.value, tag).toBeUndefined();
			expect($$(el, rows), tag).toHaveLength(0);
		}
	});

	it('pickers: 请选择 is what is selected', async () => {
		for (const tag of ['gov-genre-picker', 'gov-policy-category-picker', 'gov-interpretation-form-picker', 'gov-fee-category-picker']) {
			const { el, changes } = await place(tag, { mandatory: true });
			expect(changes, tag).toEqual([]);
			expect(el.value, tag).toBeUndefined();
			expect(selected(el, 'choice'), tag).toEqual(['']);
		}
		const { el, changes } = await place('gov-topic-picker', { mandatory: true });
		expect(changes).toEqual([]);
		expect(selected(el, 'top')).toEqual(['']);
	});

	it('发文字号: an empty input', async () => {
		const { el, changes } = await place('gov-document-number-input');
		expect(changes).toEqual([]);
		expect(($(el, '#docnum') as unknown as { value: string }).value).toBe('');
	});
});
