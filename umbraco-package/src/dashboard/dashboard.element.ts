import { css, customElement, html, nothing, property, state } from '@umbraco-cms/backoffice/external/lit';
import { GovElement, govStyles } from '../shared/gov-element.js';
import { httpGovApi, type DashboardData, type GovApi, type PolicySummary, type SettingsProblem } from '../shared/api.js';

/** Dashboard "政务公开": what needs doing today, each item linking to the document. */
@customElement('gov-dashboard')
export class GovDashboardElement extends GovElement {
	@property({ attribute: false }) api: GovApi = httpGovApi;
	/** Where a document opens in the back office. */
	@property({ attribute: false }) documentUrl = (id: string) => `section/content/workspace/document/edit/${id}`;

	@state() private _data?: DashboardData;
	@state() private _failed = false;

	override connectedCallback() {
		super.connectedCallback();
		this.api.dashboard().then(
			(d) => (this._data = d),
			() => (this._failed = true),
		);
	}

	#list(key: string, items: (PolicySummary & { status?: string; validUntil?: string })[]) {
		return html`<uui-box data-list=${key} headline=${`${this.t('dashboard_' + key)}（${items.length}）`} headline-variant="h2">
			${items.length === 0
				? html`<p>${this.t('dashboard_empty')}</p>`
				: html`<uui-ref-list>
						${items.map(
							(p) => html`<uui-ref-node name=${p.title} detail=${p.documentNumber ?? ''} href=${this.documentUrl(p.id)}>
								${p.status ? html`<uui-tag slot="tag" look="secondary">${p.status}</uui-tag>` : ''}
								${p.validUntil ? html`<uui-tag slot="tag" look="secondary">${this.t('validity_until')} ${p.validUntil}</uui-tag>` : ''}
							</uui-ref-node>`,
						)}
					</uui-ref-list>`}
		</uui-box>`;
	}

	/** Missing or invalid settings and paused modules, first: until they are fixed the lists below may be incomplete. */
	#settings(problems: SettingsProblem[] | undefined) {
		if (!problems || problems.length === 0) return nothing;
		const en = this.localize.lang().toLowerCase().startsWith('en');
		return html`<uui-box id="settings" data-list="settings" headline=${this.t('dashboard_settings')} headline-variant="h2">
			<uui-icon slot="header-actions" name="icon-alert" aria-hidden="true"></uui-icon>
			<ul role="list">
				${problems.map((p) => html`<li data-field=${p.field} data-code=${p.code}><code>${p.field}</code> ${en ? p.messageEn : p.message}</li>`)}
			</ul>
		</uui-box>`;
	}

	/** 法定主动公开内容 columns that are empty or stale (the inspections' 空白栏目 / 栏目不更新). */
	#columns(columns: DashboardData['columns']) {
		if (!columns || columns.length === 0) return nothing;
		return html`<uui-box data-list="columns" headline=${this.t('dashboard_columns')} headline-variant="h2">
			<uui-ref-list>
				${columns.map(
					(c) => html`<uui-ref-node name=${c.page} detail=${c.message} href=${this.documentUrl(c.id)}>
						<uui-tag slot="tag" look="secondary" color=${c.state === 'empty' ? 'danger' : 'warning'}>${this.t('dashboard_column_' + c.state)}</uui-tag>
					</uui-ref-node>`,
				)}
			</uui-ref-list>
		</uui-box>`;
	}

	/** 意见征集 whose 意见采纳情况 is overdue: the public is owed the feedback before or with the decision. */
	#feedback(items: DashboardData['feedback']) {
		if (!items || items.length === 0) return nothing;
		return html`<uui-box data-list="feedback" headline=${`${this.t('dashboard_feedback')}（${items.length}）`} headline-variant="h2">
			<uui-ref-list>
				${items.map(
					(f) => html`<uui-ref-node name=${f.name} detail=${f.message} href=${this.documentUrl(f.id)}>
						<uui-tag slot="tag" look="secondary" color=${f.finalPublished ? 'danger' : 'warning'}>${this.t(f.finalPublished ? 'dashboard_feedback_final' : 'dashboard_feedback_late')}</uui-tag>
					</uui-ref-node>`,
				)}
			</uui-ref-list>
		</uui-box>`;
	}

	override render() {
		if (this._failed) return html`<p class="error" role="alert">${this.t('dashboard_error')}</p>`;
		if (!this._data) return html`<p aria-busy="true">…</p>`;
		const d = this._data;
		return html`<h1>${this.t('dashboard_title')}</h1>
			${this.#settings(d.settings)} ${this.#list('overdue', d.overdue)} ${this.#list('pending', d.pending)} ${this.#list('expiring', d.expiring)} ${this.#list('quarter', d.quarter)} ${this.#feedback(d.feedback)} ${this.#columns(d.columns)}`;
	}

	static override styles = [
		govStyles,
		css`
			:host {
				padding: var(--uui-size-layout-1);
			}
			uui-box {
				margin-block-end: var(--uui-size-space-5);
			}
			#settings {
				--uui-box-border-width: 1px;
				--uui-box-border-color: var(--uui-color-warning);
				border-inline-start: var(--uui-size-2) solid var(--uui-color-warning);
			}
			#settings uui-icon {
				color: var(--uui-color-warning-standalone);
			}
			#settings ul {
				margin: 0;
				padding-inline-start: var(--uui-size-space-5);
			}
		`,
	];
}

export default GovDashboardElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-dashboard': GovDashboardElement;
	}
}
