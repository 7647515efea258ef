import { css, customElement, html, nothing, property, state, type PropertyValues } from '@umbraco-cms/backoffice/external/lit';
import { GovRequestFormElement, valueOf } from './request-form-base.js';
import type { LetterDraft, OutcomeOption } from './requests-api.js';

/** The 告知书: a draft per outcome from the server, editable here before it is downloaded and sent. */
@customElement('gov-answer-letter')
export class GovAnswerLetterElement extends GovRequestFormElement {
	/** The request's number (申请编号). */
	@property() number = '';
	@property({ attribute: false }) outcomes: OutcomeOption[] = [];

	@state() private _outcome = '';
	@state() private _reason = '';
	@state() private _holdingAgency = '';
	@state() private _letter?: LetterDraft;
	/** The draft's text as edited. */
	@state() private _body = '';

	protected override willUpdate(changed: PropertyValues<this>) {
		if (changed.has('number')) {
			this._letter = undefined;
			this._body = this._outcome = this._reason = this._holdingAgency = '';
			this._error = undefined;
		}
	}

	/** The chosen outcome, or the first offered (what the select shows until one is chosen). */
	#outcome(): string {
		return this.outcomes.some((o) => o.key === this._outcome) ? this._outcome : (this.outcomes[0]?.key ?? '');
	}

	async #draft(e: Event) {
		e.preventDefault();
		try {
			const letter = await this.api.letter(this.number, {
				outcome: this.#outcome(),
				reason: this._reason.trim() || undefined,
				holdingAgency: this._holdingAgency.trim() || undefined,
			});
			this._letter = letter;
			this._body = letter.body;
			this._error = undefined;
		} catch (x) {
			this.fail(x);
		}
	}

	#download() {
		const a = document.createElement('a');
		a.href = URL.createObjectURL(new Blob([this._body], { type: 'text/plain;charset=utf-8' }));
		a.download = `${this.number}-告知书.txt`;
		a.click();
		URL.revokeObjectURL(a.href);
	}

	override render() {
		const outcome = this.#outcome();
		return html`<uui-box headline=${this.t('req_letter')}>
			<form class="letter" @submit=${this.#draft} @input=${this.edited} @change=${this.edited}>
				<div class="grid">
					<div class="field">
						<label for="letterOutcome">${this.t('req_outcome')}</label>
						<uui-select
							id="letterOutcome"
							name="letterOutcome"
							label=${this.t('req_outcome')}
							?error=${this.isInvalid('outcome')} error-message=${this.errorMessage}
							aria-invalid=${this.invalid('outcome')}
							.options=${this.outcomes.map((o) => ({ name: o.label, value: o.key, selected: o.key === outcome }))}
							@change=${(e: Event) => (this._outcome = valueOf(e))}></uui-select>
					</div>
					<div class="field">
						<label for="reason">${this.t('req_reason')}</label>
						<uui-input id="reason" name="reason" maxlength="500" label=${this.t('req_reason')} .value=${this._reason} ?error=${this.isInvalid('reason')} error-message=${this.errorMessage} aria-invalid=${this.invalid('reason')} @input=${(e: Event) => (this._reason = valueOf(e))}></uui-input>
					</div>
					<div class="field">
						<label for="holdingAgency">${this.t('req_holding')}</label>
						<uui-input id="holdingAgency" name="holdingAgency" maxlength="200" label=${this.t('req_holding')} .value=${this._holdingAgency} ?error=${this.isInvalid('holdingAgency')} error-message=${this.errorMessage} aria-invalid=${this.invalid('holdingAgency')} @input=${(e: Event) => (this._holdingAgency = valueOf(e))}></uui-input>
					</div>
				</div>
				<div class="actions"><uui-button type="submit" look="secondary" label=${this.t('req_draft')}></uui-button></div>
			</form>
			${this.alert()}
			${this._letter
				? html`<section class="draft" aria-labelledby="letter-title">
						<h4 id="letter-title">${this._letter.title}</h4>
						<p class="hint">${this.t('req_letter_hint')}</p>
						<uui-textarea name="letterBody" rows="16" label=${this._letter.title} .value=${this._body} @input=${(e: Event) => (this._body = valueOf(e))}></uui-textarea>
						<div class="actions"><uui-button look="primary" label=${this.t('req_download')} @click=${this.#download}></uui-button></div>
					</section>`
				: nothing}
		</uui-box>`;
	}

	static override styles = [
		...GovRequestFormElement.styles,
		css`
			.hint {
				color: var(--uui-color-text-alt);
			}
		`,
	];
}

export default GovAnswerLetterElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-answer-letter': GovAnswerLetterElement;
	}
}
