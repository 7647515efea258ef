import { customElement, html, property, query, state } from '@umbraco-cms/backoffice/external/lit';
import { UmbModalBaseElement } from '@umbraco-cms/backoffice/modal';
import { UMB_ACTION_EVENT_CONTEXT } from '@umbraco-cms/backoffice/action';
import { UmbRequestReloadChildrenOfEntityEvent } from '@umbraco-cms/backoffice/entity-action';
import { govStyles } from '../shared/gov-element.js';
import type { GovImportModalData, GovImportModalValue } from './import.modal-token.js';
import { httpGovApi, type ExtractedDocument, type GovApi } from '../shared/api.js';

/** The fields a draft gets, in display order. */
export const FIELDS: (keyof ExtractedDocument)[] = ['title', 'documentNumber', 'issuer', 'signedDate', 'mainRecipients', 'disclosure'];

/**
 * "从公文导入": upload a .docx/.txt, see what was recognised (and what was not), then create the draft under the
 * column the action was used on (the server saves it unpublished). Emits `gov-import-created` with the new key and
 * offers a link to open the draft; the modal's value is that draft, and following the link submits the modal.
 */
@customElement('gov-import-dialog')
export class GovImportDialogElement extends UmbModalBaseElement<GovImportModalData, GovImportModalValue> {
	@property({ attribute: false }) api: GovApi = httpGovApi;
	@state() private _result?: ExtractedDocument;
	@state() private _error?: string;
	@state() private _busy = false;
	@state() private _created?: GovImportModalValue;
	@query('#file') private _fileInput!: HTMLInputElement;
	/** Where a document opens in the back office. */
	@property({ attribute: false }) documentUrl = (id: string) => `section/content/workspace/document/edit/${id}`;

	private t(key: string): string {
		return this.localize.term(`govopen_${key}`);
	}

	async #extract(e: Event) {
		e.preventDefault();
		const file = this._fileInput.files?.[0];
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
		const file = this._fileInput.files?.[0];
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
			this.value = this._created;
			await this.#reloadChildren(parent);
		} catch (err) {
			this._error = (err as Error).message;
		} finally {
			this._busy = false;
		}
	}

	/**
	 * Shows the new draft in the tree: the event 17.1's own actions dispatch on the action event context after they
	 * add children (e.g. dist-cms/packages/media/media-types/entity-actions/import/media-type-import.action.js;
	 * the context is provided for the whole back office by dist-cms/packages/core/entry-point.js, and tree items
	 * reload on it in dist-cms/packages/core/tree/tree-item/tree-item-children.manager.js).
	 */
	async #reloadChildren(unique: string) {
		const events = await this.getContext(UMB_ACTION_EVENT_CONTEXT).catch(() => undefined);
		events?.dispatchEvent(new UmbRequestReloadChildrenOfEntityEvent({ unique, entityType: this.data?.parentEntityType ?? 'document' }));
	}

	override render() {
		const r = this._result;
		return html`<uui-box headline=${this.t('import_title')}>
			<form @submit=${this.#extract}>
				<label for="file">${this.t('import_file')}</label>
				<input id="file" type="file" accept=".docx,.txt" />
				<uui-button type="submit" look="primary" label=${this.t('import_extract')} ?disabled=${this._busy}></uui-button>
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
						<uui-button id="create" look="primary" color="positive" label=${this.t('import_create')} ?disabled=${this._busy} @click=${this.#create}></uui-button>`
				: ''}
			${this._created
				? html`<p role="status" data-created>
						${this._created.created ? this.t('import_done') : this.t('import_updated')}
						<a href=${this.documentUrl(this._created.id)} @click=${() => this._submitModal()}>${this._created.name}</a>
					</p>`
				: ''}
		</uui-box>`;
	}

	static override styles = govStyles;
}

export default GovImportDialogElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-import-dialog': GovImportDialogElement;
	}
}
