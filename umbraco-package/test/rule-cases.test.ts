// The TS rule ports against Core's own answers (test/generated/rule-cases.json, written by tools/GovOpen.ClientGen
// from GovOpen.Core): every case must agree. Core is right when they differ.
import { describe, expect, it } from 'vitest';
import cases from './generated/rule-cases.json';
import { validateDisclosure, type DisclosureValue } from '../src/property-editors/disclosure/disclosure.rules.js';
import { checkEvent, stateOn, type ValidityEventValue, type ValidityValue } from '../src/property-editors/validity/validity.rules.js';
import { numberRequired } from '../src/property-editors/document-number/document-number.rules.js';
import { VOCABULARIES } from '../src/generated/vocabulary.js';
import { findTerm } from '../src/shared/vocabulary.js';
import { validateTopic } from '../src/property-editors/topic/topic.rules.js';
import { currentStepOf, problemsOf, type DecisionCatalogueRow } from '../src/property-editors/decision-catalogue/decision-catalogue.element.js';
import { missingOf, type StandardCatalogueRow } from '../src/property-editors/standard-catalogue/standard-catalogue.element.js';
import { feeProblems, type FeeStandardValue } from '../src/property-editors/fee-standard/fee-standard.rules.js';

/** Core serializes absent values as null; the stored JSON the editors read omits them. */
function stripNulls<T>(v: T): T {
	if (Array.isArray(v)) return v.map(stripNulls) as T;
	if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([, x]) => x != null).map(([k, x]) => [k, stripNulls(x)])) as T;
	return v;
}

const records = cases.validity.records.map((r) => stripNulls(r) as unknown as ValidityValue);

describe("needs a 发文字号: Core's genre × category table", () => {
	it('covers every genre and category of the vocabulary', () => {
		expect(cases.numberRequired).toHaveLength(VOCABULARIES.documentGenre.length * VOCABULARIES.policyCategory.length);
	});
	for (const c of cases.numberRequired)
		it(`${c.genre} × ${c.category} → ${c.required}`, () => {
			expect(numberRequired(c.genre, c.category)).toBe(c.required);
		});
});

describe("公开属性: Core's error codes", () => {
	for (const c of cases.disclosure)
		it(JSON.stringify(c.value), () => {
			expect(validateDisclosure(c.value as DisclosureValue)).toEqual(c.errors);
		});
});

describe("有效性: Core's state on a date", () => {
	for (const c of cases.validity.states)
		it(`record ${c.record} on ${c.date} → ${c.state}`, () => {
			expect(stateOn(records[c.record], c.date)).toBe(c.state);
		});
});

describe("有效性: Core's answer to recording an event", () => {
	for (const c of cases.validity.checks)
		it(`record ${c.record} + ${JSON.stringify(c.event)} → ${c.error}`, () => {
			expect(checkEvent(records[c.record], stripNulls(c.event) as ValidityEventValue)).toBe(c.error);
		});
});

describe("重大行政决策事项目录: Core's error codes and current step", () => {
	/** The editor's problem names as Core's issue codes (one per issue, like Core's). */
	const coreCode = (p: string) =>
		['matter', 'department', 'planned'].includes(p) ? 'required' : p.startsWith('mandatory:') ? 'mandatory-step' : p === 'participationReason' ? 'participation-reason' : p.startsWith('order:') ? 'order' : p;
	for (const c of cases.decisionCatalogue)
		it(`${JSON.stringify(c.row.steps)} → [${c.errors.join(', ')}], ${c.current}`, () => {
			const row = c.row as unknown as DecisionCatalogueRow;
			expect(problemsOf(row).map(coreCode).sort()).toEqual([...c.errors].sort());
			expect(currentStepOf(row)).toBe(c.current);
		});
});

describe("基层政务公开标准目录: what Core finds missing in a row", () => {
	it('covers every required field and the channels', () => {
		expect(new Set(cases.standardCatalogue.flatMap((c) => c.missing))).toEqual(new Set(['item', 'content', 'basis', 'timeLimit', 'body', 'channels']));
	});
	for (const c of cases.standardCatalogue)
		it(`${JSON.stringify(c.row)} → [${c.missing.join(', ')}]`, () => {
			expect(missingOf(c.row as unknown as StandardCatalogueRow)).toEqual(c.missing);
		});
});

describe('Padded values, read as Core reads them (.NET white space, not JavaScript\'s trim())', () => {
	for (const c of cases.paddedText.term)
		it(`公开属性 ${JSON.stringify(c.text)} → ${c.alias}`, () => {
			expect(findTerm('disclosureAttribute', c.text)?.alias ?? null).toBe(c.alias);
		});
	for (const c of cases.paddedText.topic)
		it(`主题分类 ${JSON.stringify(c.value)} → ${c.error}`, () => {
			expect(validateTopic(c.value)).toBe(c.error);
		});
});

describe("收费标准: Core's issues for each standard and the overlaps in a list", () => {
	/** Core's issue (field and code) as the editor's problem name; an unknown one stays as it is, so it fails. */
	const editorName = ({ field, code }: { field: string; code: string }) =>
		field === 'feePeriod'
			? code === 'order'
				? 'period-order'
				: code
			: field === 'feeStandard'
				? 'amount-or-rule'
				: field === 'feeAmount' && code === 'negative'
					? 'amount-negative'
					: field === 'feeUnit'
						? 'unit-required'
						: field === 'feeBasis'
							? code === 'required'
								? 'basis-required'
								: 'basis-invalid'
							: `${field}/${code}`;
	/** The editor names a problem once per row (two invalid 文号 are one "basis-invalid"); Core once per value. */
	const distinct = (names: string[]) => [...new Set(names)].sort();
	it('covers every rule of FeeStandard.Validate and the overlap of FeeItem.ValidateStandards', () => {
		expect(new Set(cases.feeStandards.flatMap((c) => c.issues.flat().map(editorName)))).toEqual(
			new Set(['period-order', 'amount-or-rule', 'amount-negative', 'unit-required', 'basis-required', 'basis-invalid']),
		);
		expect(cases.feeStandards.filter((c) => c.overlaps > 0).length).toBeGreaterThan(1);
	});
	for (const c of cases.feeStandards)
		it(`${JSON.stringify(c.standards)} → ${JSON.stringify(c.issues)}, ${c.overlaps} overlap(s)`, () => {
			const problems = feeProblems(stripNulls(c.standards) as unknown as FeeStandardValue[]);
			expect(problems.map((p) => distinct(p.filter((x) => x !== 'overlap')))).toEqual(c.issues.map((row) => distinct(row.map(editorName))));
			expect(problems.flat().filter((x) => x === 'overlap')).toHaveLength(c.overlaps);
		});
});
