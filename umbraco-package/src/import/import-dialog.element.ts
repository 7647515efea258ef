import { css, customElement, html, property, query, state } from '@umbraco-cms/backoffice/external/lit';
import { UmbModalBaseElement } from '@umbraco-cms/backoffice/modal';
import { UMB_ACTION_EVENT_CONTEXT } from '@umbraco-cms/backoffice/action';
import { UmbRequestReloadChildrenOfEntityEvent } from '@umbraco-cms/backoffice/entity-action';
import type { UUIFileDropzoneElement, UUIFileDropzoneEvent } from '@umbraco-cms/backoffice/external/uui';
import { govStyles } from '../shared/gov-element.js';
import type { GovImportModalData, GovImportModalValue } from './import.modal-token.js';
import { httpGovApi, type ExtractedDocument, type GovApi, type PackageImportResult } from '../shared/api.js';

/** The fields a draft gets, in display order. */
export const FIELDS: (keyof ExtractedDocument)[] = ['title', 'documentNumber', 'issuer', 'signedDate', 'mainRecipients', 'disclosure'];

/** One file of a batch import: what was recognised, what is missing, and what became of it. */
export interface BatchRow {
	file: string;
	state: 'waiting' | 'created' | 'updated' | 'failed';
	title?: string | null;
	missing: string[];
	warnings: string[];
	error?: string;
	id?: string;
}

/**
 * "从公文导入": upload a .docx/.txt/.html, see what was recognised (and what was not), then create the draft under the
 * column the action was used on (the server saves it unpublished). Emits `gov-import-created` with the new key and
 * offers a link to open the draft; the modal's value is that draft, and following the link submits the modal.
 * Several files at once: each is read and saved as a draft in turn (one bad file never stops the rest), with a
 * progress line and a per-file report (recognised title, missing fields, warnings, failure).
 * Laid out as 17.1's own import modals are (umb-body-layout with 取消 and the actions in its actions slot, e.g.
 * dist-cms/packages/documents/document-types/entity-actions/import/modal/document-type-import-modal.element.js); the
 * files come from UUI's file dropzone (drop or browse) and are kept in state from its change event.
 */
@customElement('gov-import-dialog')
export class GovImportDialogElement extends UmbModalBaseElement<GovImportModalData, GovImportModalValue> {
	@property({ attribute: false }) api: GovApi = httpGovApi;
	@state() private _result?: ExtractedDocument;
	@state() private _error?: string;
	@state() private _busy = false;
	@state() private _created?: GovImportModalValue;
	@state() private _batch?: BatchRow[];
	@state() private _package?: PackageImportResult;
	/** The files chosen (dropped or browsed), from the dropzone's change event. */
	@state() private _files: File[] = [];
	@query('#file') private _dropzone!: UUIFileDropzoneElement;
	/** Where a document opens in the back office. */
	@property({ attribute: false }) documentUrl = (id: string) => `section/content/workspace/document/edit/${id}`;

	private t(key: string): string {
		return this.localize.term(`govopen_${key}`);
	}

