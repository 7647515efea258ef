import { describe, expect, it } from 'vitest';
import table from '../../tests/fixtures/document-numbers.json';
import { parseDocumentNumber } from '../src/property-editors/document-number/document-number.rules.js';
import { validateDisclosure, groundsFor } from '../src/property-editors/disclosure/disclosure.rules.js';
import { checkEvent, stateOn, timeline } from '../src/property-editors/validity/validity.rules.js';
import zh from '../src/localization/zh-cn.js';
import en from '../src/localization/en.js';

interface Row {
	input: string;
	valid: boolean;
	normalized?: string;
	kind?: string;
	warnings?: string[];
	code?: string;
	key?: string;
}

describe('文号 rules agree with the C# parser on the shared fixture table', () => {
	for (const row of table as Row[]) {
		it(JSON.stringify(row.input), () => {
			const r = parseDocumentNumber(row.input);
			expect(r.valid).toBe(row.valid);
			if (row.valid) {
				expect(r.normalized).toBe(row.normalized);
				expect(r.kind).toBe(row.kind);
				expect(r.warnings).toEqual(row.warnings);
				if (row.key) expect(r.key).toBe(row.key);
			} else {
				expect(r.error).toBe(row.code);
			}
		});
	}
	it('every error and warning code has a label in both languages', () => {
		const codes = new Set((table as Row[]).flatMap((r) => (r.valid ? (r.warnings ?? []) : [r.code!])));
		for (const code of codes) {
			expect(zh.govopen).toHaveProperty(`docnum_${code}`);
			expect(en.govopen).toHaveProperty(`docnum_${code}`);
		}
	});
});

describe('disclosure rules', () => {
	it('requires ground and reason unless proactive', () => {
		expect(validateDisclosure({ attribute: 'proactive' })).toEqual([]);
		expect(validateDisclosure({ attribute: 'notDisclosed' })).toEqual(['ground-required', 'reason-required']);
		expect(validateDisclosure({ attribute: 'notDisclosed', ground: 'art13', reason: 'x' })).toEqual(['ground-mismatch']);
		expect(validateDisclosure({ attribute: 'onRequest', ground: 'art13', reason: '仅涉及特定申请人' })).toEqual([]);
		expect(groundsFor('notDisclosed').some((g) => g.alias === 'art13')).toBe(false);
		expect(groundsFor('proactive')).toEqual([]);
	});
});

describe('validity rules', () => {
	const v = { effectiveDate: '2024-01-01', validUntil: '2028-12-31', history: [] };
	it('derives states without anyone touching the document', () => {
		expect(stateOn(v, '2023-12-31')).toBe('notYetEffective');
		expect(stateOn(v, '2028-12-31')).toBe('inForce');
		expect(stateOn(v, '2029-01-01')).toBe('expired');
		expect(timeline(v).map((r) => r.label)).toEqual(['effective', 'periodEnded']);
	});
	it('rejects illegal transitions like the server', () => {
		const abolished = { ...v, history: [{ kind: 'abolished' as const, date: '2025-01-01', by: { title: '新办法' } }] };
		expect(checkEvent(abolished, { kind: 'revised', date: '2025-06-01', by: { title: 'x' } })).toBe('terminal');
		expect(checkEvent(v, { kind: 'abolished', date: '2025-01-01' })).toBe('by-required');
		expect(checkEvent(v, { kind: 'extended', date: '2025-01-01', by: { title: 'x' }, validUntil: '2027-01-01' })).toBe('not-later');
		expect(checkEvent(v, { kind: 'revised', date: '2025-01-01', by: { documentNumber: '示府发〔2025〕1号' } })).toBeNull();
	});
});

describe('localization', () => {
	it('zh-CN and en have the same keys and no empty label', () => {
		expect(Object.keys(en.govopen).sort()).toEqual(Object.keys(zh.govopen).sort());
		for (const dict of [zh.govopen, en.govopen]) for (const v of Object.values(dict)) expect(v.trim().length).toBeGreaterThan(0);
	});
});
