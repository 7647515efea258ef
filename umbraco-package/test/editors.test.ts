import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from '@vitest/browser/context';
import '../src/property-editors/document-number/document-number.element.js';
import '../src/property-editors/disclosure/disclosure.element.js';
import '../src/property-editors/validity/validity.element.js';
import '../src/property-editors/fee-standard/fee-standard.element.js';
import '../src/property-editors/meeting-agenda/meeting-agenda.element.js';
import '../src/property-editors/interpretation-link/interpretation-link.element.js';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import type { GovDocumentNumberInputElement } from '../src/property-editors/document-number/document-number.element.js';
import type { GovDisclosurePickerElement } from '../src/property-editors/disclosure/disclosure.element.js';
import type { GovValidityEditorElement } from '../src/property-editors/validity/validity.element.js';
import type { GovFeeStandardEditorElement } from '../src/property-editors/fee-standard/fee-standard.element.js';
import type { GovMeetingAgendaEditorElement } from '../src/property-editors/meeting-agenda/meeting-agenda.element.js';
import type { GovInterpretationLinkElement } from '../src/property-editors/interpretation-link/interpretation-link.element.js';
import type { GovApi } from '../src/shared/api.js';
import { $, $$, changes, mount, screenshot, settle } from './helpers.js';

beforeAll(() => {
	document.documentElement.lang = 'zh-CN';
});
afterEach(() => document.body.replaceChildren());

async function typeInto(el: HTMLElement, selector: string, text: string) {
	const input = $<HTMLInputElement>(el, selector);
	input.focus();
	await userEvent.keyboard(text);
}

describe('发文字号 input', () => {
	it('normalizes while typing, warns, and emits the normalized value', async () => {
		const el = await mount<GovDocumentNumberInputElement>('gov-document-number-input');
		expect(el).toBeInstanceOf(UmbLitElement);
		const events = changes(el);
		await typeInto(el, '#docnum', '京政办发（2017）012号');
		await settle(el);
		expect(events.length).toBeGreaterThan(0);
		expect(el.value).toBe('京政办发〔2017〕12号');
		expect($(el, '[data-normalized]').textContent).toBe('京政办发〔2017〕12号');
		expect($$(el, '[data-warning]').map((w) => w.getAttribute('data-warning'))).toEqual(['normalized-brackets', 'leading-zero']);
		await screenshot(el, 'document-number-normalized');
	});

	it('flags an error inline and keeps what was typed', async () => {
		const el = await mount<GovDocumentNumberInputElement>('gov-document-number-input');
		await typeInto(el, '#docnum', '京政发〔17〕12号');
		await settle(el);
		expect(el.value).toBe('京政发〔17〕12号');
		const error = $(el, '[role=alert]');
		expect(error.getAttribute('data-error')).toBe('year-not-four-digits');
		expect(error.textContent).toContain('四位');
		expect($(el, '#docnum').getAttribute('aria-invalid')).toBe('true');
		expect(el.checkValidity()).toBe(false); // Save marks the property invalid
		await screenshot(el, 'document-number-error');
	});

	it('shows English labels when the back office is in English', async () => {
		document.documentElement.lang = 'en';
		const el = await mount<GovDocumentNumberInputElement>('gov-document-number-input', { value: '京政发〔17〕12号' });
		expect($(el, '[role=alert]').textContent).toContain('four digits');
		document.documentElement.lang = 'zh-CN';
	});
});

describe('公开属性 picker', () => {
	it('requires a ground and a reason when not 主动公开, by keyboard', async () => {
		const el = await mount<GovDisclosurePickerElement>('gov-disclosure-picker', { value: { attribute: 'proactive' } });
		const events = changes(el);
		$<HTMLInputElement>(el, 'uui-radio[value=proactive]').focus();
		await userEvent.keyboard('{ArrowRight}');
		await settle(el);
		expect(el.value?.attribute).toBe('onRequest');
		expect($$(el, '[data-error]').map((e) => e.getAttribute('data-error'))).toEqual(['ground-required', 'reason-required']);
		expect(el.checkValidity()).toBe(false); // Save marks the property invalid
		const select = $<HTMLSelectElement>(el, '#ground');
		select.value = 'art13';
		select.dispatchEvent(new Event('change'));
		await typeInto(el, '#reason', '仅涉及特定申请人');
		await settle(el);
		expect(el.value).toEqual({ attribute: 'onRequest', ground: 'art13', reason: '仅涉及特定申请人' });
		expect($$(el, '[data-error]')).toHaveLength(0);
		expect(el.checkValidity()).toBe(true);
		expect(events.length).toBeGreaterThanOrEqual(3);
		await screenshot(el, 'disclosure-on-request');
	});

	it('offers no art. 13 ground for 不予公开 and clears grounds when back to 主动公开', async () => {
		const el = await mount<GovDisclosurePickerElement>('gov-disclosure-picker', { value: { attribute: 'notDisclosed', ground: 'art16-internal', reason: '内部事务' } });
		const grounds = ($(el, '#ground') as unknown as { options: { value: string }[] }).options.map((o) => o.value);
		expect(grounds).not.toContain('art13');
		expect(grounds).toContain('art16-internal');
		expect(el.checkValidity()).toBe(true);
		$<HTMLInputElement>(el, 'uui-radio[value=proactive]').click();
		await settle(el);
		expect(el.value).toEqual({ attribute: 'proactive' });
	});
});

