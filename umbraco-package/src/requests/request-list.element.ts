import { css, customElement, html, property } from '@umbraco-cms/backoffice/external/lit';
import { GovElement, govStyles } from '../shared/gov-element.js';
import type { RequestRow } from './requests-api.js';

/** Asks to open one request (detail: its number). */
export const REQUEST_OPEN = 'gov-request-open';
/** The 仅显示逾期 filter changed (detail: whether only overdue requests are wanted). */
export const OVERDUE_FILTER = 'gov-overdue-filter';

/** The register's list: state, 收到申请之日, 答复期限 and working days left per request; overdue ones marked. */
@customElement('gov-request-list')
export class GovRequestListElement extends GovElement {
	@property({ attribute: false }) rows: RequestRow[] = [];
	@property({ type: Boolean, attribute: 'overdue-only' }) overdueOnly = false;

	#filter(e: Event) {
		this.dispatchEvent(new CustomEvent(OVERDUE_FILTER, { detail: (e.target as HTMLInputElement).checked }));
	}

	#open(number: string) {
		this.dispatchEvent(new CustomEvent(REQUEST_OPEN, { detail: number }));
	}

	#days(r: RequestRow) {
		if (r.overdue) return html`<uui-tag color="danger" look="primary">${this.t('req_overdue')}</uui-tag>`;
		return r.workingDaysLeft ?? '—';
	}

	override render() {
		return html`<uui-toggle name="overdueOnly" label=${this.t('req_overdue_only')} .checked=${this.overdueOnly} @change=${this.#filter}></uui-toggle>
			${this.rows.length === 0
				? html`<p>${this.t('req_empty')}</p>`
				: html`<uui-table aria-label=${this.t('req_title')}>
						<uui-table-head>
							<uui-table-head-cell>${this.t('req_number')}</uui-table-head-cell>
							<uui-table-head-cell>${this.t('req_state')}</uui-table-head-cell>
							<uui-table-head-cell>${this.t('req_received')}</uui-table-head-cell>
							<uui-table-head-cell>${this.t('req_deadline')}</uui-table-head-cell>
							<uui-table-head-cell>${this.t('req_days_left')}</uui-table-head-cell>
						</uui-table-head>
						${this.rows.map(
							(r) => html`<uui-table-row data-number=${r.number} class=${r.overdue ? 'overdue' : ''}>
								<uui-table-cell><uui-button look="outline" compact label=${r.number} @click=${() => this.#open(r.number)}>${r.number}</uui-button></uui-table-cell>
								<uui-table-cell>${this.t('req_state_' + r.state)}</uui-table-cell>
								<uui-table-cell>${r.receivedOn ?? '—'}</uui-table-cell>
								<uui-table-cell>${r.deadline ?? '—'}</uui-table-cell>
								<uui-table-cell>${this.#days(r)}</uui-table-cell>
							</uui-table-row>`,
						)}
					</uui-table>`}`;
	}

	static override styles = [
		govStyles,
		css`
			uui-toggle {
				margin-block: var(--uui-size-space-3);
			}
			uui-table-row.overdue uui-table-cell:first-child {
				border-inline-start: var(--uui-size-1) solid var(--uui-color-danger);
			}
		`,
	];
}

export default GovRequestListElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-request-list': GovRequestListElement;
	}
}
