// The 公开检查 checks of one policy document, from its property values (aliases generated from GovOpen.Core).
import { FLAGS, PROPERTY_ALIASES as P } from '../generated/vocabulary.js';
import { numberRequired, parseDocumentNumber } from '../property-editors/document-number/document-number.rules.js';
import { validateDisclosure, type DisclosureValue } from '../property-editors/disclosure/disclosure.rules.js';
import type { ValidityValue } from '../property-editors/validity/validity.rules.js';
import { findTerm, hasFlag } from '../shared/vocabulary.js';
import { isBlank } from '../shared/text.js';

export interface CheckItem {
	key: string;
	ok: boolean;
	detail?: string;
	/** Property alias to fix it in. */
	field: string;
}

/** The 解读 status the server computes today (Core's rules over published content), when it knows the document. */
export interface LiveInterpretationStatus {
	kind: string;
	status: string;
}

/**
 * `name` is the document's name (not a property); every other key is a property alias. `live` is the server's 解读
 * status of today: the stored `interpretationStatus` label is only what it was when the policy was last published
 * (an interpretation published since, or a deadline passed since, does not change it), so it is read only when the
 * server does not know the document (never published).
 */
export function checkPolicy(values: Record<string, unknown>, live?: LiveInterpretationStatus): CheckItem[] {
	const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : '');
	const number = str(P.documentNumber);
	const parsed = number ? parseDocumentNumber(number) : undefined;
	const disclosure = values[P.disclosure] as DisclosureValue | undefined;
	const validity = values[P.validity] as ValidityValue | undefined;
	const hasPeriod = hasFlag(findTerm('policyCategory', str(P.category)), FLAGS.hasValidityPeriod);
	return [
		{ key: 'metadata', field: P.issuers, ok: !!str('name') && !isBlank(str(P.issuers)) && !!str(P.signedDate) && !!str(P.topic) },
		{ key: 'docnum', field: P.documentNumber, ok: parsed ? parsed.valid : !numberRequired(str(P.genre), str(P.category)), detail: parsed && !parsed.valid ? parsed.error : undefined },
		{ key: 'disclosure', field: P.disclosure, ok: validateDisclosure(disclosure).length === 0 },
		{ key: 'validity', field: P.validity, ok: !hasPeriod || (!!validity?.effectiveDate && !!validity?.validUntil) },
		live && live.kind !== 'Unknown'
			? { key: 'interpretation', field: P.interpretationStatus, ok: live.kind !== 'Overdue', detail: live.status || undefined }
			: { key: 'interpretation', field: P.interpretationStatus, ok: !str(P.interpretationStatus).startsWith('逾期'), detail: str(P.interpretationStatus) || undefined },
	];
}
