import { css, html, nothing, property, state } from '@umbraco-cms/backoffice/external/lit';
import { GovElement, govStyles } from '../shared/gov-element.js';
import { httpRequestsApi, RequestApiError, type RequestsApi } from './requests-api.js';

/** A refusal from the server names the field it concerns; any other failure has only a message. */
export interface RequestError {
	message: string;
	field?: string;
}

/** The value of the UUI control (uui-input, uui-textarea, uui-select) an `@input`/`@change` event came from. */
export const valueOf = (e: Event): string => (e.target as HTMLInputElement).value;

/**
 * Base of the register's forms: the API they call, and one way of showing a failure — the server's message in an
 * alert (`role=alert`, `data-field`), and the field it names marked `error` and `aria-invalid`.
 */
export class GovRequestFormElement extends GovElement {
	@property({ attribute: false }) api: RequestsApi = httpRequestsApi;

	@state() protected _error?: RequestError;
	/** Whether the field the refusal names is still marked: until the clerk next edits the form. */
	@state() protected _marked = false;

	protected fail(x: unknown) {
		this._error = x instanceof RequestApiError ? { message: x.message, field: x.field } : { message: String(x) };
		this._marked = true;
	}

	/**
	 * Whether the last refusal named this field. A UUI control's `error` also makes it invalid, which stops the form
	 * submitting; so the mark lasts only until the clerk edits the form (`edited`), while the alert stays.
	 */
	protected isInvalid(field: string): boolean {
		return this._marked && this._error?.field === field;
	}

	/** `aria-invalid` of a control: 'true' while the last refusal's mark is on its field. */
	protected invalid(field: string): 'true' | 'false' {
		return this.isInvalid(field) ? 'true' : 'false';
	}

	/** The refusal's message, for a marked control's `error-message` (what the browser says if the form is submitted unchanged). */
	protected get errorMessage(): string {
		return this._error?.message ?? '';
	}

	/** On the form's `@input`/`@change`: the clerk is correcting, so the field is no longer known to be wrong. */
	protected edited = () => {
		this._marked = false;
	};

	protected alert() {
		return this._error ? html`<p class="error" role="alert" data-field=${this._error.field ?? ''}>${this._error.message}</p>` : nothing;
	}

	static override styles = [
		govStyles,
		css`
			.grid {
				display: grid;
				grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
				gap: 0 var(--uui-size-space-4);
			}
			.field.full {
				grid-column: 1 / -1;
			}
			.actions {
				display: flex;
				gap: var(--uui-size-space-3);
				margin-block-start: var(--uui-size-space-4);
			}
			label {
				font-weight: 600;
			}
			uui-input,
			uui-select {
				width: 100%;
			}
		`,
	];
}
