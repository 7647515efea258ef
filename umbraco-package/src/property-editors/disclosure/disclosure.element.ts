import { customElement, html, property } from '@umbraco-cms/backoffice/external/lit';
import type { UmbPropertyEditorUiElement } from '@umbraco-cms/backoffice/property-editor';
import { GovElement, govStyles } from '../../shared/gov-element.js';
import { ATTRIBUTES, groundsFor, validateDisclosure, type DisclosureAttribute, type DisclosureValue } from './disclosure.rules.js';

/** 公开属性: a radio group; anything other than 主动公开 requires a legal ground and a reason. */
@customElement('gov-disclosure-picker')
export class GovDisclosurePickerElement extends GovElement implements UmbPropertyEditorUiElement {
	@property({ attribute: false }) value?: DisclosureValue;
	@property({ type: Boolean, reflect: true }) readonly = false;

	private get _v(): DisclosureValue {
		return this.value ?? { attribute: 'proactive' };
	}

	#set(patch: Partial<DisclosureValue>) {
		const next: DisclosureValue = { ...this._v, ...patch };
		if (next.attribute === 'proactive') {
			delete next.ground;
			delete next.reason;
		} else if (next.ground && !groundsFor(next.attribute).some((g) => g.alias === next.ground)) {
			delete next.ground;
		}
		this.value = next;
		this.changed();
	}

	override render() {
		const v = this._v;
		const errors = validateDisclosure(v);
		return html`
			<fieldset>
				<legend>${this.t('disclosure_label')}</legend>
				<div role="radiogroup" class="row">
					${ATTRIBUTES.map(({ alias: a }) => a).map(
						(a) => html`<label
							><input
								type="radio"
								name="attribute"
								value=${a}
								.checked=${v.attribute === a}
								?disabled=${this.readonly}
								@change=${() => this.#set({ attribute: a as DisclosureAttribute })} />
							${this.t('disclosure_' + a)}</label
						>`,
					)}
				</div>
				${v.attribute === 'proactive'
					? ''
					: html`
							<p class="warning">${this.t('disclosure_not_public_notice')}</p>
							<label for="ground">${this.t('disclosure_ground')}</label>
							<select id="ground" ?disabled=${this.readonly} aria-invalid=${errors.includes('ground-required') ? 'true' : 'false'} @change=${(e: Event) => this.#set({ ground: (e.target as HTMLSelectElement).value || undefined })}>
								<option value="">${this.t('disclosure_choose')}</option>
								${groundsFor(v.attribute).map((g) => html`<option value=${g.alias} ?selected=${v.ground === g.alias}>${this.t('ground_' + g.alias)}</option>`)}
							</select>
							<label for="reason">${this.t('disclosure_reason')}</label>
							<textarea id="reason" ?readonly=${this.readonly} .value=${v.reason ?? ''} @input=${(e: Event) => this.#set({ reason: (e.target as HTMLTextAreaElement).value })}></textarea>
							<div aria-live="polite">${errors.map((e) => html`<div class="error" role="alert" data-error=${e}>${this.t('disclosure_' + e)}</div>`)}</div>
						`}
			</fieldset>
		`;
	}

	static override styles = [govStyles];
}

export default GovDisclosurePickerElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-disclosure-picker': GovDisclosurePickerElement;
	}
}
