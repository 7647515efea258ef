// Port of GovOpen.Core's ValidityRecord (state on a date, and whether an event may be recorded), checked against
// Core's answers in test/generated/rule-cases.json. The server validates every save again.
import { FLAGS, VOCABULARIES } from '../../generated/vocabulary.js';
import type { AliasOf } from '../../shared/vocabulary.js';

/** Events an editor records; 'effective' is the start of the record, not an event. */
export type ValidityEventKind = Exclude<AliasOf<'validityEvent'>, 'effective'>;
export type ValidityState = AliasOf<'validityState'>;

export const EVENT_KINDS = VOCABULARIES.validityEvent.filter((e) => e.alias !== 'effective');
const flagged = (flag: string) => new Set<string>(VOCABULARIES.validityEvent.filter((e) => (e.flags as readonly string[]).includes(flag)).map((e) => e.alias));
const NEEDS_BY = flagged(FLAGS.needsDecidingDocument);
const TERMINAL = flagged(FLAGS.terminal);

export interface ValidityEventValue {
	kind: ValidityEventKind;
	date: string;
	by?: { id?: string; documentNumber?: string; title?: string };
	validUntil?: string;
	note?: string;
}

/** The stored value, as the server's ValidityJson reads it: do not change its shape. */
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

/**
 * Why an event cannot be added (mirrors ValidityRecord.Check, in Core's order), or null. The effective date is the
 * record's first point in time: nothing may be dated before it. A new end date is checked before the deciding document.
 */
export function checkEvent(v: ValidityValue, e: ValidityEventValue): string | null {
	const last = v.history.length > 0 ? v.history[v.history.length - 1].date : v.effectiveDate;
	if (!e.date) return 'date-required';
	if (last && e.date < last) return 'out-of-order';
	if (v.history.some((x) => TERMINAL.has(x.kind))) return 'terminal';
	if (e.kind !== 'abolished' && !v.effectiveDate) return 'not-effective';
	const until = validUntilOn(v, e.date);
	if (e.kind !== 'declaredInvalid' && until && e.date > until) return 'expired';
	if (e.kind === 'extended' && (!e.validUntil || (until && e.validUntil <= until))) return 'not-later';
	if (NEEDS_BY.has(e.kind) && !e.by?.documentNumber && !e.by?.title && !e.by?.id) return 'by-required';
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
