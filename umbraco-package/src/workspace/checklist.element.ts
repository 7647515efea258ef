import { css, customElement, html, property } from '@umbraco-cms/backoffice/external/lit';
import { GovElement, govStyles } from '../shared/gov-element.js';
import { checkPolicy } from './checklist.rules.js';

/** Workspace view "公开检查": a checklist for the open document, each item linking to the field that fixes it. */
@customElement('gov-disclosure-checklist')
export class GovDisclosureChecklistElement extends GovElement {
	@property({ attribute: false }) values: Record<string, unknown> = {};

	override render() {
		const items = checkPolicy(this.values);
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
