import { customElement, html, nothing, property, state, type PropertyValues } from '@umbraco-cms/backoffice/external/lit';
import { GovRequestFormElement, valueOf } from './request-form-base.js';
import type { OutcomeOption, RequestAction, RequestDetail } from './requests-api.js';

/** Kinds whose form needs an outcome, working days or an end date. */
const NEEDS_OUTCOME = new Set(['Answered', 'Closed']);
const NEEDS_DAYS = new Set(['Extended']);
const NEEDS_UNTIL = new Set(['CorrectionRequested', 'ReasonablePeriodSet']);
const CLOSING = new Set(['OtherNoCorrection', 'OtherFeeUnpaid', 'Other']);
/** 行政复议/行政诉讼: which one (the annual report's part 四 groups) and, when decided, how it ended. */
const NEEDS_PROCEEDING = new Set(['ReviewOrLitigation', 'ProceedingDecided']);
const NEEDS_RESULT = new Set(['ProceedingDecided']);
const PROCEEDINGS = ['Review', 'LitigationDirect', 'LitigationAfterReview'];
const RESULTS = ['Upheld', 'Corrected', 'Other'];

/** The ledger accepted an action (detail: the request as it now stands). */
export const REQUEST_UPDATED = 'gov-request-updated';

/** Records one of the actions the request's state allows, each labelled with its 条例 article. */
@customElement('gov-request-action-form')
export class GovRequestActionFormElement extends GovRequestFormElement {
	@property({ attribute: false }) detail?: RequestDetail;
	@property({ attribute: false }) outcomes: OutcomeOption[] = [];

	@state() private _kind = '';
	@state() private _date = '';
	@state() private _note = '';
	@state() private _outcome = '';
	@state() private _workingDays = '20';
	@state() private _until = '';
	@state() private _proceeding = PROCEEDINGS[0];
	@state() private _result = RESULTS[0];

	protected override willUpdate(changed: PropertyValues<this>) {
		// Another request, or the same one after an action: start again from the first action its state allows.
		if (changed.has('detail')) this.#reset();
	}

