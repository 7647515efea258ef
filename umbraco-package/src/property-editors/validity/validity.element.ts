import { customElement, html, property, state } from '@umbraco-cms/backoffice/external/lit';
import type { UmbPropertyEditorUiElement } from '@umbraco-cms/backoffice/property-editor';
import { GovElement, govStyles } from '../../shared/gov-element.js';
import { EVENT_KINDS, checkEvent, stateOn, timeline, type ValidityEventKind, type ValidityValue } from './validity.rules.js';


/** 有效性: dates, the current state as a text badge, a form to record a change (checked before it is added) and the timeline. */
@customElement('gov-validity-editor')
export class GovValidityEditorElement extends GovElement implements UmbPropertyEditorUiElement {
	@property({ attribute: false }) value?: ValidityValue;
	@property({ type: Boolean, reflect: true }) readonly = false;
	/** "Today" (yyyy-MM-dd); injectable for tests. */
	@property() today = new Date().toISOString().slice(0, 10);

	@state() private _kind: ValidityEventKind = 'revised';
	@state() private _date = '';
	@state() private _by = '';
	@state() private _newUntil = '';
	@state() private _error?: string;

	private get _v(): ValidityValue {
		return this.value ?? { history: [] };
	}

	#setDates(patch: Partial<ValidityValue>) {
		this.value = { ...this._v, ...patch };
		this.changed();
	}

	#add() {
		const by = this._by.trim();
		const event = {
			kind: this._kind,
			date: this._date,
			by: by ? (/[〔\[(（【]|令第/.test(by) ? { documentNumber: by } : { title: by }) : undefined,
			validUntil: this._kind === 'extended' ? this._newUntil : undefined,
		};
		const problem = checkEvent(this._v, event);
		this._error = problem ?? undefined;
		if (problem) return;
		this.value = { ...this._v, history: [...this._v.history, event] };
		this._date = '';
		this._by = '';
		this._newUntil = '';
		this.changed();
	}

	override render() {
		const v = this._v;
		const state = stateOn(v, this.today);
		return html`
			<fieldset>
				<legend>${this.t('validity_label')}：<span class="badge" data-state=${state}>${this.t('state_' + state)}</span></legend>
				<div class="row">
					<div>
						<label for="eff">${this.t('validity_effective')}</label>
						<input id="eff" type="date" ?readonly=${this.readonly} .value=${v.effectiveDate ?? ''} @change=${(e: Event) => this.#setDates({ effectiveDate: (e.target as HTMLInputElement).value || undefined })} />
					</div>
					<div>
						<label for="until">${this.t('validity_until')}</label>
						<input id="until" type="date" ?readonly=${this.readonly} .value=${v.validUntil ?? ''} @change=${(e: Event) => this.#setDates({ validUntil: (e.target as HTMLInputElement).value || undefined })} />
					</div>
				</div>
				${this.readonly
					? ''
					: html`<fieldset>
							<legend>${this.t('validity_add')}</legend>
							<div class="row">
								<div>
									<label for="kind">${this.t('validity_kind')}</label>
									<select id="kind" @change=${(e: Event) => (this._kind = (e.target as HTMLSelectElement).value as ValidityEventKind)}>
										${EVENT_KINDS.map(({ alias: k }) => html`<option value=${k} ?selected=${this._kind === k}>${this.t('event_' + k)}</option>`)}
									</select>
								</div>
								<div>
									<label for="date">${this.t('validity_date')}</label>
									<input id="date" type="date" .value=${this._date} @input=${(e: Event) => (this._date = (e.target as HTMLInputElement).value)} />
								</div>
								<div>
									<label for="by">${this.t('validity_by')}</label>
									<input id="by" .value=${this._by} @input=${(e: Event) => (this._by = (e.target as HTMLInputElement).value)} />
								</div>
								${this._kind === 'extended'
									? html`<div>
											<label for="newUntil">${this.t('validity_newUntil')}</label>
											<input id="newUntil" type="date" .value=${this._newUntil} @input=${(e: Event) => (this._newUntil = (e.target as HTMLInputElement).value)} />
										</div>`
									: ''}
								<button type="button" id="add" @click=${this.#add}>${this.t('validity_add')}</button>
							</div>
							${this._error ? html`<div class="error" role="alert" data-error=${this._error}>${this.t('validity_' + this._error)}</div>` : ''}
						</fieldset>`}
				<h4 id="tl">${this.t('validity_timeline')}</h4>
				<ol aria-labelledby="tl">
					${timeline(v).map((r) => html`<li data-event=${r.label}><span>${r.date}</span> ${this.t('event_' + r.label)}</li>`)}
				</ol>
			</fieldset>
		`;
	}

	static override styles = [govStyles];
}

export default GovValidityEditorElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-validity-editor': GovValidityEditorElement;
	}
}
