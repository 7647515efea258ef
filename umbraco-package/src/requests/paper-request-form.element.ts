import { customElement, html, nothing, state } from '@umbraco-cms/backoffice/external/lit';
import { GovRequestFormElement, valueOf } from './request-form-base.js';
import type { PaperRequest } from './requests-api.js';
import { termsOf } from '../shared/vocabulary.js';

const CHANNELS: PaperRequest['channel'][] = ['InPerson', 'RegisteredPost', 'Letter', 'Fax'];
/** 申请人类型 and 证件类型 come from Core's vocabularies (generated), never a list of our own. */
const APPLICANT_TYPES = termsOf('applicantType');
const ID_TYPES = termsOf('idDocumentType');
const NATURAL_PERSON = APPLICANT_TYPES[0].alias;

/** The register accepted a request (detail: its number, query code and 收到申请之日). */
export const REQUEST_REGISTERED = 'gov-request-registered';
/** The clerk left the form without registering. */
export const REGISTER_CANCELLED = 'gov-register-cancelled';

type Text = 'submittedOn' | 'signedFor' | 'confirmed' | 'name' | 'idNumber' | 'creditCode' | 'contact' | 'address' | 'description';

/**
 * 登记来信来访申请: a request handed in, posted or faxed. The channel decides which date the ledger counts from
 * (签收日期 for registered post, the date confirmed with the applicant for letters and faxes; 第三十一条).
 */
@customElement('gov-paper-request-form')
export class GovPaperRequestFormElement extends GovRequestFormElement {
	@state() private _channel: PaperRequest['channel'] = 'InPerson';
	@state() private _applicantType = NATURAL_PERSON;
	@state() private _idType = ID_TYPES[0].alias;
	@state() private _values: Record<Text, string> = { submittedOn: '', signedFor: '', confirmed: '', name: '', idNumber: '', creditCode: '', contact: '', address: '', description: '' };

	#set(field: Text) {
		return (e: Event) => (this._values = { ...this._values, [field]: valueOf(e) });
	}

	async #register(e: Event) {
		e.preventDefault();
		const v = (n: Text) => this._values[n].trim();
		const opt = (n: Text) => v(n) || undefined;
		const channel = this._channel;
		try {
			const receipt = await this.api.register({
				channel,
				submittedOn: v('submittedOn'),
				signedFor: channel === 'RegisteredPost' ? opt('signedFor') : undefined,
				confirmed: channel === 'Letter' || channel === 'Fax' ? opt('confirmed') : undefined,
				applicantType: this._applicantType,
				name: v('name'),
				idType: this._applicantType === NATURAL_PERSON ? this._idType : undefined,
				idNumber: this._applicantType === NATURAL_PERSON ? opt('idNumber') : undefined,
				creditCode: this._applicantType === NATURAL_PERSON ? undefined : opt('creditCode'),
				contact: v('contact'),
				address: opt('address'),
				description: v('description'),
			});
			this._error = undefined;
			this.dispatchEvent(new CustomEvent(REQUEST_REGISTERED, { detail: receipt }));
		} catch (x) {
			this.fail(x);
		}
	}

	/** A text field bound to `_values[field]`, marked when the server's refusal names it. */
	#input(field: Text, label: string, attrs: { type?: string; maxlength?: number; required?: boolean } = {}) {
		return html`<div class="field">
			<label for=${field}>${this.t(label)}</label>
			<uui-input
				id=${field}
				name=${field}
				type=${attrs.type ?? 'text'}
				maxlength=${attrs.maxlength ?? nothing}
				?required=${attrs.required}
				label=${this.t(label)}
				.value=${this._values[field]}
				?error=${this.isInvalid(field)} error-message=${this.errorMessage}
				aria-invalid=${this.invalid(field)}
				@input=${this.#set(field)}></uui-input>
		</div>`;
	}

	override render() {
		const c = this._channel;
		return html`<uui-box headline=${this.t('req_register')}>
			<form class="register" @submit=${this.#register} @input=${this.edited} @change=${this.edited}>
				<div class="grid">
					<div class="field">
						<label for="channel">${this.t('req_channel')}</label>
						<uui-select
							id="channel"
							name="channel"
							label=${this.t('req_channel')}
							.options=${CHANNELS.map((x) => ({ name: this.t('req_channel_' + x), value: x, selected: x === c }))}
							@change=${(e: Event) => (this._channel = valueOf(e) as PaperRequest['channel'])}></uui-select>
					</div>
					${this.#input('submittedOn', 'req_submitted_on', { type: 'date', required: true })}
					${c === 'RegisteredPost' ? this.#input('signedFor', 'req_signed_for', { type: 'date' }) : nothing}
					${c === 'Letter' || c === 'Fax' ? this.#input('confirmed', 'req_confirmed', { type: 'date' }) : nothing}
					<div class="field">
						<label for="applicantType">${this.t('req_applicant_type')}</label>
						<uui-select
							id="applicantType"
							name="applicantType"
							label=${this.t('req_applicant_type')}
							.options=${APPLICANT_TYPES.map((a) => ({ name: this.termName(a), value: a.alias, selected: a.alias === this._applicantType }))}
							@change=${(e: Event) => (this._applicantType = valueOf(e))}></uui-select>
					</div>
					${this.#input('name', 'req_applicant', { maxlength: 200, required: true })}
					${this._applicantType === NATURAL_PERSON
						? html`<div class="field">
									<label for="idType">${this.t('req_id_type')}</label>
									<uui-select
										id="idType"
										name="idType"
										label=${this.t('req_id_type')}
										.options=${ID_TYPES.map((x) => ({ name: this.termName(x), value: x.alias, selected: x.alias === this._idType }))}
										?error=${this.isInvalid('idType')}
										@change=${(e: Event) => (this._idType = valueOf(e))}></uui-select>
								</div>
								${this.#input('idNumber', 'req_id_number', { maxlength: 32, required: true })}`
						: this.#input('creditCode', 'req_credit_code', { maxlength: 32, required: true })}
					${this.#input('contact', 'req_contact', { maxlength: 200, required: true })} ${this.#input('address', 'req_address', { maxlength: 200 })}
					<div class="field full">
						<label for="description">${this.t('req_description')}</label>
						<uui-textarea
							id="description"
							name="description"
							maxlength="4000"
							required
							label=${this.t('req_description')}
							.value=${this._values.description}
							?error=${this.isInvalid('description')} error-message=${this.errorMessage}
							aria-invalid=${this.invalid('description')}
							@input=${this.#set('description')}></uui-textarea>
					</div>
				</div>
				<div class="actions">
					<uui-button type="submit" look="primary" label=${this.t('req_record')}></uui-button>
					<uui-button type="button" look="secondary" label=${this.t('req_back')} @click=${() => this.dispatchEvent(new CustomEvent(REGISTER_CANCELLED))}></uui-button>
				</div>
			</form>
			${this.alert()}
		</uui-box>`;
	}
}

export default GovPaperRequestFormElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-paper-request-form': GovPaperRequestFormElement;
	}
}
