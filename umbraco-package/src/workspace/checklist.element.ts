import { css, customElement, html, property, state } from '@umbraco-cms/backoffice/external/lit';
import { GovElement, govStyles } from '../shared/gov-element.js';
import { httpGovApi, type GovApi, type InterpretationStatusView } from '../shared/api.js';
import { checkPolicy } from './checklist.rules.js';

/**
 * Workspace view "公开检查": a checklist for the open document, each item linking to the field that fixes it. The 解读
 * item uses the server's status of today for a published document, not the label stored at its last publication.
 */
@customElement('gov-disclosure-checklist')
export class GovDisclosureChecklistElement extends GovElement {
	@property({ attribute: false }) values: Record<string, unknown> = {};
	/** The document's key (the workspace's unique); null for a new document. */
	@property({ attribute: false }) documentKey?: string | null;
	@property({ attribute: false }) api: GovApi = httpGovApi;

	@state() private _live?: InterpretationStatusView;
	#loaded?: string | null;

	override willUpdate() {
		if (this.documentKey !== this.#loaded) {
			this.#loaded = this.documentKey;
			this._live = undefined;
			void this.#load();
		}
	}

	async #load() {
		const key = this.documentKey;
		if (!key) return;
		try {
			const [status] = await this.api.interpretationStatus([key]);
			if (key === this.documentKey) this._live = status;
		} catch {
			// The stored label stays the answer when the server cannot be asked.
		}
	}

	override render() {
		const items = checkPolicy(this.values, this._live);
		return html`<uui-box headline=${this.t('check_title')} headline-variant="h2">
			<ul>
				${items.map(
					(i) => html`<li data-check=${i.key} data-ok=${i.ok}>
						<uui-tag look="primary" color=${i.ok ? 'positive' : 'danger'}>${i.ok ? '✓' : '✗'} ${i.ok ? this.t('check_ok') : this.t('check_fix')}</uui-tag>
						${this.t('check_' + i.key)} ${i.detail ? html`（${i.detail.startsWith('逾期') || i.detail.startsWith('已') || i.detail.startsWith('待') ? i.detail : this.t('docnum_' + i.detail)}）` : ''}
						${i.ok ? '' : html`<a href="#property-${i.field}">→ ${i.field}</a>`}
					</li>`,
				)}
			</ul>
		</uui-box>`;
	}

	static override styles = [
		govStyles,
		css`
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
				padding-block: var(--uui-size-space-2);
				border-block-end: 1px solid var(--uui-color-divider);
			}
		`,
	];
}

export default GovDisclosureChecklistElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-disclosure-checklist': GovDisclosureChecklistElement;
	}
}
