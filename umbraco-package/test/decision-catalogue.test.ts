import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from '@vitest/browser/context';
import '../src/property-editors/decision-catalogue/decision-catalogue.element.js';
import { currentStepOf, problemsOf, type DecisionCatalogueRow, type GovDecisionCatalogueEditorElement } from '../src/property-editors/decision-catalogue/decision-catalogue.element.js';
import { manifests } from '../src/property-editors/manifests.js';
import { $, $$, mount, screenshot, settle } from './helpers.js';

beforeAll(() => {
	document.documentElement.lang = 'zh-CN';
});
afterEach(() => document.body.replaceChildren());

const ROW: DecisionCatalogueRow = {
	matter: '制定《示例市公共停车场管理办法》',
	department: '示例市交通运输局',
	planned: '2027年3月',
	steps: { publicParticipation: '2026-11-18', expertReview: 'n/a' },
	consultation: 'yjzj-2026-03',
	note: '',
};

describe('重大行政决策事项目录 editor', () => {
	it('shows the current step as the dates are filled in, and refuses steps out of order', async () => {
		const el = await mount<GovDecisionCatalogueEditorElement>('gov-decision-catalogue-editor', { value: [ROW] });
		await settle(el);
		expect(el.checkValidity()).toBe(true);
		expect($(el, '[data-item="0"] [data-current]').getAttribute('data-current')).toBe('riskAssessment');
		// 集体讨论决定 dated before 合法性审查 and 风险评估 are done: out of order.
		const decision = $<HTMLInputElement>(el, '#step-collectiveDecision-0');
		decision.value = '2026-12-01';
		decision.dispatchEvent(new Event('change', { bubbles: true }));
		await settle(el);
		expect(el.value![0].steps.collectiveDecision).toBe('2026-12-01');
		expect($(el, '[data-item="0"] [role=alert]').getAttribute('data-error')).toContain('order:collectiveDecision');
		expect(el.checkValidity()).toBe(false);
		for (const [step, date] of [['riskAssessment', '2026-11-25'], ['legalityReview', '2026-11-28']]) {
			const input = $<HTMLInputElement>(el, `#step-${step}-0`);
			input.value = date;
			input.dispatchEvent(new Event('change', { bubbles: true }));
			await settle(el);
		}
		expect(el.checkValidity()).toBe(true);
		expect($(el, '[data-item="0"] [data-current]').getAttribute('data-current')).toBe('publication');
		await screenshot(el, 'decision-catalogue');
	});

	it('never offers 不适用 for 合法性审查 or 集体讨论决定, and asks for a reason when 公众参与 is left out', async () => {
		const el = await mount<GovDecisionCatalogueEditorElement>('gov-decision-catalogue-editor', { value: [{ ...ROW, steps: {} }] });
		await settle(el);
		expect($$(el, '[data-item="0"] uui-checkbox').map((c) => c.id)).toEqual(['na-publicParticipation-0', 'na-expertReview-0', 'na-riskAssessment-0', 'na-publication-0', 'na-implementation-0', 'na-postEvaluation-0']);
		const na = $<HTMLInputElement>(el, '#na-publicParticipation-0');
		na.click();
		await settle(el);
		expect(el.value![0].steps.publicParticipation).toBe('n/a');
		expect(problemsOf(el.value![0])).toEqual(['participationReason']);
		$<HTMLElement>(el, '#note-0').focus();
		await userEvent.keyboard('涉及国家秘密');
		await settle(el);
		expect(el.checkValidity()).toBe(true);
		expect(problemsOf({ ...ROW, steps: { legalityReview: 'n/a' } })).toContain('mandatory:legalityReview');
	});

	it('asks for the matter, department and planned completion of a new row; reorders and removes rows', async () => {
		const el = await mount<GovDecisionCatalogueEditorElement>('gov-decision-catalogue-editor', { value: [ROW] });
		$<HTMLButtonElement>(el, '#add').click();
		await settle(el);
		expect(problemsOf(el.value![1])).toEqual(['matter', 'department', 'planned']);
		expect(currentStepOf(el.value![1])).toBe('publicParticipation');
		expect(el.checkValidity()).toBe(false);
		$<HTMLButtonElement>(el, '[data-item="1"] [data-move="up"]').click();
		await settle(el);
		expect(el.value!.map((r) => r.matter)).toEqual(['', ROW.matter]);
		$<HTMLButtonElement>(el, '[data-item="0"] [data-remove]').click();
		await settle(el);
		expect(el.value!.map((r) => r.matter)).toEqual([ROW.matter]);
		expect(el.checkValidity()).toBe(true);
	});

	it('is registered under the server’s data editor alias', () => {
		const uis = manifests.filter((m) => m.type === 'propertyEditorUi').map((m) => (m as { meta: { propertyEditorSchemaAlias: string } }).meta.propertyEditorSchemaAlias);
		expect(uis).toContain('Gov.DecisionCatalogue');
	});
});