describe('有效性 editor', () => {
	it('shows the state, records a change, and refuses an illegal one', async () => {
		const el = await mount<GovValidityEditorElement>('gov-validity-editor', { today: '2026-11-23', value: { effectiveDate: '2024-03-01', validUntil: '2029-02-28', history: [] } });
		expect($(el, '[data-state]').textContent).toBe('现行有效');
		const events = changes(el);
		const kind = $<HTMLSelectElement>(el, '#kind');
		kind.value = 'abolished';
		kind.dispatchEvent(new Event('change'));
		const date = $<HTMLInputElement>(el, '#date');
		date.value = '2026-10-01';
		date.dispatchEvent(new Event('input'));
		await typeInto(el, '#by', '示府规〔2026〕9号');
		$<HTMLButtonElement>(el, '#add').click();
		await settle(el);
		expect(events).toHaveLength(1);
		expect(el.value?.history).toEqual([{ kind: 'abolished', date: '2026-10-01', by: { documentNumber: '示府规〔2026〕9号' }, validUntil: undefined }]);
		expect($(el, '[data-state]').textContent).toBe('已废止');
		expect($$(el, 'li[data-event]').map((l) => l.getAttribute('data-event'))).toEqual(['effective', 'abolished']);
		await screenshot(el, 'validity-abolished');

		// Anything after abolition is refused, with the reason, and nothing is recorded.
		kind.value = 'revised';
		kind.dispatchEvent(new Event('change'));
		date.value = '2026-11-01';
		date.dispatchEvent(new Event('input'));
		$<HTMLButtonElement>(el, '#add').click();
		await settle(el);
		expect($(el, '[role=alert]').getAttribute('data-error')).toBe('terminal');
		expect(el.value?.history).toHaveLength(1);
	});

	it('shows automatic expiry in the timeline', async () => {
		const el = await mount<GovValidityEditorElement>('gov-validity-editor', { today: '2026-11-23', value: { effectiveDate: '2024-10-01', validUntil: '2026-09-30', history: [] } });
		expect($(el, '[data-state]').textContent).toBe('已失效');
		expect($$(el, 'li[data-event]').map((l) => l.textContent?.trim())).toContain('2026-10-01 有效期届满');
	});
});

describe('收费标准 editor', () => {
	it('refuses a negative amount, as Core does', async () => {
		const el = await mount<GovFeeStandardEditorElement>('gov-fee-standard-editor', { value: [{ from: '2024-07-01', amount: 6, unit: '元/小时', basis: ['示府规〔2024〕3号'] }] });
		expect($$(el, '[data-error]')).toHaveLength(0);
		const amount = $<HTMLInputElement>(el, '#amount-0');
		amount.value = '-6';
		amount.dispatchEvent(new Event('input'));
		await settle(el);
		const error = $(el, '[data-row="0"] [data-error]');
		expect(error.getAttribute('data-error')).toBe('amount-negative');
		expect(error.textContent).toBe('收费金额不能为负数');
		expect(el.checkValidity()).toBe(false);
	});

	it('adds rows, checks amount with unit, basis and overlap', async () => {
		const el = await mount<GovFeeStandardEditorElement>('gov-fee-standard-editor', { value: [{ from: '2019-06-01', to: '2024-06-30', amount: 5, unit: '元/小时', basis: ['示府规〔2019〕2号'] }] });
		expect($$(el, '[data-error]')).toHaveLength(0);
		const events = changes(el);
		$<HTMLButtonElement>(el, '#add').click();
		await settle(el);
		expect(events).toHaveLength(1);
		expect(el.value).toHaveLength(2);
		const from = $<HTMLInputElement>(el, '#from-1');
		from.value = '2024-06-01';
		from.dispatchEvent(new Event('change'));
		const amount = $<HTMLInputElement>(el, '#amount-1');
		amount.value = '6';
		amount.dispatchEvent(new Event('input'));
		await settle(el);
		const errors = $$(el, '[data-row="1"] [data-error]').map((e) => e.getAttribute('data-error'));
		expect(errors).toEqual(expect.arrayContaining(['unit-required', 'basis-required', 'overlap']));
		expect(el.checkValidity()).toBe(false);
		const basis = $<HTMLInputElement>(el, '#basis-1');
		basis.value = '示府规〔2024〕3号';
		basis.dispatchEvent(new Event('change'));
		const unit = $<HTMLInputElement>(el, '#unit-1');
		unit.value = '元/小时';
		unit.dispatchEvent(new Event('input'));
		from.value = '2024-07-01';
		from.dispatchEvent(new Event('change'));
		await settle(el);
		expect($$(el, '[data-error]')).toHaveLength(0);
		expect(el.value?.[1]).toEqual({ from: '2024-07-01', amount: 6, unit: '元/小时', basis: ['示府规〔2024〕3号'] });
		expect(el.checkValidity()).toBe(true);
		await screenshot(el, 'fee-standards');
	});
});

