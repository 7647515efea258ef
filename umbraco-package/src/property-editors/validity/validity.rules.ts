// State derivation of GovOpen.Core's ValidityRecord, for the editor's badge and timeline (the server validates transitions).

export type ValidityEventKind = 'revised' | 'extended' | 'abolished' | 'declaredInvalid';
export type ValidityState = 'notYetEffective' | 'inForce' | 'revised' | 'abolished' | 'expired';

export interface ValidityEventValue {
	kind: ValidityEventKind;
	date: string;
	by?: { id?: string; documentNumber?: string; title?: string };
	validUntil?: string;
	note?: string;
}

export interface ValidityValue {
	effectiveDate?: string;
	validUntil?: string;
	history: ValidityEventValue[];
}

const dayAfter = (iso: string) => {
	const d = new Date(iso + 'T00:00:00Z');
	d.setUTCDate(d.getUTCDate() + 1);
	return d.toISOString().slice(0, 10);
};

export function validUntilOn(v: ValidityValue, date: string): string | undefined {
	let until = v.validUntil;
	for (const e of v.history) if (e.kind === 'extended' && e.date <= date && e.validUntil) until = e.validUntil;
	return until;
}

export function stateOn(v: ValidityValue, date: string): ValidityState {
	const ended = (k: ValidityEventKind) => v.history.some((e) => e.kind === k && e.date <= date);
	if (!v.effectiveDate || date < v.effectiveDate) return ended('abolished') ? 'abolished' : 'notYetEffective';
	if (ended('abolished')) return 'abolished';
	if (ended('declaredInvalid')) return 'expired';
	const until = validUntilOn(v, date);
	if (until && date > until) return 'expired';
	return ended('revised') ? 'revised' : 'inForce';
}

/** Why an event cannot be added (mirrors ValidityRecord.Check), or null. */
export function checkEvent(v: ValidityValue, e: ValidityEventValue): string | null {
	const last = v.history[v.history.length - 1];
	if (!e.date) return 'date-required';
	if (last && e.date < last.date) return 'out-of-order';
	if (v.history.some((x) => x.kind === 'abolished' || x.kind === 'declaredInvalid')) return 'terminal';
	if (e.kind !== 'abolished' && !v.effectiveDate) return 'not-effective';
	const until = validUntilOn(v, e.date);
	if (e.kind !== 'declaredInvalid' && until && e.date > until) return 'expired';
	if ((e.kind === 'revised' || e.kind === 'abolished' || e.kind === 'extended') && !e.by?.documentNumber && !e.by?.title && !e.by?.id) return 'by-required';
	if (e.kind === 'extended' && (!e.validUntil || (until && e.validUntil <= until))) return 'not-later';
	return null;
}

/** Timeline rows including the automatic expiry nobody records. */
export function timeline(v: ValidityValue): { date: string; label: string }[] {
	const rows: { date: string; label: string }[] = [];
	if (v.effectiveDate) rows.push({ date: v.effectiveDate, label: 'effective' });
	for (const e of v.history) rows.push({ date: e.date, label: e.kind });
	const until = validUntilOn(v, '9999-12-31');
	if (until && stateOn(v, dayAfter(until)) === 'expired' && !v.history.some((e) => (e.kind === 'abolished' || e.kind === 'declaredInvalid') && e.date <= until))
		rows.push({ date: dayAfter(until), label: 'periodEnded' });
	return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