	#reset() {
		this._kind = this.detail?.allowedActions[0]?.kind ?? '';
		this._date = this._note = this._outcome = this._until = '';
		this._workingDays = '20';
	}

	/** Outcomes that fit the action: 终止办理 takes the closing outcomes; 作出答复 the others (and 其他处理). */
	#outcomeOptions(): OutcomeOption[] {
		return this.outcomes.filter((o) => (this._kind === 'Closed' ? CLOSING.has(o.key) : !CLOSING.has(o.key) || o.key === 'Other'));
	}

	/** The chosen outcome, or the first offered (what the select shows until one is chosen). */
	#outcome(): string {
		const options = this.#outcomeOptions();
		return options.some((o) => o.key === this._outcome) ? this._outcome : (options[0]?.key ?? '');
	}

	async #record(e: Event) {
		e.preventDefault();
		const d = this.detail;
		if (!d) return;
		const kind = this._kind;
		const action: RequestAction = {
			kind,
			date: this._date.trim() || undefined,
			note: this._note.trim() || undefined,
			outcome: NEEDS_OUTCOME.has(kind) ? this.#outcome() : undefined,
			workingDays: NEEDS_DAYS.has(kind) ? Number(this._workingDays.trim()) : undefined,
			until: NEEDS_UNTIL.has(kind) ? this._until.trim() || undefined : undefined,
			proceeding: NEEDS_PROCEEDING.has(kind) ? this._proceeding : undefined,
			proceedingResult: NEEDS_RESULT.has(kind) ? this._result : undefined,
		};
		try {
			const updated = await this.api.record(d.number, action);
			this._error = undefined;
			this.dispatchEvent(new CustomEvent(REQUEST_UPDATED, { detail: updated, bubbles: true, composed: true }));
		} catch (x) {
			this.fail(x);
		}
	}

	override render() {
		const d = this.detail;
		if (!d || d.allowedActions.length === 0) return nothing;
		const outcome = this.#outcome();
		return html`<uui-box headline=${this.t('req_actions')}>
			<form class="action" @submit=${this.#record} @input=${this.edited} @change=${this.edited}>
				<div class="grid">
					<div class="field">
						<label for="kind">${this.t('req_action')}</label>
						<uui-select
							id="kind"
							name="kind"
							label=${this.t('req_action')}
							.options=${d.allowedActions.map((a) => ({ name: `${this.t('req_kind_' + a.kind)}（${a.article}）`, value: a.kind, selected: a.kind === this._kind }))}
							@change=${(e: Event) => (this._kind = valueOf(e))}></uui-select>
					</div>
					<div class="field">
						<label for="date">${this.t('req_date')}</label>
						<uui-input id="date" name="date" type="date" label=${this.t('req_date')} .value=${this._date} ?error=${this.isInvalid('date')} error-message=${this.errorMessage} aria-invalid=${this.invalid('date')} @input=${(e: Event) => (this._date = valueOf(e))}></uui-input>
					</div>
					${NEEDS_OUTCOME.has(this._kind)
						? html`<div class="field">
								<label for="outcome">${this.t('req_outcome')}</label>
								<uui-select
									id="outcome"
									name="outcome"
									label=${this.t('req_outcome')}
									?error=${this.isInvalid('outcome')} error-message=${this.errorMessage}
									aria-invalid=${this.invalid('outcome')}
									.options=${this.#outcomeOptions().map((o) => ({ name: o.label, value: o.key, selected: o.key === outcome }))}
									@change=${(e: Event) => (this._outcome = valueOf(e))}></uui-select>
							</div>`
						: nothing}
					${NEEDS_DAYS.has(this._kind)
						? html`<div class="field">
								<label for="workingDays">${this.t('req_working_days')}</label>
								<uui-input id="workingDays" name="workingDays" type="number" min="1" max="20" label=${this.t('req_working_days')} .value=${this._workingDays} ?error=${this.isInvalid('workingDays')} error-message=${this.errorMessage} aria-invalid=${this.invalid('workingDays')} @input=${(e: Event) => (this._workingDays = valueOf(e))}></uui-input>
							</div>`
						: nothing}
					${NEEDS_UNTIL.has(this._kind)
						? html`<div class="field">
								<label for="until">${this.t('req_until')}</label>
								<uui-input id="until" name="until" type="date" label=${this.t('req_until')} .value=${this._until} ?error=${this.isInvalid('until')} error-message=${this.errorMessage} aria-invalid=${this.invalid('until')} @input=${(e: Event) => (this._until = valueOf(e))}></uui-input>
							</div>`
						: nothing}
					${NEEDS_PROCEEDING.has(this._kind)
						? html`<div class="field">
								<label for="proceeding">${this.t('req_proceeding')}</label>
								<uui-select
									id="proceeding"
									name="proceeding"
									label=${this.t('req_proceeding')}
									.options=${PROCEEDINGS.map((p) => ({ name: this.t('req_proceeding_' + p), value: p, selected: p === this._proceeding }))}
									@change=${(e: Event) => (this._proceeding = valueOf(e))}></uui-select>
							</div>`
						: nothing}
					${NEEDS_RESULT.has(this._kind)
						? html`<div class="field">
								<label for="proceedingResult">${this.t('req_proceeding_result')}</label>
								<uui-select
									id="proceedingResult"
									name="proceedingResult"
									label=${this.t('req_proceeding_result')}
									.options=${RESULTS.map((r) => ({ name: this.t('req_result_' + r), value: r, selected: r === this._result }))}
									@change=${(e: Event) => (this._result = valueOf(e))}></uui-select>
							</div>`
						: nothing}
					<div class="field full">
						<label for="note">${this.t('req_note')}</label>
						<uui-textarea id="note" name="note" maxlength="2000" label=${this.t('req_note')} .value=${this._note} @input=${(e: Event) => (this._note = valueOf(e))}></uui-textarea>
					</div>
				</div>
				<div class="actions"><uui-button type="submit" look="primary" label=${this.t('req_record')}></uui-button></div>
			</form>
			${this.alert()}
		</uui-box>`;
	}
}

export default GovRequestActionFormElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-request-action-form': GovRequestActionFormElement;
	}
}
