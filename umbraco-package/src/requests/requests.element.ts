import { css, customElement, html, nothing, property, state } from '@umbraco-cms/backoffice/external/lit';
import { GovElement, govStyles } from '../shared/gov-element.js';
import { httpRequestsApi, RequestApiError, type LetterDraft, type PaperRequest, type OutcomeOption, type RequestDetail, type RequestRow, type RequestsApi } from './requests-api.js';

/** Kinds whose form needs an outcome, working days or an end date. */
const NEEDS_OUTCOME = new Set(['Answered', 'Closed']);
const NEEDS_DAYS = new Set(['Extended']);
const NEEDS_UNTIL = new Set(['CorrectionRequested', 'ReasonablePeriodSet']);
const CLOSING = new Set(['OtherNoCorrection', 'OtherFeeUnpaid', 'Other']);

/**
 * 依申请公开办理台账: the list of requests (state, deadline, working days left; overdue filter), and one request's
 * history, the actions its state allows (each naming its 条例 article) and the 告知书 draft, editable before sending.
 */
@customElement('gov-requests')
export class GovRequestsElement extends GovElement {
	@property({ attribute: false }) api: RequestsApi = httpRequestsApi;

	@state() private _rows?: RequestRow[];
	@state() private _overdueOnly = false;
	@state() private _detail?: RequestDetail;
	@state() private _outcomes: OutcomeOption[] = [];
	@state() private _kind = '';
	@state() private _error?: { message: string; field?: string };
	@state() private _letter?: LetterDraft;
	@state() private _failed = false;
	@state() private _registering = false;
	@state() private _channel: PaperRequest['channel'] = 'InPerson';
	@state() private _receipt?: { number: string; queryCode?: string | null; receivedOn: string };

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
		} catch {
			this._failed = true;
		}
	}

	async #open(number: string) {
		this._error = undefined;
		this._letter = undefined;
		this._detail = await this.api.detail(number);
		this._kind = this._detail.allowedActions[0]?.kind ?? '';
	}

	#value(name: string): string {
		return (this.shadowRoot?.querySelector<HTMLInputElement>(`[name=${name}]`)?.value ?? '').trim();
	}

	async #record(e: Event) {
		e.preventDefault();
		const d = this._detail!;
		const action = {
			kind: this._kind,
			date: this.#value('date') || undefined,
			note: this.#value('note') || undefined,
			outcome: NEEDS_OUTCOME.has(this._kind) ? this.#value('outcome') : undefined,
			workingDays: NEEDS_DAYS.has(this._kind) ? Number(this.#value('workingDays')) : undefined,
			until: NEEDS_UNTIL.has(this._kind) ? this.#value('until') || undefined : undefined,
		};
		try {
			this._detail = await this.api.record(d.number, action);
			this._kind = this._detail.allowedActions[0]?.kind ?? '';
			this._error = undefined;
			void this.#load();
		} catch (x) {
			this.#fail(x);
		}
	}

	/** A refusal from the server (it names the field) or any other failure, shown in the alert. */
	#fail(x: unknown) {
		this._error = x instanceof RequestApiError ? { message: x.message, field: x.field } : { message: String(x) };
	}

	#invalid(field: string) {
		return this._error?.field === field ? 'true' : 'false';
	}

	#alert() {
		return this._error ? html`<p class="error" role="alert" data-field=${this._error.field ?? ''}>${this._error.message}</p>` : nothing;
	}

	async #register(e: Event) {
		e.preventDefault();
		const v = (n: string) => this.#value(n) || undefined;
		try {
			const r = await this.api.register({
				channel: this._channel,
				submittedOn: this.#value('submittedOn'),
				signedFor: this._channel === 'RegisteredPost' ? v('signedFor') : undefined,
				confirmed: this._channel === 'Letter' || this._channel === 'Fax' ? v('confirmed') : undefined,
				applicantType: this.#value('applicantType'),
				name: this.#value('name'),
				creditCode: v('creditCode'),
				contact: this.#value('contact'),
				address: v('address'),
				description: this.#value('description'),
			});
			this._receipt = r;
			this._registering = false;
			this._error = undefined;
			void this.#load();
		} catch (x) {
			this.#fail(x);
		}
	}

	#registerForm() {
		return html`<form class="register" @submit=${this.#register}>
			<h2>${this.t('req_register')}</h2>
			<label for="channel">${this.t('req_channel')}</label>
			<select id="channel" name="channel" @change=${(e: Event) => (this._channel = (e.target as HTMLSelectElement).value as PaperRequest['channel'])}>
				${(['InPerson', 'RegisteredPost', 'Letter', 'Fax'] as const).map((c) => html`<option value=${c} ?selected=${c === this._channel}>${this.t('req_channel_' + c)}</option>`)}
			</select>
			<label for="submittedOn">${this.t('req_submitted_on')}</label>
			<input id="submittedOn" name="submittedOn" type="date" required aria-invalid=${this.#invalid('submittedOn')} />
			${this._channel === 'RegisteredPost' ? html`<label for="signedFor">${this.t('req_signed_for')}</label><input id="signedFor" name="signedFor" type="date" aria-invalid=${this.#invalid('signedFor')} />` : nothing}
			${this._channel === 'Letter' || this._channel === 'Fax'
				? html`<label for="confirmed">${this.t('req_confirmed')}</label><input id="confirmed" name="confirmed" type="date" aria-invalid=${this.#invalid('confirmed')} />`
				: nothing}
			<label for="applicantType">${this.t('req_applicant_type')}</label>
			<select id="applicantType" name="applicantType">
				${['NaturalPerson', 'Commercial', 'Research', 'PublicInterest', 'LegalService', 'Other'].map((a) => html`<option value=${a}>${this.t('req_type_' + a)}</option>`)}
			</select>
			<label for="name">${this.t('req_applicant')}</label>
			<input id="name" name="name" maxlength="200" required aria-invalid=${this.#invalid('name')} />
			<label for="creditCode">${this.t('req_credit_code')}</label>
			<input id="creditCode" name="creditCode" maxlength="32" aria-invalid=${this.#invalid('creditCode')} />
			<label for="contact">${this.t('req_contact')}</label>
			<input id="contact" name="contact" maxlength="200" required aria-invalid=${this.#invalid('contact')} />
			<label for="address">${this.t('req_address')}</label>
			<input id="address" name="address" maxlength="200" />
			<label for="description">${this.t('req_description')}</label>
			<textarea id="description" name="description" maxlength="4000" required aria-invalid=${this.#invalid('description')}></textarea>
			<p><button type="submit">${this.t('req_record')}</button> <button type="button" @click=${() => (this._registering = false)}>${this.t('req_back')}</button></p>
		</form>`;
	}

	async #draft(e: Event) {
		e.preventDefault();
		try {
			this._letter = await this.api.letter(this._detail!.number, {
				outcome: this.#value('letterOutcome'),
				reason: this.#value('reason') || undefined,
				holdingAgency: this.#value('holdingAgency') || undefined,
			});
			this._error = undefined;
		} catch (x) {
			this.#fail(x);
		}
	}

	#download() {
		const text = this.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[name=letterBody]')!.value;
		const a = document.createElement('a');
		a.href = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
		a.download = `${this._detail!.number}-告知书.txt`;
		a.click();
		URL.revokeObjectURL(a.href);
	}

	#days(r: { workingDaysLeft?: number | null; overdue: boolean }) {
		if (r.overdue) return html`<span class="badge error">${this.t('req_overdue')}</span>`;
		return r.workingDaysLeft ?? '—';
	}

	#list() {
		if (this._failed) return html`<p class="error" role="alert">${this.t('req_error')}</p>`;
		if (!this._rows) return html`<p aria-busy="true">…</p>`;
		if (this._registering)
			return html`${this.#registerForm()}${this.#alert()}`;
		return html`${this._receipt
				? html`<p class="receipt" role="status">
						${this.t('req_registered')} ${this.t('req_number')}：<strong data-number>${this._receipt.number}</strong>
						${this._receipt.queryCode ? html`${this.t('req_query_code')}：<strong data-code>${this._receipt.queryCode}</strong>` : nothing}
						${this.t('req_received')}：${this._receipt.receivedOn}
					</p>`
				: nothing}
			<p>
				<button type="button" @click=${() => ((this._registering = true), (this._receipt = undefined), (this._error = undefined))}>${this.t('req_register')}</button>
			</p>
			<label class="inline"
				><input
					type="checkbox"
					name="overdueOnly"
					.checked=${this._overdueOnly}
					@change=${(e: Event) => {
						this._overdueOnly = (e.target as HTMLInputElement).checked;
						void this.#load();
					}}
				/>
				${this.t('req_overdue_only')}</label
			>
			${this._rows.length === 0
				? html`<p>${this.t('req_empty')}</p>`
				: html`<table>
						<thead>
							<tr>
								<th scope="col">${this.t('req_number')}</th>
								<th scope="col">${this.t('req_state')}</th>
								<th scope="col">${this.t('req_received')}</th>
								<th scope="col">${this.t('req_deadline')}</th>
								<th scope="col">${this.t('req_days_left')}</th>
							</tr>
						</thead>
						<tbody>
							${this._rows.map(
								(r) => html`<tr data-number=${r.number} class=${r.overdue ? 'overdue' : ''}>
									<td><button type="button" class="link" @click=${() => this.#open(r.number)}>${r.number}</button></td>
									<td>${this.t('req_state_' + r.state)}</td>
									<td>${r.receivedOn ?? '—'}</td>
									<td>${r.deadline ?? '—'}</td>
									<td>${this.#days(r)}</td>
								</tr>`,
							)}
						</tbody>
					</table>`}`;
	}

	#detail(d: RequestDetail) {
		return html`<p><button type="button" class="link" @click=${() => (this._detail = undefined)}>← ${this.t('req_back')}</button></p>
			<h2>${d.number} <span class="badge">${this.t('req_state_' + d.state)}</span></h2>
			<dl>
				<dt>${this.t('req_applicant')}</dt>
				<dd>${d.applicant ? `${d.applicant.name}${d.applicant.organization ? `（${d.applicant.organization}）` : ''}` : this.t('req_erased')}</dd>
				${d.applicant ? html`<dt>${this.t('req_contact')}</dt><dd>${d.applicant.contact}</dd>` : nothing}
				<dt>${this.t('req_description')}</dt>
				<dd>${d.description ?? '—'}</dd>
				<dt>${this.t('req_deadline')}</dt>
				<dd data-deadline>${d.deadline ?? '—'} ${d.overdue ? html`<span class="badge error">${this.t('req_overdue')}</span>` : d.workingDaysLeft != null ? `（${this.t('req_days_left')} ${d.workingDaysLeft}）` : ''}</dd>
			</dl>
			${d.warnings.map((w) => html`<p class="warning" role="status">${w}</p>`)}
			<h3>${this.t('req_history')}</h3>
			<ol class="history">
				${d.events.map(
					(e) => html`<li data-kind=${e.kind}>
						${e.date} ${this.t('req_kind_' + e.kind)} <small>（${e.article}）</small>${e.outcome ? html` — ${this._outcomes.find((o) => o.key === e.outcome)?.label ?? e.outcome}` : nothing}${e.note ? html` — ${e.note}` : nothing}
					</li>`,
				)}
			</ol>
			${d.allowedActions.length === 0
				? nothing
				: html`<form class="action" @submit=${this.#record}>
						<h3>${this.t('req_actions')}</h3>
						<label for="kind">${this.t('req_action')}</label>
						<select id="kind" name="kind" @change=${(e: Event) => (this._kind = (e.target as HTMLSelectElement).value)}>
							${d.allowedActions.map((a) => html`<option value=${a.kind} ?selected=${a.kind === this._kind}>${this.t('req_kind_' + a.kind)}（${a.article}）</option>`)}
						</select>
						<label for="date">${this.t('req_date')}</label>
						<input id="date" name="date" type="date" aria-invalid=${this.#invalid('date')} />
						${NEEDS_OUTCOME.has(this._kind)
							? html`<label for="outcome">${this.t('req_outcome')}</label>
									<select id="outcome" name="outcome" aria-invalid=${this.#invalid('outcome')}>
										${this._outcomes
											.filter((o) => (this._kind === 'Closed' ? CLOSING.has(o.key) : !CLOSING.has(o.key) || o.key === 'Other'))
											.map((o) => html`<option value=${o.key}>${o.label}</option>`)}
									</select>`
							: nothing}
						${NEEDS_DAYS.has(this._kind)
							? html`<label for="workingDays">${this.t('req_working_days')}</label><input id="workingDays" name="workingDays" type="number" min="1" max="20" value="20" />`
							: nothing}
						${NEEDS_UNTIL.has(this._kind) ? html`<label for="until">${this.t('req_until')}</label><input id="until" name="until" type="date" />` : nothing}
						<label for="note">${this.t('req_note')}</label>
						<textarea id="note" name="note" maxlength="2000"></textarea>
						<p><button type="submit">${this.t('req_record')}</button></p>
					</form>`}
			${this.#alert()}
			<form class="letter" @submit=${this.#draft}>
				<h3>${this.t('req_letter')}</h3>
				<label for="letterOutcome">${this.t('req_outcome')}</label>
				<select id="letterOutcome" name="letterOutcome">
					${this._outcomes.map((o) => html`<option value=${o.key}>${o.label}</option>`)}
				</select>
				<label for="reason">${this.t('req_reason')}</label>
				<input id="reason" name="reason" maxlength="500" aria-invalid=${this.#invalid('reason')} />
				<label for="holdingAgency">${this.t('req_holding')}</label>
				<input id="holdingAgency" name="holdingAgency" maxlength="200" />
				<p><button type="submit">${this.t('req_draft')}</button></p>
			</form>
			${this._letter
				? html`<section class="draft" aria-label=${this._letter.title}>
						<h4>${this._letter.title}</h4>
						<p class="hint">${this.t('req_letter_hint')}</p>
						<textarea name="letterBody" rows="16" .value=${this._letter.body}></textarea>
						<p><button type="button" @click=${this.#download}>${this.t('req_download')}</button></p>
					</section>`
				: nothing}`;
	}

	override render() {
		return html`<h1>${this.t('req_title')}</h1>
			${this._detail ? this.#detail(this._detail) : this.#list()}`;
	}

	static override styles = [
		govStyles,
		css`
			.badge {
				display: inline-block;
				border: 1px solid currentColor;
				border-radius: 3px;
				padding: 0 6px;
				font-size: 0.85em;
			}
			label {
				display: block;
				font-weight: 600;
				margin: 6px 0 2px;
			}
			table {
				border-collapse: collapse;
				width: 100%;
			}
			th,
			td {
				border-bottom: 1px solid #d8d7d9;
				padding: 4px 8px;
				text-align: left;
			}
			tr.overdue td:first-child {
				border-left: 4px solid #b00020;
			}
			button.link {
				border: none;
				background: none;
				color: #1b264f;
				text-decoration: underline;
				padding: 0;
			}
			label.inline {
				display: inline-flex;
				gap: 4px;
				font-weight: normal;
			}
			dt {
				font-weight: 600;
			}
			.history small {
				color: #444;
			}
		`,
	];
}

export default GovRequestsElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-requests': GovRequestsElement;
	}
}
