import { customElement, html, property } from '@umbraco-cms/backoffice/external/lit';
import { GovElement, govStyles } from '../shared/gov-element.js';
import { checkPolicy } from './checklist.rules.js';

/** Workspace view "公开检查": a checklist for the open document, each item linking to the field that fixes it. */
@customElement('gov-disclosure-checklist')
export class GovDisclosureChecklistElement extends GovElement {
	@property({ attribute: false }) values: Record<string, unknown> = {};

	override render() {
		const items = checkPolicy(this.values);
		return html`<h2>${this.t('check_title')}</h2>
			<ul>
				${items.map(
					(i) => html`<li data-check=${i.key} data-ok=${i.ok}>
						<span class=${i.ok ? 'ok' : 'error'}>${i.ok ? this.t('check_ok') : this.t('check_fix')}</span>
						${this.t('check_' + i.key)} ${i.detail ? html`（${i.detail.startsWith('逾期') || i.detail.startsWith('已') || i.detail.startsWith('待') ? i.detail : this.t('docnum_' + i.detail)}）` : ''}
						${i.ok ? '' : html`<a href="#property-${i.field}">→ ${i.field}</a>`}
					</li>`,
				)}
			</ul>`;
	}

	static override styles = govStyles;
}

export default GovDisclosureChecklistElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-disclosure-checklist': GovDisclosureChecklistElement;
	}
}
