// Port of FeeStandard.Validate and the overlap rule of FeeItem.Validate (GovOpen.Core), tested against Core's answers
// (test/generated/rule-cases.json, feeStandards).
import { parseDocumentNumber } from '../document-number/document-number.rules.js';
import { isBlank } from '../../shared/text.js';

export interface FeeStandardValue {
	from: string;
	to?: string;
	amount?: number;
	unit?: string;
	rule?: string;
	basis: string[];
}

/** Problems of each row (mirrors FeeStandard.Validate and the overlap rule of FeeItem.Validate). */
export function feeProblems(rows: FeeStandardValue[]): string[][] {
	const problems = rows.map((s) => {
		const p: string[] = [];
		if (s.to && s.from && s.to < s.from) p.push('period-order');
		const hasAmount = s.amount != null && !Number.isNaN(s.amount);
		const hasRule = !isBlank(s.rule);
		if (hasAmount === hasRule) p.push('amount-or-rule');
		if (hasAmount && (s.amount as number) < 0) p.push('amount-negative');
		if (hasAmount && isBlank(s.unit)) p.push('unit-required');
		if (s.basis.length === 0) p.push('basis-required');
		else if (s.basis.some((b) => !parseDocumentNumber(b).valid)) p.push('basis-invalid');
		return p;
	});
	const order = rows.map((r, i) => ({ r, i })).sort((a, b) => (a.r.from < b.r.from ? -1 : 1));
	for (let k = 1; k < order.length; k++) {
		const prev = order[k - 1].r;
		if (!prev.to || prev.to >= order[k].r.from) problems[order[k].i].push('overlap');
	}
	return problems;
}
