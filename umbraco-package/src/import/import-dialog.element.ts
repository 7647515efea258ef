import { customElement, html, property, state } from '@umbraco-cms/backoffice/external/lit';
import { GovElement, govStyles } from '../shared/gov-element.js';
import { httpGovApi, type ExtractedDocument, type GovApi } from '../shared/api.js';

/** The fields a draft gets, in display order. */
export const FIELDS: (keyof ExtractedDocument)[] = ['title', 'documentNumber', 'issuer', 'signedDate', 'mainRecipients', 'disclosure'];

/**
 * "从公文导入": upload a .docx/.txt, see what was recognised (and what was not), then create the draft under the
 * column the action was used on (the server saves it unpublished). Emits `gov-import-created` with the new key and
 * offers a link to open the draft; inside the modal, the modal is submitted with that key.
 */
@customElement('gov-import-dialog')
export class GovImportDialogElement extends GovElement {
	@property({ attribute: false }) api: GovApi = httpGovApi;
	@state() private _result?: ExtractedDocument;
	@state() private _error?: string;
	@state() private _busy = false;
	@state() private _created?: { id: string; name: string; created: boolean };
	/** Set by Umbraco's modal manager (the entity action passes the column's key). */
	@property({ attribute: false }) data?: { parentUnique: string | null };
	@property({ attribute: false }) modalContext?: { setValue(v: unknown): void; submit(): void };
	/** Where a document opens in the back office. */
	@property({ attribute: false }) documentUrl = (id: string) => `section/content/workspace/document/edit/${id}`;

	async #extract(e: Event) {
		e.preventDefault();
		const input = this.shadowRoot!.querySelector<HTMLInputElement>('#file')!;
		const file = input.files?.[0];
		if (!file) return;
		this._busy = true;
		this._error = undefined;
		try {
			this._result = await this.api.extract(file);
		} catch (err) {
			this._result = undefined;
			this._error = (err as Error).message;
		} finally {
			this._busy = false;
		}
	}

	async #create() {
		const file = this.shadowRoot!.querySelector<HTMLInputElement>('#file')!.files?.[0];
		const parent = this.data?.parentUnique;
		if (!file || !parent) {
			this._error = this.t('import_no_parent');
			return;
		}
		this._busy = true;
		try {
			this._created = await this.api.createDraft(file, parent);
			this._error = undefined;
			this.dispatchEvent(new CustomEvent('gov-import-created', { detail: this._created, bubbles: true, composed: true }));
			this.modalContext?.setValue(this._created);
		} catch (err) {
			this._error = (err as Error).message;
		} finally {
			this._busy = false;
		}
	}

	override render() {
		const r = this._result;
		return html`<h2>${this.t('import_title')}</h2>
			<form @submit=${this.#extract}>
				<label for="file">${this.t('import_file')}</label>
				<input id="file" type="file" accept=".docx,.txt" />
				<button type="submit" ?disabled=${this._busy}>${this.t('import_extract')}</button>
			</form>
			${this._error ? html`<p class="error" role="alert">${this.t('import_error')}：${this._error}</p>` : ''}
			${r
				? html`<table>
							<tbody>
								${FIELDS.map(
									(f) => html`<tr data-field=${f}>
										<th scope="row">${f}</th>
										<td>${r[f] ?? html`<span class="warning">${this.t('import_missing')}</span>`}</td>
									</tr>`,
								)}
							</tbody>
						</table>
						${r.warnings.length > 0 ? html`<ul>${r.warnings.map((w) => html`<li class="warning">${w}</li>`)}</ul>` : ''}
						<button type="button" id="create" ?disabled=${this._busy} @click=${this.#create}>${this.t('import_create')}</button>`
				: ''}
			${this._created
				? html`<p role="status" data-created>
						${this._created.created ? this.t('import_done') : this.t('import_updated')}
						<a href=${this.documentUrl(this._created.id)} @click=${() => this.modalContext?.submit()}>${this._created.name}</a>
					</p>`
				: ''}`;
	}

	static override styles = [govStyles];
}

export default GovImportDialogElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-import-dialog': GovImportDialogElement;
	}
}
