import { customElement, html, state } from '@umbraco-cms/backoffice/external/lit';
import { UMB_DOCUMENT_WORKSPACE_CONTEXT } from '@umbraco-cms/backoffice/document';
import { GovElement } from '../shared/gov-element.js';
import './checklist.element.js';

/** Workspace view on policy documents: feeds the open document's values to the checklist. */
@customElement('gov-workspace-view-checklist')
export class GovWorkspaceViewChecklistElement extends GovElement {
	@state() private _values: Record<string, unknown> = {};

	constructor() {
		super();
		this.consumeContext(UMB_DOCUMENT_WORKSPACE_CONTEXT, (ctx) => {
			if (!ctx) return;
			this.observe(ctx.values, (values) => {
				const map: Record<string, unknown> = { ...this._values };
				for (const v of values ?? []) map[v.alias] = v.value;
				this._values = map;
			});
			this.observe(ctx.variants, (variants) => {
				this._values = { ...this._values, name: variants?.[0]?.name ?? '' };
			});
		});
	}

	override render() {
		return html`<gov-disclosure-checklist .values=${this._values}></gov-disclosure-checklist>`;
	}
}

export default GovWorkspaceViewChecklistElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-workspace-view-checklist': GovWorkspaceViewChecklistElement;
	}
}
