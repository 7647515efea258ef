import { customElement, html, property } from '@umbraco-cms/backoffice/external/lit';
import type { UmbPropertyEditorUiElement } from '@umbraco-cms/backoffice/property-editor';
import { UmbFormControlMixin } from '@umbraco-cms/backoffice/validation';
import { GovElement, govStyles } from '../../shared/gov-element.js';
import { feeProblems, type FeeStandardValue } from './fee-standard.rules.js';

const val = (e: Event) => (e.target as HTMLInputElement).value;

/** 收费标准: rows of period, amount + unit or a text rule, and basis 文号. Stores the rows as they are shown. */
@customElement('gov-fee-standard-editor')
export class GovFeeStandardEditorElement
	extends UmbFormControlMixin<FeeStandardValue[] | undefined, typeof GovElement, undefined>(GovElement, undefined)
	implements UmbPropertyEditorUiElement
{
	@property({ type: Boolean, reflect: true }) readonly = false;

	constructor() {
		super();
		const first = () => feeProblems(this._rows).flat()[0];
		this.addValidator('customError', () => this.t('fee_' + first()), () => first() != null);
	}

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
				(s, i) => html`<uui-box data-row=${i} headline=${String(i + 1)}>
					<div class="row">
						<div class="field"><label for="from-${i}">${this.t('fee_from')}</label><uui-input id="from-${i}" type="date" label=${this.t('fee_from')} ?readonly=${this.readonly} .value=${s.from} @change=${(e: Event) => this.#update(i, { from: val(e) })}></uui-input></div>
						<div class="field"><label for="to-${i}">${this.t('fee_to')}</label><uui-input id="to-${i}" type="date" label=${this.t('fee_to')} ?readonly=${this.readonly} .value=${s.to ?? ''} @change=${(e: Event) => this.#update(i, { to: val(e) || undefined })}></uui-input></div>
						<uui-toggle
							id="rule-mode-${i}"
							label=${this.t('fee_useRule')}
							?disabled=${this.readonly}
							.checked=${s.rule != null}
							@change=${(e: Event) => this.#update(i, (e.target as HTMLInputElement).checked ? { rule: '', amount: undefined, unit: undefined } : { rule: undefined })}></uui-toggle>
					</div>
					${s.rule != null
						? html`<div class="field"><label for="rule-${i}">${this.t('fee_rule')}</label><uui-textarea id="rule-${i}" label=${this.t('fee_rule')} ?readonly=${this.readonly} .value=${s.rule} @input=${(e: Event) => this.#update(i, { rule: val(e) })}></uui-textarea></div>`
						: html`<div class="row">
								<div class="field">
									<label for="amount-${i}">${this.t('fee_amount')}</label>
									<uui-input id="amount-${i}" type="number" min="0" step="0.01" label=${this.t('fee_amount')} ?readonly=${this.readonly} .value=${s.amount?.toString() ?? ''} @input=${(e: Event) => this.#update(i, { amount: val(e) === '' ? undefined : Number(val(e)) })}></uui-input>
								</div>
								<div class="field">
									<label for="unit-${i}">${this.t('fee_unit')}</label>
									<uui-input id="unit-${i}" label=${this.t('fee_unit')} ?readonly=${this.readonly} .value=${s.unit ?? ''} placeholder="元/件" @input=${(e: Event) => this.#update(i, { unit: val(e) })}></uui-input>
								</div>
							</div>`}
					<div class="field">
						<label for="basis-${i}">${this.t('fee_basis')}</label>
						<uui-input id="basis-${i}" class="wide" label=${this.t('fee_basis')} ?readonly=${this.readonly} .value=${s.basis.join('，')} @change=${(e: Event) => this.#update(i, { basis: val(e).split(/[,，、\s]+/).filter((x) => x.length > 0) })}></uui-input>
					</div>
					<div aria-live="polite">${problems[i].map((p) => html`<div class="error" role="alert" data-error=${p}>${this.t('fee_' + p)}</div>`)}</div>
					<uui-button slot="header-actions" look="secondary" color="danger" label=${this.t('fee_remove')} ?disabled=${this.readonly} @click=${() => this.#remove(i)}></uui-button>
				</uui-box>`,
			)}
			<uui-button id="add" look="placeholder" label=${this.t('fee_add')} ?disabled=${this.readonly} @click=${this.#add}></uui-button>
		`;
	}

	static override styles = govStyles;
}

export default GovFeeStandardEditorElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-fee-standard-editor': GovFeeStandardEditorElement;
	}
}
