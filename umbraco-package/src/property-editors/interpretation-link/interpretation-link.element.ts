import { customElement, html, property, state } from '@umbraco-cms/backoffice/external/lit';
import type { UmbPropertyEditorUiElement } from '@umbraco-cms/backoffice/property-editor';
import { UmbFormControlMixin } from '@umbraco-cms/backoffice/validation';
import { GovElement, govStyles } from '../../shared/gov-element.js';
import { findTerm } from '../../shared/vocabulary.js';
import { httpGovApi, type GovApi, type InterpretationStatusView, type PolicySummary } from '../../shared/api.js';


/** 解读关联: linked policies with their validity badge and 解读 deadline status (已解读 / 待解读 / 逾期); search adds more (only public policies can be found, so only they can be linked). */
@customElement('gov-interpretation-link')
export class GovInterpretationLinkElement
	extends UmbFormControlMixin<string[] | undefined, typeof GovElement, undefined>(GovElement, undefined)
	implements UmbPropertyEditorUiElement
{
	@property({ type: Boolean, reflect: true }) readonly = false;
	@property({ attribute: false }) api: GovApi = httpGovApi;

	@state() private _linked: PolicySummary[] = [];
	@state() private _results: PolicySummary[] = [];
	@state() private _query = '';
	@state() private _status = new Map<string, InterpretationStatusView>();

	constructor() {
		super();
		this.addValidator('valueMissing', () => this.t('links_required'), () => (this.value ?? []).length === 0);
	}

	override async updated(changed: Map<string, unknown>) {
		super.updated(changed);
		if (changed.has('value') || changed.has('api')) {
			const ids = this.value ?? [];
			const known = this._linked.filter((p) => ids.includes(p.id));
			const missing = ids.filter((id) => !known.some((p) => p.id === id));
			const fetched = missing.length > 0 ? await this.api.getPolicies(missing) : [];
			this._linked = ids.map((id) => known.find((p) => p.id === id) ?? fetched.find((p) => p.id === id) ?? { id, title: id });
			await this.#refreshStatus(ids);
		}
	}

	async #refreshStatus(ids: string[]) {
		try {
			const rows = await this.api.interpretationStatus(ids);
			this._status = new Map(rows.map((r) => [r.id, r]));
		} catch {
			this._status = new Map(); // the status is a help, not a requirement: the links still work without it
		}
	}

	#deadline(p: PolicySummary) {
		const s = this._status.get(p.id);
		if (!s || s.kind === 'Unknown') return '';
		const color = s.kind === 'Overdue' ? 'danger' : s.kind === 'Pending' ? 'warning' : 'default';
		return html`<uui-tag color=${color} look="secondary" data-interpretation=${s.kind} title=${s.deadline ? `${this.t('links_deadline')} ${s.deadline}` : ''}>${s.status}</uui-tag>`;
	}

	async #search(e: Event) {
		e.preventDefault();
		this._results = this._query.trim() ? await this.api.searchPolicies(this._query.trim()) : [];
	}

	#link(p: PolicySummary) {
		if ((this.value ?? []).includes(p.id)) return;
		this._linked = [...this._linked, p];
		this.value = [...(this.value ?? []), p.id];
		this.changed(); // updated() sees the new value and refreshes the statuses
	}

	#unlink(id: string) {
		this.value = (this.value ?? []).filter((x) => x !== id);
		this._linked = this._linked.filter((p) => p.id !== id);
		this.changed();
	}

	#badge(p: PolicySummary) {
		return p.validity ? html`<uui-tag look="outline" data-state=${findTerm('validityState', p.validity)?.alias ?? ''}>${p.validity}</uui-tag>` : '';
	}

	override render() {
		return html`
			<uui-box headline=${this.t('links_label')}>
				${this._linked.length === 0
					? html`<p class="error" role="alert" data-error="required">${this.t('links_required')}</p>`
					: html`<ul data-linked>
							${this._linked.map(
								(p) => html`<li data-id=${p.id}>
									${p.title} ${p.documentNumber ?? ''} ${this.#badge(p)} ${this.#deadline(p)}
									<uui-button look="secondary" compact ?disabled=${this.readonly} label="${this.t('links_remove')}：${p.title}" @click=${() => this.#unlink(p.id)}>${this.t('links_remove')}</uui-button>
								</li>`,
							)}
						</ul>`}
				${this.readonly
					? ''
					: html`<form class="row" @submit=${this.#search}>
								<div>
									<label for="q">${this.t('links_search')}</label>
									<uui-input id="q" type="search" label=${this.t('links_search')} .value=${this._query} @input=${(e: Event) => (this._query = (e.target as HTMLInputElement).value)}></uui-input>
								</div>
								<uui-button type="submit" look="primary" label=${this.t('links_search')}><uui-icon name="icon-search"></uui-icon></uui-button>
							</form>
							<ul data-results>
								${this._results.map(
									(p) => html`<li>
										${p.title} ${p.documentNumber ?? ''} ${this.#badge(p)}
										<uui-button look="secondary" compact data-link=${p.id} label=${this.t('links_add')} ?disabled=${(this.value ?? []).includes(p.id)} @click=${() => this.#link(p)}></uui-button>
									</li>`,
								)}
							</ul>`}
			</uui-box>
		`;
	}

	static override styles = govStyles;
}

export default GovInterpretationLinkElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-interpretation-link': GovInterpretationLinkElement;
	}
}
