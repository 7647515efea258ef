import { css, customElement, html, nothing, property, state } from '@umbraco-cms/backoffice/external/lit';
import { GovElement, govStyles } from '../shared/gov-element.js';
import { confirmValidityChange, getValidityChanges, GovApiError, rejectValidityChange, type ValidityChange } from '../shared/api.js';
import { findTerm } from '../shared/vocabulary.js';

/**
 * 待确认的效力变更: what other documents' 同时废止/修订 clauses propose for this 政策文件 (recorded by the server), each
 * to be confirmed (确认) or rejected (不采纳, with an optional reason); decided ones are listed below as history.
 * Renders nothing while the document has no recorded changes.
 */
@customElement('gov-validity-changes')
export class GovValidityChangesElement extends GovElement {
	/** The document's key (GUID): the workspace's unique. */
	@property({ attribute: false }) documentKey?: string | null;

	@state() private _changes: ValidityChange[] = [];
	@state() private _error?: { message: string; field?: string };
	/** The change whose 不采纳 reason is being written. */
	@state() private _rejecting?: string;
	@state() private _reason = '';
	@state() private _busy = false;

	#loaded?: string | null;

	override willUpdate() {
		if (this.documentKey !== this.#loaded) {
			this.#loaded = this.documentKey;
			this._changes = [];
			this._error = undefined;
			this._rejecting = undefined;
			void this.#load();
		}
	}

	async #load() {
		const key = this.documentKey;
		if (!key) return;
		try {
			const changes = await getValidityChanges(key);
			if (key === this.documentKey) this._changes = changes ?? [];
		} catch (x) {
			// A document the server does not know yet (a new, unsaved one) has no changes.
			if (key !== this.documentKey || (x instanceof GovApiError && x.status === 404)) return;
			this.#fail(x);
		}
	}

	#fail(x: unknown) {
		this._error = x instanceof GovApiError ? { message: x.messageIn(this.localize.lang()), field: x.field } : { message: String(x) };
	}

	async #decide(action: () => Promise<unknown>) {
		this._busy = true;
		this._error = undefined;
		try {
			await action();
			this._rejecting = undefined;
			this._reason = '';
		} catch (x) {
			this.#fail(x);
		} finally {
			this._busy = false;
		}
		// Reload after a failure too: another editor may have decided the change meanwhile.
		const error = this._error;
		await this.#load();
		if (error && !this._error) this._error = error;
	}

	#confirm(c: ValidityChange) {
		return this.#decide(() => confirmValidityChange(this.documentKey!, c.id));
	}

	#reject(c: ValidityChange) {
		return this.#decide(() => rejectValidityChange(this.documentKey!, c.id, this._reason));
	}

	#kind(c: ValidityChange) {
		const term = findTerm('validityEvent', c.kind);
		return term ? this.termName(term) : c.kind;
	}

	#by(c: ValidityChange) {
		return html`<span class="by">${c.byTitle ? `《${c.byTitle}》` : ''}${c.byDocumentNumber ? html` <span class="docnum">${c.byDocumentNumber}</span>` : ''}</span>`;
	}

	/** An ISO date-time as the server sent it, to the minute. */
	#when(iso?: string | null) {
		return iso ? iso.slice(0, 16).replace('T', ' ') : '';
	}

	#pending(c: ValidityChange) {
		const rejecting = this._rejecting === c.id;
		return html`<li class="change" data-id=${c.id} data-status="pending" data-kind=${c.kind}>
			<div><strong class="kind">${this.#kind(c)}</strong> <span class="date">${c.date}</span></div>
			<div>${this.t('vc_by')}：${this.#by(c)}</div>
			${c.sentence ? html`<blockquote class="sentence">${c.sentence}</blockquote>` : nothing}
			${c.problem ? html`<p class="warning problem">${c.problem}</p>` : nothing}
			${rejecting
				? html`<div class="field">
							<label for="reason-${c.id}">${this.t('vc_reason')}</label>
							<uui-textarea
								id="reason-${c.id}"
								name="reason"
								label=${this.t('vc_reason')}
								.value=${this._reason}
								@input=${(e: Event) => (this._reason = (e.target as HTMLInputElement).value)}></uui-textarea>
						</div>
						<div class="actions">
							<uui-button data-action="reject-submit" look="primary" color="danger" label=${this.t('vc_reject')} ?disabled=${this._busy} @click=${() => this.#reject(c)}></uui-button>
							<uui-button data-action="cancel" look="secondary" label=${this.t('vc_cancel')} ?disabled=${this._busy} @click=${() => (this._rejecting = undefined)}></uui-button>
						</div>`
				: html`<div class="actions">
						<uui-button data-action="confirm" look="primary" color="positive" label=${this.t('vc_confirm')} ?disabled=${this._busy} @click=${() => this.#confirm(c)}></uui-button>
						<uui-button
							data-action="reject"
							look="secondary"
							label=${this.t('vc_reject')}
							?disabled=${this._busy}
							@click=${() => {
								this._rejecting = c.id;
								this._reason = '';
							}}></uui-button>
					</div>`}
		</li>`;
	}

	#decided(c: ValidityChange) {
		return html`<li class="change" data-id=${c.id} data-status=${c.status} data-kind=${c.kind}>
			<uui-tag look="secondary" color=${c.status === 'confirmed' ? 'positive' : 'default'}>${this.t('vc_status_' + c.status)}</uui-tag>
			<strong class="kind">${this.#kind(c)}</strong> <span class="date">${c.date}</span> ${this.#by(c)}
			<div class="decided">${this.t('vc_decided', c.decidedBy ?? '', this.#when(c.decidedAt))}</div>
			${c.note ? html`<div class="note">${this.t('vc_note')}：${c.note}</div>` : nothing}
		</li>`;
	}

	override render() {
		const pending = this._changes.filter((c) => c.status === 'pending');
		const decided = this._changes.filter((c) => c.status !== 'pending');
		if (!this._changes.length && !this._error) return nothing;
		return html`<uui-box id="validity-changes" headline=${this.t('vc_title')} headline-variant="h2">
			${this._error ? html`<p class="error" role="alert" data-field=${this._error.field ?? ''}>${this._error.message}</p>` : nothing}
			${pending.length ? html`<ul class="pending">${pending.map((c) => this.#pending(c))}</ul>` : this._changes.length ? html`<p class="none">${this.t('vc_none_pending')}</p>` : nothing}
			${decided.length ? html`<h3>${this.t('vc_history')}</h3><ul class="history">${decided.map((c) => this.#decided(c))}</ul>` : nothing}
		</uui-box>`;
	}

	static override styles = [
		govStyles,
		css`
			uui-box {
				margin-block-start: var(--uui-size-space-5);
			}
			ul {
				list-style: none;
				margin: 0;
				padding: 0;
			}
			li.change {
				padding-block: var(--uui-size-space-3);
				border-block-end: 1px solid var(--uui-color-divider);
			}
			blockquote {
				margin: var(--uui-size-space-2) 0;
				padding-inline-start: var(--uui-size-space-3);
				border-inline-start: 3px solid var(--uui-color-divider-emphasis);
			}
			.actions {
				display: flex;
				gap: var(--uui-size-space-3);
				margin-block-start: var(--uui-size-space-2);
			}
			.decided,
			.note {
				color: var(--uui-color-text-alt);
			}
		`,
	];
}

export default GovValidityChangesElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-validity-changes': GovValidityChangesElement;
	}
}
