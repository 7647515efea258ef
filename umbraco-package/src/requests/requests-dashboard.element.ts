import { css, customElement, html, nothing, property, state } from '@umbraco-cms/backoffice/external/lit';
import { GovElement, govStyles } from '../shared/gov-element.js';
import { GovApiError } from '../shared/api.js';
import { httpRequestsApi, type OutcomeOption, type RequestDetail, type RequestRow, type RequestsApi } from './requests-api.js';
import './request-list.element.js';
import './request-detail.element.js';
import './paper-request-form.element.js';

type Receipt = { number: string; queryCode?: string | null; receivedOn: string };

/**
 * 依申请公开办理台账 (dashboard `Gov.Dashboard.Requests`): the list of requests, one request's detail, or the form
 * registering a request handed in, posted or faxed. Holds what they share: the API, the list and the outcome types.
 */
@customElement('gov-requests-dashboard')
export class GovRequestsDashboardElement extends GovElement {
	@property({ attribute: false }) api: RequestsApi = httpRequestsApi;

	@state() private _rows?: RequestRow[];
	@state() private _overdueOnly = false;
	@state() private _failed = false;
	/** The register is paused on this server (503 `unavailable`): the server's reason, shown instead of the register. */
	@state() private _unavailable?: GovApiError;
	@state() private _detail?: RequestDetail;
	@state() private _outcomes: OutcomeOption[] = [];
	@state() private _registering = false;
	@state() private _receipt?: Receipt;

	override connectedCallback() {
		super.connectedCallback();
		void this.#load();
		this.api.outcomes().then(
			(o) => (this._outcomes = o),
			() => undefined,
		);
	}

	async #load() {
		try {
			this._rows = (await this.api.list(this._overdueOnly)).items;
			this._failed = false;
			this._unavailable = undefined;
		} catch (err) {
			if (err instanceof GovApiError && err.unavailable) this._unavailable = err;
			else this._failed = true;
		}
	}

	async #open(number: string) {
		try {
			this._detail = await this.api.detail(number);
		} catch (err) {
			if (err instanceof GovApiError && err.unavailable) this._unavailable = err;
			else throw err;
		}
	}

	#notice(err: GovApiError) {
		return html`<uui-box id="unavailable" headline=${this.t('req_unavailable')} headline-variant="h2">
			<p role="status" data-code=${err.code ?? ''} data-field=${err.field ?? ''}>${err.messageIn(this.localize.lang())}</p>
		</uui-box>`;
	}

	#filter(overdueOnly: boolean) {
		this._overdueOnly = overdueOnly;
		void this.#load();
	}

	#updated(detail: RequestDetail) {
		this._detail = detail;
		void this.#load();
	}

	#registered(receipt: Receipt) {
		this._receipt = receipt;
		this._registering = false;
		void this.#load();
	}

	#startRegistering() {
		this._registering = true;
		this._receipt = undefined;
	}

	#list() {
		if (this._failed) return html`<p class="error" role="alert">${this.t('req_error')}</p>`;
		if (!this._rows) return html`<p aria-busy="true">…</p>`;
		if (this._registering)
			return html`<gov-paper-request-form
				.api=${this.api}
				@gov-request-registered=${(e: CustomEvent<Receipt>) => this.#registered(e.detail)}
				@gov-register-cancelled=${() => (this._registering = false)}></gov-paper-request-form>`;
		const r = this._receipt;
		return html`${r
				? html`<p class="receipt ok" role="status">
						${this.t('req_registered')} ${this.t('req_number')}：<strong data-number>${r.number}</strong>
						${r.queryCode ? html`${this.t('req_query_code')}：<strong data-code>${r.queryCode}</strong>` : nothing}
						${this.t('req_received')}：${r.receivedOn}
					</p>`
				: nothing}
			<uui-button id="register" look="primary" label=${this.t('req_register')} @click=${this.#startRegistering}></uui-button>
			<gov-request-list
				.rows=${this._rows}
				?overdue-only=${this._overdueOnly}
				@gov-overdue-filter=${(e: CustomEvent<boolean>) => this.#filter(e.detail)}
				@gov-request-open=${(e: CustomEvent<string>) => this.#open(e.detail)}></gov-request-list>`;
	}

	override render() {
		if (this._unavailable) return html`<h1>${this.t('req_title')}</h1>${this.#notice(this._unavailable)}`;
		return html`<h1>${this.t('req_title')}</h1>
			${this._detail
				? html`<gov-request-detail
						.api=${this.api}
						.detail=${this._detail}
						.outcomes=${this._outcomes}
						@gov-request-updated=${(e: CustomEvent<RequestDetail>) => this.#updated(e.detail)}
						@gov-request-closed=${() => (this._detail = undefined)}></gov-request-detail>`
				: this.#list()}`;
	}

	static override styles = [
		govStyles,
		css`
			:host {
				padding: var(--uui-size-layout-1);
			}
			#unavailable {
				border-inline-start: var(--uui-size-2) solid var(--uui-color-warning);
			}
		`,
	];
}

export default GovRequestsDashboardElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-requests-dashboard': GovRequestsDashboardElement;
	}
}
