import { css, customElement, html, nothing, property } from '@umbraco-cms/backoffice/external/lit';
import { GovElement, govStyles } from '../shared/gov-element.js';
import { httpRequestsApi, type OutcomeOption, type RequestDetail, type RequestsApi } from './requests-api.js';
import './request-action-form.element.js';
import './answer-letter.element.js';

/** Back to the list. */
export const REQUEST_CLOSED = 'gov-request-closed';

/**
 * One request: applicant, 所需信息, 答复期限, the ledger's warnings and history (each event with its article), then
 * the actions its state allows and the 告知书 draft.
 */
@customElement('gov-request-detail')
export class GovRequestDetailElement extends GovElement {
	@property({ attribute: false }) api: RequestsApi = httpRequestsApi;
	@property({ attribute: false }) detail?: RequestDetail;
	@property({ attribute: false }) outcomes: OutcomeOption[] = [];

	#outcomeLabel(key: string) {
		return this.outcomes.find((o) => o.key === key)?.label ?? key;
	}

	override render() {
		const d = this.detail;
		if (!d) return nothing;
		return html`<uui-button look="secondary" compact label=${this.t('req_back')} @click=${() => this.dispatchEvent(new CustomEvent(REQUEST_CLOSED))}>← ${this.t('req_back')}</uui-button>
			<uui-box>
				<div slot="headline"><span class="number">${d.number}</span> <uui-tag look="secondary" data-state=${d.state}>${this.t('req_state_' + d.state)}</uui-tag></div>
				<dl>
					<dt>${this.t('req_applicant')}</dt>
					<dd>${d.applicant ? `${d.applicant.name}${d.applicant.organization ? `（${d.applicant.organization}）` : ''}` : this.t('req_erased')}</dd>
					${d.applicant ? html`<dt>${this.t('req_contact')}</dt><dd>${d.applicant.contact}</dd>` : nothing}
					<dt>${this.t('req_description')}</dt>
					<dd>${d.description ?? '—'}</dd>
					<dt>${this.t('req_deadline')}</dt>
					<dd data-deadline>
						${d.deadline ?? '—'}
						${d.overdue
							? html`<uui-tag color="danger" look="primary">${this.t('req_overdue')}</uui-tag>`
							: d.workingDaysLeft != null
								? `（${this.t('req_days_left')} ${d.workingDaysLeft}）`
								: ''}
					</dd>
				</dl>
				${d.warnings.map((w) => html`<p class="warning" role="status">${w}</p>`)}
				<h3 id="history">${this.t('req_history')}</h3>
				<ol class="history" aria-labelledby="history">
					${d.events.map(
						(e) => html`<li data-kind=${e.kind}>
							${e.date} ${this.t('req_kind_' + e.kind)} <small>（${e.article}）</small>${e.outcome ? html` — ${this.#outcomeLabel(e.outcome)}` : nothing}${e.note ? html` — ${e.note}` : nothing}
						</li>`,
					)}
				</ol>
			</uui-box>
			${d.allowedActions.length === 0 ? nothing : html`<gov-request-action-form .api=${this.api} .detail=${d} .outcomes=${this.outcomes}></gov-request-action-form>`}
			<gov-answer-letter .api=${this.api} number=${d.number} .outcomes=${this.outcomes}></gov-answer-letter>`;
	}

	static override styles = [
		govStyles,
		css`
			uui-box,
			gov-request-action-form,
			gov-answer-letter {
				display: block;
				margin-block-start: var(--uui-size-space-4);
			}
			dl {
				display: grid;
				grid-template-columns: max-content 1fr;
				gap: var(--uui-size-space-2) var(--uui-size-space-4);
				margin: 0;
			}
			dt {
				font-weight: 600;
			}
			dd {
				margin: 0;
			}
			.history small {
				color: var(--uui-color-text-alt);
			}
		`,
	];
}

export default GovRequestDetailElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-request-detail': GovRequestDetailElement;
	}
}
