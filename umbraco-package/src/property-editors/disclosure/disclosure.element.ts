import { customElement, html, property } from '@umbraco-cms/backoffice/external/lit';
import type { UmbPropertyEditorUiElement } from '@umbraco-cms/backoffice/property-editor';
import { UmbFormControlMixin } from '@umbraco-cms/backoffice/validation';
import { GovElement, govStyles } from '../../shared/gov-element.js';
import { ATTRIBUTES, DISCLOSURE_DEFAULT, groundsFor, validateDisclosure, type DisclosureAttribute, type DisclosureValue } from './disclosure.rules.js';

/**
 * 公开属性: a radio group; anything other than 主动公开 requires a legal ground and a reason. Stores {attribute, ground, reason, reviewDate}.
 * What is shown is what is stored: a new document gets 主动公开 from the value preset (disclosure.preset.ts); a document
 * that reaches the editor without a value (an older or imported draft) gets it stored when the editor first renders,
 * so Umbraco's mandatory check sees the 主动公开 the radio shows. A read-only editor cannot store, so it shows nothing.
 */
@customElement('gov-disclosure-picker')
export class GovDisclosurePickerElement
	extends UmbFormControlMixin<DisclosureValue | undefined, typeof GovElement, undefined>(GovElement, undefined)
	implements UmbPropertyEditorUiElement
{
	@property({ type: Boolean, reflect: true }) readonly = false;

	constructor() {
		super();
		this.addValidator(
			'customError',
			() => validateDisclosure(this.value).map((e) => this.t('disclosure_' + e)).join('；'),
			() => validateDisclosure(this.value).length > 0,
		);
	}

	private get _v(): DisclosureValue {
		return this.value ?? { ...DISCLOSURE_DEFAULT };
	}

	/**
	 * umb-property sets `value`, `mandatory` and `readonly` on the editor before it is rendered
	 * (dist-cms/packages/core/property/components/property/property.element.js, #gotEditor) and stores what the editor
	 * reports through the `change` event, so a missing value found here is missing in the document too.
	 */
	override firstUpdated(changed: Map<PropertyKey, unknown>) {
		super.firstUpdated(changed);
		if (this.value === undefined && !this.readonly) {
			this.value = { ...DISCLOSURE_DEFAULT };
			this.changed();
		}
	}

	#set(patch: Partial<DisclosureValue>) {
		const next: DisclosureValue = { ...this._v, ...patch };
		if (next.attribute === 'proactive') {
			delete next.ground;
			delete next.reason;
		} else if (next.ground && !groundsFor(next.attribute).some((g) => g.alias === next.ground)) {
			delete next.ground;
		}
		if (JSON.stringify(next) === JSON.stringify(this.value)) return;
		this.value = next;
		this.changed();
	}

	override render() {
		const v = this._v;
		const errors = validateDisclosure(v);
		const grounds = [
			{ name: this.t('choice_none'), value: '', selected: !v.ground },
			...groundsFor(v.attribute).map((g) => ({ name: this.termName(g), value: g.alias, selected: v.ground === g.alias })),
		];
		return html`
			<uui-radio-group
				id="attribute"
				label=${this.t('editor_disclosure')}
				.value=${this.value ? v.attribute : ''}
				?disabled=${this.readonly}
				@change=${(e: Event) => this.#set({ attribute: (e.target as HTMLInputElement).value as DisclosureAttribute })}>
				${ATTRIBUTES.map((a) => html`<uui-radio value=${a.alias} label=${this.termName(a)}></uui-radio>`)}
			</uui-radio-group>
			${v.attribute === 'proactive'
				? ''
				: html`
						<p><uui-tag color="warning" look="secondary">${this.t('disclosure_not_public_notice')}</uui-tag></p>
						<div class="field">
							<label for="ground">${this.t('disclosure_ground')}</label>
							<uui-select
								id="ground"
								label=${this.t('disclosure_ground')}
								placeholder=${this.t('choice_none')}
								.options=${grounds}
								?disabled=${this.readonly}
								?error=${errors.includes('ground-required') || errors.includes('ground-mismatch')}
								aria-invalid=${errors.includes('ground-required') ? 'true' : 'false'}
								@change=${(e: Event) => this.#set({ ground: (e.target as HTMLSelectElement).value || undefined })}></uui-select>
						</div>
						<div class="field">
							<label for="reason">${this.t('disclosure_reason')}</label>
							<uui-textarea
								id="reason"
								label=${this.t('disclosure_reason')}
								?readonly=${this.readonly}
								?error=${errors.includes('reason-required')}
								.value=${v.reason ?? ''}
								@input=${(e: Event) => this.#set({ reason: (e.target as HTMLTextAreaElement).value })}></uui-textarea>
						</div>
						<div aria-live="polite">${errors.map((e) => html`<div class="error" role="alert" data-error=${e}>${this.t('disclosure_' + e)}</div>`)}</div>
					`}
		`;
	}

	static override styles = govStyles;
}

export default GovDisclosurePickerElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-disclosure-picker': GovDisclosurePickerElement;
	}
}