describe('会议议题 editor', () => {
	it('reorders items by keyboard and flags an empty topic', async () => {
		const el = await mount<GovMeetingAgendaEditorElement>('gov-meeting-agenda-editor', {
			value: [
				{ topic: '审议《示例市公共数据授权运营管理办法》', decision: '原则通过', isPublic: true },
				{ topic: '研究消费品以旧换新工作', decision: '同意安排专项资金', isPublic: true },
			],
		});
		const events = changes(el);
		$<HTMLButtonElement>(el, '[data-item="1"] [data-move=up]').focus();
		await userEvent.keyboard('{Enter}');
		await settle(el);
		expect(el.value?.map((i) => i.topic)).toEqual(['研究消费品以旧换新工作', '审议《示例市公共数据授权运营管理办法》']);
		expect(events).toHaveLength(1);
		expect(el.shadowRoot!.activeElement?.getAttribute('data-move')).toBe('up'); // focus follows the moved item
		$<HTMLButtonElement>(el, '#add').click();
		await settle(el);
		expect($(el, '[data-item="2"] [role=alert]').getAttribute('data-error')).toBe('topic-required');
		expect(el.checkValidity()).toBe(false);
		await screenshot(el, 'meeting-agenda');
	});
});

describe('解读关联 editor', () => {
	const policies = [
		{ id: 'a1', title: '示例市政务公开工作规定', documentNumber: '示府规〔2024〕1号', validity: '现行有效' },
		{ id: 'b2', title: '示例市政府信息公开工作规定', documentNumber: '示府发〔2015〕8号', validity: '已废止' },
	];
	const api: GovApi = {
		searchPolicies: async (q) => policies.filter((p) => p.title.includes(q) || p.documentNumber.includes(q)),
		getPolicies: async (ids) => policies.filter((p) => ids.includes(p.id)),
		dashboard: async () => ({ pending: [], overdue: [], expiring: [], quarter: [] }),
		extract: async () => {
			throw new Error('unused');
		},
		createDraft: async () => {
			throw new Error('unused');
		},
		interpretationStatus: async (ids) =>
			ids.map((id) => (id === 'a1' ? { id, kind: 'Interpreted', status: '已解读' } : { id, kind: 'Overdue', status: '逾期2个工作日', deadline: '2026-11-19' })),
	};

	it('still links policies when the status service fails', async () => {
		const el = await mount<GovInterpretationLinkElement>('gov-interpretation-link', {
			api: { ...api, interpretationStatus: async () => Promise.reject(new Error('401')) },
			value: ['a1'],
		});
		await settle(el);
		expect($(el, '[data-linked] [data-state]').textContent).toBe('现行有效');
		expect($(el, '[data-interpretation]')).toBeNull();
	});

	it('shows linked policies with validity badges, searches and links, and requires at least one', async () => {
		const el = await mount<GovInterpretationLinkElement>('gov-interpretation-link', { api, value: ['a1'] });
		await settle(el);
		expect($(el, '[data-linked] [data-state]').textContent).toBe('现行有效');
		const events = changes(el);
		await typeInto(el, '#q', '信息公开');
		await userEvent.keyboard('{Enter}');
		await settle(el);
		$<HTMLButtonElement>(el, '[data-link=b2]').click();
		await settle(el);
		expect(el.value).toEqual(['a1', 'b2']);
		expect($$(el, '[data-linked] li')).toHaveLength(2);
		await settle(el);
		expect($(el, '[data-id=a1] [data-interpretation]').textContent).toBe('已解读');
		const late = $(el, '[data-id=b2] [data-interpretation=Overdue]');
		expect(late.textContent).toBe('逾期2个工作日');
		expect(late.getAttribute('title')).toContain('2026-11-19');
		await screenshot(el, 'interpretation-links');
		$<HTMLButtonElement>(el, '[data-id=a1] uui-button').click();
		$<HTMLButtonElement>(el, '[data-id=b2] uui-button').click();
		await settle(el);
		expect(el.value).toEqual([]);
		expect($(el, '[data-error=required]')).not.toBeNull();
		expect(el.checkValidity()).toBe(false);
		expect(events).toHaveLength(3);
	});
});
