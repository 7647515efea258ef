import { customElement, html, property, state } from '@umbraco-cms/backoffice/external/lit';
import type { UmbPropertyEditorUiElement } from '@umbraco-cms/backoffice/property-editor';
import { UmbFormControlMixin } from '@umbraco-cms/backoffice/validation';
import { GovElement, govStyles } from '../../shared/gov-element.js';
import { findTerm } from '../../shared/vocabulary.js';
import { EVENT_KINDS, checkEvent, stateOn, timeline, type ValidityEventKind, type ValidityValue } from './validity.rules.js';


/** 有效性: dates, the current state as a text badge, a form to record a change (checked before it is added) and the timeline. */
@customElement('gov-validity-editor')
export class GovValidityEditorElement
	extends UmbFormControlMixin<ValidityValue | undefined, typeof GovElement, undefined>(GovElement, undefined)
	implements UmbPropertyEditorUiElement
{
	@property({ type: Boolean, reflect: true }) readonly = false;
	@property({ type: Boolean }) mandatory = false;
	/** "Today" (yyyy-MM-dd); injectable for tests. */
	@property() today = new Date().toISOString().slice(0, 10);

	@state() private _kind: ValidityEventKind = 'revised';
	@state() private _date = '';
	@state() private _by = '';
	@state() private _newUntil = '';
	@state() private _error?: string;

	constructor() {
		super();
		this.addValidator('valueMissing', () => this.t('validity_effective'), () => this.mandatory && !this.value?.effectiveDate);
	}

	/** A state or event name from the generated vocabulary; periodEnded (nobody records it) is a localization key. */
	#name(vocabulary: 'validityState' | 'validityEvent', alias: string) {
		const term = findTerm(vocabulary, alias);
		return term ? this.termName(term) : this.t('event_' + alias);
	}

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
		// Nothing recorded (no value, or dates and history all empty): say so rather than show a state nobody set.
		const recorded = !!(v.effectiveDate || v.validUntil || v.history.length > 0);
		const state = stateOn(v, this.today);
		return html`
			<uui-box>
				<div slot="headline">
					${this.t('validity_label')}：${recorded
						? html`<uui-tag data-state=${state} color=${state === 'inForce' ? 'positive' : state === 'notYetEffective' || state === 'revised' ? 'default' : 'danger'}>${this.#name('validityState', state)}</uui-tag>`
						: html`<uui-tag data-state="unset" look="placeholder">${this.t('validity_unset')}</uui-tag>`}
				</div>
				<div class="row">
					<div>
						<label for="eff">${this.t('validity_effective')}</label>
						<uui-input id="eff" type="date" label=${this.t('validity_effective')} ?readonly=${this.readonly} .value=${v.effectiveDate ?? ''} @change=${(e: Event) => this.#setDates({ effectiveDate: (e.target as HTMLInputElement).value || undefined })}></uui-input>
					</div>
					<div>
						<label for="until">${this.t('validity_until')}</label>
						<uui-input id="until" type="date" label=${this.t('validity_until')} ?readonly=${this.readonly} .value=${v.validUntil ?? ''} @change=${(e: Event) => this.#setDates({ validUntil: (e.target as HTMLInputElement).value || undefined })}></uui-input>
					</div>
				</div>
				${this.readonly
					? ''
					: html`<uui-box headline=${this.t('validity_add')}>
							<div class="row">
								<div>
									<label for="kind">${this.t('validity_kind')}</label>
									<uui-select
										id="kind"
										label=${this.t('validity_kind')}
										.options=${EVENT_KINDS.map((k) => ({ name: this.termName(k), value: k.alias, selected: this._kind === k.alias }))}
										@change=${(e: Event) => (this._kind = (e.target as HTMLSelectElement).value as ValidityEventKind)}></uui-select>
								</div>
								<div>
									<label for="date">${this.t('validity_date')}</label>
									<uui-input id="date" type="date" label=${this.t('validity_date')} .value=${this._date} @input=${(e: Event) => (this._date = (e.target as HTMLInputElement).value)}></uui-input>
								</div>
								<div>
									<label for="by">${this.t('validity_by')}</label>
									<uui-input id="by" label=${this.t('validity_by')} .value=${this._by} @input=${(e: Event) => (this._by = (e.target as HTMLInputElement).value)}></uui-input>
								</div>
								${this._kind === 'extended'
									? html`<div>
											<label for="newUntil">${this.t('validity_newUntil')}</label>
											<uui-input id="newUntil" type="date" label=${this.t('validity_newUntil')} .value=${this._newUntil} @input=${(e: Event) => (this._newUntil = (e.target as HTMLInputElement).value)}></uui-input>
										</div>`
									: ''}
								<uui-button id="add" look="secondary" label=${this.t('validity_add')} @click=${this.#add}></uui-button>
							</div>
							${this._error ? html`<div class="error" role="alert" data-error=${this._error}>${this.t('validity_' + this._error)}</div>` : ''}
						</uui-box>`}
				<h4 id="tl">${this.t('validity_timeline')}</h4>
				<ol aria-labelledby="tl">
					${timeline(v).map((r) => html`<li data-event=${r.label}><span>${r.date}</span> ${this.#name('validityEvent', r.label)}</li>`)}
				</ol>
			</uui-box>
		`;
	}

	static override styles = govStyles;
}

export default GovValidityEditorElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-validity-editor': GovValidityEditorElement;
	}
}
