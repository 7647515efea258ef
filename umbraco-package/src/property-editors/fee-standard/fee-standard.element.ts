import { customElement, html, property } from '@umbraco-cms/backoffice/external/lit';
import type { UmbPropertyEditorUiElement } from '@umbraco-cms/backoffice/property-editor';
import { GovElement, govStyles } from '../../shared/gov-element.js';
import { feeProblems, type FeeStandardValue } from './fee-standard.rules.js';

/** 收费标准: rows of period, amount + unit or a text rule, and basis 文号. */
@customElement('gov-fee-standard-editor')
export class GovFeeStandardEditorElement extends GovElement implements UmbPropertyEditorUiElement {
	@property({ attribute: false }) value?: FeeStandardValue[];
	@property({ type: Boolean, reflect: true }) readonly = false;

	private get _rows(): FeeStandardValue[] {
		return this.value ?? [];
	}

	#update(i: number, patch: Partial<FeeStandardValue>) {
		this.value = this._rows.map((r, k) => (k === i ? { ...r, ...patch } : r));
		this.changed();
	}

	#add() {
		this.value = [...this._rows, { from: '', basis: [] }];
		this.changed();
	}

	#remove(i: number) {
		this.value = this._rows.filter((_, k) => k !== i);
		this.changed();
	}

	override render() {
		const problems = feeProblems(this._rows);
		return html`
			${this._rows.map(
				(s, i) => html`<fieldset data-row=${i}>
					<legend>${i + 1}</legend>
					<div class="row">
						<div><label for="from-${i}">${this.t('fee_from')}</label><input id="from-${i}" type="date" .value=${s.from} @change=${(e: Event) => this.#update(i, { from: (e.target as HTMLInputElement).value })} /></div>
						<div><label for="to-${i}">${this.t('fee_to')}</label><input id="to-${i}" type="date" .value=${s.to ?? ''} @change=${(e: Event) => this.#update(i, { to: (e.target as HTMLInputElement).value || undefined })} /></div>
						<div>
							<label for="rule-mode-${i}"><input id="rule-mode-${i}" type="checkbox" .checked=${s.rule != null} @change=${(e: Event) => this.#update(i, (e.target as HTMLInputElement).checked ? { rule: '', amount: undefined, unit: undefined } : { rule: undefined })} /> ${this.t('fee_useRule')}</label>
						</div>
					</div>
					${s.rule != null
						? html`<label for="rule-${i}">${this.t('fee_rule')}</label><textarea id="rule-${i}" .value=${s.rule} @input=${(e: Event) => this.#update(i, { rule: (e.target as HTMLTextAreaElement).value })}></textarea>`
						: html`<div class="row">
								<div><label for="amount-${i}">${this.t('fee_amount')}</label><input id="amount-${i}" type="number" min="0" step="0.01" .value=${s.amount?.toString() ?? ''} @input=${(e: Event) => this.#update(i, { amount: (e.target as HTMLInputElement).value === '' ? undefined : Number((e.target as HTMLInputElement).value) })} /></div>
								<div><label for="unit-${i}">${this.t('fee_unit')}</label><input id="unit-${i}" .value=${s.unit ?? ''} placeholder="元/件" @input=${(e: Event) => this.#update(i, { unit: (e.target as HTMLInputElement).value })} /></div>
							</div>`}
					<label for="basis-${i}">${this.t('fee_basis')}</label>
					<input id="basis-${i}" .value=${s.basis.join('，')} @change=${(e: Event) => this.#update(i, { basis: (e.target as HTMLInputElement).value.split(/[,，、\s]+/).filter((x) => x.length > 0) })} />
					<div aria-live="polite">${problems[i].map((p) => html`<div class="error" role="alert" data-error=${p}>${this.t('fee_' + p)}</div>`)}</div>
					<button type="button" ?disabled=${this.readonly} @click=${() => this.#remove(i)}>${this.t('fee_remove')}</button>
				</fieldset>`,
			)}
			<button type="button" id="add" ?disabled=${this.readonly} @click=${this.#add}>${this.t('fee_add')}</button>
		`;
	}

	static override styles = [govStyles];
}

export default GovFeeStandardEditorElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-fee-standard-editor': GovFeeStandardEditorElement;
	}
}
