// Port of DisclosureDecision.Validate (GovOpen.Core), checked against Core's answers in test/generated/rule-cases.json.
// The server validates again; this makes the rule visible while typing.
import { FLAGS, VOCABULARIES } from '../../generated/vocabulary.js';
import type { AliasOf } from '../../shared/vocabulary.js';

export type DisclosureAttribute = AliasOf<'disclosureAttribute'>;

/** The stored value, as the server's DisclosureValidator reads it: do not change its shape. */
export interface DisclosureValue {
	attribute: DisclosureAttribute;
	ground?: string;
	reason?: string;
	reviewDate?: string;
}

/** The legal default (条例 art. 5): what a new document is, and what the editor stores when it finds no value. */
export const DISCLOSURE_DEFAULT: Readonly<DisclosureValue> = { attribute: 'proactive' };

export const ATTRIBUTES = VOCABULARIES.disclosureAttribute;
export const GROUNDS = VOCABULARIES.disclosureGround;

const onRequestOnly = (alias: string | undefined) => GROUNDS.some((g) => g.alias === alias && (g.flags as readonly string[]).includes(FLAGS.onRequestOnly));

/** The grounds an attribute may cite: none for 主动公开; art. 13 (flag onRequestOnly) only for 依申请公开. */
export function groundsFor(attribute: DisclosureAttribute) {
	if (attribute === 'proactive') return [];
	return attribute === 'notDisclosed' ? GROUNDS.filter((g) => !onRequestOnly(g.alias)) : [...GROUNDS];
}

/** Error codes (Error severity), in the order Core reports them and the form shows them. */
export function validateDisclosure(v: DisclosureValue | undefined): string[] {
	if (!v || v.attribute === 'proactive') return [];
	const errors: string[] = [];
	if (!v.ground) errors.push('ground-required');
	else if (v.attribute === 'notDisclosed' && onRequestOnly(v.ground)) errors.push('ground-mismatch');
	if (!v.reason || v.reason.trim().length === 0) errors.push('reason-required');
	return errors;
}
