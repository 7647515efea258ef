import { css, customElement, html, nothing, state } from '@umbraco-cms/backoffice/external/lit';
import { UMB_DOCUMENT_WORKSPACE_CONTEXT } from '@umbraco-cms/backoffice/document';
import { GovElement, govStyles } from '../shared/gov-element.js';
import { generateAnnualReport, GovApiError, type ReportCheck } from '../shared/api.js';

/**
 * 生成报告表格: on a 年度报告, generates parts 二, 三 and 四 from the site's records (public policies, the figures entered
 * on the report, the 依申请公开 register) and keeps them on the report; lists the checks they fail, which must be
 * explained in “表格校验未通过的说明” before the report can be published. Reload the document to see the tables.
 */
@customElement('gov-workspace-view-annual-report')
export class GovAnnualReportViewElement extends GovElement {
	@state() private _unique?: string | null;
	@state() private _checks?: ReportCheck[];
	@state() private _error?: string;
	@state() private _busy = false;

	constructor() {
		super();
		this.consumeContext(UMB_DOCUMENT_WORKSPACE_CONTEXT, (ctx) => {
			if (!ctx) return;
			this.observe(ctx.unique, (unique) => (this._unique = unique));
		});
	}

	async generate() {
		if (!this._unique) return;
		this._busy = true;
		this._error = undefined;
		try {
			this._checks = (await generateAnnualReport(this._unique)).checks;
		} catch (x) {
			this._error = x instanceof GovApiError ? x.messageIn(this.localize.lang()) : String(x);
		} finally {
			this._busy = false;
		}
	}

	override render() {
		const errors = this._checks?.filter((c) => c.severity === 'error') ?? [];
		return html`<uui-box headline=${this.t('report_title')} headline-variant="h2">
			<p>${this.t('report_help')}</p>
			<uui-button id="generate" look="primary" label=${this.t('report_generate')} ?disabled=${this._busy || !this._unique} @click=${() => this.generate()}></uui-button>
			${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
			${this._checks
				? html`<p role="status" data-result>${errors.length ? this.localize.term('govopen_report_failed', errors.length) : this.t('report_passed')}</p>
						<ul>
							${this._checks.map((c) => html`<li data-code=${c.code} data-severity=${c.severity}>${c.message}</li>`)}
						</ul>`
				: nothing}
		</uui-box>`;
	}

	static override styles = [
		govStyles,
		css`
			li[data-severity='error'] {
				color: var(--uui-color-danger-standalone);
			}
		`,
	];
}

export default GovAnnualReportViewElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-workspace-view-annual-report': GovAnnualReportViewElement;
	}
}
