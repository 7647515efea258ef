import { customElement, html, state } from '@umbraco-cms/backoffice/external/lit';
import { UMB_DOCUMENT_WORKSPACE_CONTEXT } from '@umbraco-cms/backoffice/document';
import { GovElement } from '../shared/gov-element.js';
import './checklist.element.js';
import './validity-changes.element.js';
import './publication-check.element.js';
import './proposed-changes.element.js';

/** Workspace view on policy documents: the server's 发布前检查 on the unsaved values, the checklist, and 待确认的效力变更. */
@customElement('gov-workspace-view-checklist')
export class GovWorkspaceViewChecklistElement extends GovElement {
	@state() private _values: Record<string, unknown> = {};
	@state() private _unique?: string | null;

	constructor() {
		super();
		this.consumeContext(UMB_DOCUMENT_WORKSPACE_CONTEXT, (ctx) => {
			if (!ctx) return;
			this.observe(ctx.values, (values) => {
				const map: Record<string, unknown> = { ...this._values };
				for (const v of values ?? []) map[v.alias] = v.value;
				this._values = map;
			});
			this.observe(ctx.unique, (unique) => {
				this._unique = unique;
			});
			this.observe(ctx.variants, (variants) => {
				this._values = { ...this._values, name: variants?.[0]?.name ?? '' };
			});
		});
	}

	override render() {
		return html`<gov-publication-check .documentKey=${this._unique} .values=${this._values}></gov-publication-check>
			<gov-disclosure-checklist .documentKey=${this._unique} .values=${this._values}></gov-disclosure-checklist>
			<gov-validity-changes .documentKey=${this._unique}></gov-validity-changes>
			<gov-proposed-changes .documentKey=${this._unique}></gov-proposed-changes>`;
	}
}

export default GovWorkspaceViewChecklistElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-workspace-view-checklist': GovWorkspaceViewChecklistElement;
	}
}