	#choose(e: UUIFileDropzoneEvent) {
		e.stopPropagation();
		this._files = (e.detail.files as (File | FileSystemFileEntry)[]).filter((f): f is File => f instanceof File);
		// What is shown (and what 创建草稿 would send) is always about the files chosen now.
		this._result = undefined;
		this._error = undefined;
	}

	async #extract() {
		const files = this._files;
		if (files.length === 1 && files[0].name.toLowerCase().endsWith('.zip')) return this.#importPackage(files[0]);
		if (files.length > 1) return this.#importAll(files);
		const file = files[0];
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
		const file = this._files[0];
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

	/** A content package (.zip, e.g. from govopen import): every item as a draft under the column, updated by id on re-import. */
	async #importPackage(file: File) {
		const parent = this.data?.parentUnique;
		if (!parent || !this.api.importPackage) {
			this._error = this.t('import_no_parent');
			return;
		}
		this._busy = true;
		this._error = undefined;
		this._result = undefined;
		this._batch = undefined;
		try {
			this._package = await this.api.importPackage(file, parent);
			await this.#reloadChildren(parent);
		} catch (err) {
			this._error = (err as Error).message;
		} finally {
			this._busy = false;
		}
	}

	/** Imports each file in turn as a draft; a failure is recorded on its row and the next file goes on. */
	async #importAll(files: File[]) {
		const parent = this.data?.parentUnique;
		if (!parent) {
			this._error = this.t('import_no_parent');
			return;
		}
		this._busy = true;
		this._error = undefined;
		this._result = undefined;
		this._batch = files.map((f) => ({ file: f.name, state: 'waiting', missing: [], warnings: [] }));
		for (let i = 0; i < files.length; i++) {
			let row: BatchRow = { ...this._batch[i] };
			try {
				const found = await this.api.extract(files[i]);
				row = { ...row, title: found.title, missing: found.missing ?? [], warnings: found.warnings ?? [] };
				const draft = await this.api.createDraft(files[i], parent);
				row = { ...row, state: draft.created ? 'created' : 'updated', id: draft.id, title: draft.name };
			} catch (err) {
				row = { ...row, state: 'failed', error: (err as Error).message };
			}
			this._batch = this._batch.map((r, k) => (k === i ? row : r));
		}
		this._busy = false;
		if (this._batch.some((r) => r.id)) await this.#reloadChildren(parent);
	}

	#renderBatch(rows: BatchRow[]) {
		const done = rows.filter((r) => r.state !== 'waiting').length;
		const failed = rows.filter((r) => r.state === 'failed').length;
		return html`<p role="status" data-progress>${this.localize.term('govopen_import_progress', done, rows.length, failed)}</p>
			<uui-loader-bar progress=${Math.round((done / rows.length) * 100)}></uui-loader-bar>
			<table class="batch">
				<thead>
					<tr>
						<th scope="col">${this.t('import_col_file')}</th>
						<th scope="col">${this.t('import_col_state')}</th>
						<th scope="col">${this.t('import_col_found')}</th>
						<th scope="col">${this.t('import_col_missing')}</th>
					</tr>
				</thead>
				<tbody>
					${rows.map(
						(r) => html`<tr data-file=${r.file} data-state=${r.state}>
							<td>${r.file}</td>
							<td>${this.t('import_state_' + r.state)}${r.error ? html`<div class="error">${r.error}</div>` : ''}</td>
							<td>${r.id ? html`<a href=${this.documentUrl(r.id)}>${r.title}</a>` : (r.title ?? '')}${r.warnings.length ? html`<ul>${r.warnings.map((w) => html`<li class="warning">${w}</li>`)}</ul>` : ''}</td>
							<td>${r.missing.join('、')}</td>
						</tr>`,
					)}
				</tbody>
			</table>`;
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
		return html`<umb-body-layout headline=${this.t('import_title')}>
			<uui-box>
				<p id="file-help">${this.t('import_file')}</p>
				<uui-file-dropzone id="file" label=${this.t('import_file')} accept=".docx,.txt,.html,.htm,.zip" multiple disallow-folder-upload @change=${this.#choose}>
					<uui-button id="browse" look="placeholder" label=${this.t('import_browse')} @click=${() => this._dropzone.browse()}></uui-button>
				</uui-file-dropzone>
				${this._files.length ? html`<ul data-chosen>${this._files.map((f) => html`<li>${f.name}</li>`)}</ul>` : ''}
				${this._error ? html`<p class="error" role="alert">${this.t('import_error')}：${this._error}</p>` : ''}
				${this._batch ? this.#renderBatch(this._batch) : ''}
				${this._package
					? html`<p role="status" data-package>${this.localize.term('govopen_import_package_done', this._package.created, this._package.updated, this._package.problems.length)}</p>
							<ul class="package-problems">
								${this._package.problems.map((p) => html`<li class=${p.severity === 'error' ? 'error' : 'warning'}>${p.message}</li>`)}
							</ul>`
					: ''}
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
							${r.warnings.length > 0 ? html`<ul>${r.warnings.map((w) => html`<li class="warning">${w}</li>`)}</ul>` : ''}`
					: ''}
				${this._created
					? html`<p role="status" data-created>
							${this._created.created ? this.t('import_done') : this.t('import_updated')}
							<a href=${this.documentUrl(this._created.id)} @click=${() => this._submitModal()}>${this._created.name}</a>
						</p>`
					: ''}
			</uui-box>
			<uui-button slot="actions" id="cancel" label=${this.t('import_cancel')} @click=${() => this._rejectModal()}></uui-button>
			<uui-button slot="actions" id="extract" look=${r ? 'secondary' : 'primary'} label=${this.t('import_extract')} ?disabled=${this._busy || this._files.length === 0} @click=${this.#extract}></uui-button>
			${r
				? html`<uui-button slot="actions" id="create" look="primary" color="positive" label=${this.t('import_create')} ?disabled=${this._busy} @click=${this.#create}></uui-button>`
				: ''}
		</umb-body-layout>`;
	}

	static override styles = [
		govStyles,
		css`
			/* As 17.1's import modals frame their drop zone. */
			#file {
				display: block;
				border: 2px dashed var(--uui-color-divider-standalone);
				background-color: var(--uui-color-surface-alt);
				text-align: center;
			}
		`,
	];
}

export default GovImportDialogElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-import-dialog': GovImportDialogElement;
	}
}
