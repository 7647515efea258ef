import { customElement, html, property } from '@umbraco-cms/backoffice/external/lit';
import { GovElement, govStyles } from '../shared/gov-element.js';
import { parseDocumentNumber } from '../property-editors/document-number/document-number.rules.js';
import { validateDisclosure, type DisclosureValue } from '../property-editors/disclosure/disclosure.rules.js';
import type { ValidityValue } from '../property-editors/validity/validity.rules.js';

const NEEDS_NUMBER = ['决定', '命令（令）', '意见', '通知', '通报', '报告', '请示', '批复', '函'];

export interface CheckItem {
	key: string;
	ok: boolean;
	detail?: string;
	/** Property alias to fix it in. */
	field: string;
}

/** The checks of one policy document, from its property values (aliases of docs/content-model.md). */
export function checkPolicy(values: Record<string, unknown>): CheckItem[] {
	const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : '');
	const number = str('documentNumber');
	const parsed = number ? parseDocumentNumber(number) : undefined;
	const disclosure = values['disclosure'] as DisclosureValue | undefined;
	const validity = values['validity'] as ValidityValue | undefined;
	const normative = str('category') === 'normative';
	return [
		{ key: 'metadata', field: 'issuers', ok: !!str('name') && !!str('issuers').trim() && !!str('signedDate') && !!str('topic') },
		{ key: 'docnum', field: 'documentNumber', ok: parsed ? parsed.valid : !NEEDS_NUMBER.includes(str('genre')), detail: parsed && !parsed.valid ? parsed.error : undefined },
		{ key: 'disclosure', field: 'disclosure', ok: validateDisclosure(disclosure).length === 0 },
		{ key: 'validity', field: 'validity', ok: !normative || (!!validity?.effectiveDate && !!validity?.validUntil) },
		{ key: 'interpretation', field: 'interpretationStatus', ok: !str('interpretationStatus').startsWith('逾期'), detail: str('interpretationStatus') || undefined },
	];
}

/** Workspace view "公开检查": a checklist for the open document, each item linking to the field that fixes it. */
@customElement('gov-disclosure-checklist')
export class GovDisclosureChecklistElement extends GovElement {
	@property({ attribute: false }) values: Record<string, unknown> = {};

	override render() {
		const items = checkPolicy(this.values);
		return html`<h2>${this.t('check_title')}</h2>
			<ul>
				${items.map(
					(i) => html`<li data-check=${i.key} data-ok=${i.ok}>
						<span class=${i.ok ? 'ok' : 'error'}>${i.ok ? this.t('check_ok') : this.t('check_fix')}</span>
						${this.t('check_' + i.key)} ${i.detail ? html`（${i.detail.startsWith('逾期') || i.detail.startsWith('已') || i.detail.startsWith('待') ? i.detail : this.t('docnum_' + i.detail)}）` : ''}
						${i.ok ? '' : html`<a href="#property-${i.field}">→ ${i.field}</a>`}
					</li>`,
				)}
			</ul>`;
	}

	static override styles = [govStyles];
}

export default GovDisclosureChecklistElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-disclosure-checklist': GovDisclosureChecklistElement;
	}
}
