// Port of DisclosureDecision.Validate (GovOpen.Core). The server validates again; this makes the rule visible while typing.

export type DisclosureAttribute = 'proactive' | 'onRequest' | 'notDisclosed';

export interface DisclosureValue {
	attribute: DisclosureAttribute;
	ground?: string;
	reason?: string;
	reviewDate?: string;
}

export const ATTRIBUTES: DisclosureAttribute[] = ['proactive', 'onRequest', 'notDisclosed'];

/** Grounds with their article (条例 arts. 13–16); art. 13 only fits 依申请公开. */
export const GROUNDS: { alias: string; article: number }[] = [
	{ alias: 'art13', article: 13 },
	{ alias: 'art14-secret', article: 14 },
	{ alias: 'art14-law', article: 14 },
	{ alias: 'art14-security', article: 14 },
	{ alias: 'art15-third-party', article: 15 },
	{ alias: 'art16-internal', article: 16 },
	{ alias: 'art16-process', article: 16 },
	{ alias: 'art16-enforcement', article: 16 },
];

export function groundsFor(attribute: DisclosureAttribute) {
	return attribute === 'notDisclosed' ? GROUNDS.filter((g) => g.article !== 13) : attribute === 'onRequest' ? GROUNDS : [];
}

/** Error codes, in the order the form shows them. */
export function validateDisclosure(v: DisclosureValue | undefined): string[] {
	if (!v || v.attribute === 'proactive') return [];
	const errors: string[] = [];
	if (!v.ground) errors.push('ground-required');
	else if (v.attribute === 'notDisclosed' && v.ground === 'art13') errors.push('ground-mismatch');
	if (!v.reason || v.reason.trim().length === 0) errors.push('reason-required');
	return errors;
}
