import { css, customElement, html, nothing, property, state } from '@umbraco-cms/backoffice/external/lit';
import { GovElement, govStyles } from '../shared/gov-element.js';
import { confirmValidityChange, getProposedValidityChanges, GovApiError, rejectValidityChange, type ProposedValidityChange } from '../shared/api.js';
import { findTerm } from '../shared/vocabulary.js';

/**
 * 本文件提出的效力变更: what this 政策文件's 同时废止/修订 clauses proposed for other documents, each with the other
 * document and its state; a pending one is confirmed or rejected here in one action (the same record the other
 * document shows). Renders nothing while the document proposed nothing.
 */
@customElement('gov-proposed-changes')
export class GovProposedChangesElement extends GovElement {
	@property({ attribute: false }) documentKey?: string | null;

	@state() private _items: ProposedValidityChange[] = [];
	@state() private _error?: string;
	@state() private _busy = false;

	#loaded?: string | null;

	override willUpdate() {
		if (this.documentKey !== this.#loaded) {
			this.#loaded = this.documentKey;
			this._items = [];
			this._error = undefined;
			void this.#load();
		}
	}

	async #load() {
		const key = this.documentKey;
		if (!key) return;
		try {
			const items = await getProposedValidityChanges(key);
			if (key === this.documentKey) this._items = items ?? [];
		} catch (x) {
			if (key !== this.documentKey || (x instanceof GovApiError && x.status === 404)) return;
			this._error = x instanceof GovApiError ? x.messageIn(this.localize.lang()) : String(x);
		}
	}

	async #decide(item: ProposedValidityChange, confirm: boolean) {
		this._busy = true;
		this._error = undefined;
		try {
			await (confirm ? confirmValidityChange(item.target, item.change.id) : rejectValidityChange(item.target, item.change.id));
		} catch (x) {
			this._error = x instanceof GovApiError ? x.messageIn(this.localize.lang()) : String(x);
		} finally {
			this._busy = false;
		}
		const error = this._error;
		await this.#load();
		if (error && !this._error) this._error = error;
	}

	#kind(kind: string) {
		const term = findTerm('validityEvent', kind);
		return term ? this.termName(term) : kind;
	}

	override render() {
		if (!this._items.length && !this._error) return nothing;
		return html`<uui-box id="proposed-changes" headline=${this.t('vc_proposed_title')} headline-variant="h2">
			${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
			<ul>
				${this._items.map(
					(i) => html`<li data-id=${i.change.id} data-status=${i.change.status}>
						<strong class="kind">${this.#kind(i.change.kind)}</strong> <span class="date">${i.change.date}</span>
						<span class="target">《${i.targetTitle ?? i.target}》</span>
						<uui-tag look="secondary" color=${i.change.status === 'confirmed' ? 'positive' : i.change.status === 'pending' ? 'warning' : 'default'}>${this.t('vc_status_' + i.change.status)}</uui-tag>
						${i.change.status === 'pending'
							? html`<span class="actions">
									<uui-button data-action="confirm" look="primary" color="positive" compact label=${this.t('vc_confirm')} ?disabled=${this._busy} @click=${() => this.#decide(i, true)}></uui-button>
									<uui-button data-action="reject" look="secondary" compact label=${this.t('vc_reject')} ?disabled=${this._busy} @click=${() => this.#decide(i, false)}></uui-button>
								</span>`
							: html`<span class="decided">${this.t('vc_decided', i.change.decidedBy ?? '', (i.change.decidedAt ?? '').slice(0, 16).replace('T', ' '))}</span>`}
					</li>`,
				)}
			</ul>
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
			li {
				display: flex;
				flex-wrap: wrap;
				align-items: center;
				gap: var(--uui-size-space-2);
				padding-block: var(--uui-size-space-3);
				border-block-end: 1px solid var(--uui-color-divider);
			}
			.decided {
				color: var(--uui-color-text-alt);
			}
		`,
	];
}

export default GovProposedChangesElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-proposed-changes': GovProposedChangesElement;
	}
}
