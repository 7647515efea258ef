import { css, customElement, html, nothing, property, state } from '@umbraco-cms/backoffice/external/lit';
import { GovElement, govStyles } from '../shared/gov-element.js';
import { checkExternalLinks, checkPublication, GovApiError, type PublicationFinding } from '../shared/api.js';

/** How long the editor may pause typing before the server check runs again. */
export const CHECK_DELAY_MS = 600;

/**
 * 发布前检查: the server's pre-publication check (personal information, links to non-public content, duplicate
 * 文号/索引号, metadata, wording) on the open document's unsaved values, re-run shortly after each change. Errors
 * block 发布 (the publishing guard runs the same check); warnings do not. A document not saved yet is checked after
 * its first save.
 */
@customElement('gov-publication-check')
export class GovPublicationCheckElement extends GovElement {
	/** The document's key (GUID): the workspace's unique. */
	@property({ attribute: false }) documentKey?: string | null;

	/** The workspace's values by alias, and `name`. */
	@property({ attribute: false }) values: Record<string, unknown> = {};

	@state() private _findings?: PublicationFinding[];
	@state() private _error?: string;
	@state() private _unsaved = false;
	@state() private _running = false;
	@state() private _links?: { checkedLinks: number; broken: { url: string; text: string; problem: string }[] };
	@state() private _linksBusy = false;

	#timer?: ReturnType<typeof setTimeout>;
	#sent?: string;
	#generation = 0;

	override updated(changed: Map<string, unknown>) {
		if (changed.has('values') || changed.has('documentKey')) this.#schedule();
	}

	override disconnectedCallback() {
		super.disconnectedCallback();
		clearTimeout(this.#timer);
	}

	#schedule() {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.run(), CHECK_DELAY_MS);
	}

	/** Runs the check now (also the 重新检查 button). */
	async run(force = false) {
		const key = this.documentKey;
		if (!key) return;
		const { name, ...values } = this.values;
		const payload = JSON.stringify([key, name, values]);
		if (!force && payload === this.#sent) return;
		this.#sent = payload;
		const generation = ++this.#generation;
		this._running = true;
		try {
			const findings = await checkPublication(key, typeof name === 'string' ? name : undefined, values);
			if (generation !== this.#generation) return;
			this._findings = findings;
			this._error = undefined;
			this._unsaved = false;
		} catch (x) {
			if (generation !== this.#generation) return;
			this._unsaved = x instanceof GovApiError && x.status === 404;
			this._error = this._unsaved ? undefined : x instanceof GovApiError ? x.messageIn(this.localize.lang()) : String(x);
		} finally {
			if (generation === this.#generation) this._running = false;
		}
	}

	/** 检查外部链接: on demand only (it reaches other sites). */
	async checkLinks() {
		const key = this.documentKey;
		if (!key) return;
		const { name, ...values } = this.values;
		this._linksBusy = true;
		try {
			this._links = await checkExternalLinks(key, typeof name === 'string' ? name : undefined, values);
		} catch (x) {
			this._error = x instanceof GovApiError ? x.messageIn(this.localize.lang()) : String(x);
		} finally {
			this._linksBusy = false;
		}
	}

	#message(f: PublicationFinding) {
		return this.localize.lang().toLowerCase().startsWith('zh') ? f.message : f.messageEn;
	}

	#list(severity: 'error' | 'warning', findings: PublicationFinding[]) {
		if (findings.length === 0) return nothing;
		return html`<ul class=${severity + 's'}>
			${findings.map(
				(f) => html`<li data-code=${f.code} data-field=${f.field}>
					<uui-tag look="primary" color=${severity === 'error' ? 'danger' : 'warning'}>${this.t(severity === 'error' ? 'precheck_error' : 'precheck_warning')}</uui-tag>
					<span class="message">${this.#message(f)}</span>
					${f.field !== 'name' ? html`<a href="#property-${f.field}">→ ${f.field}</a>` : nothing}
				</li>`,
			)}
		</ul>`;
	}

	override render() {
		const findings = this._findings ?? [];
		const errors = findings.filter((f) => f.severity === 'error');
		const warnings = findings.filter((f) => f.severity === 'warning');
		return html`<uui-box headline=${this.t('precheck_title')} headline-variant="h2">
			<uui-button slot="header-actions" look="secondary" data-action="recheck" label=${this.t('precheck_run')} ?disabled=${this._running} @click=${() => this.run(true)}></uui-button>
			${this._error ? html`<p role="alert" class="error">${this._error}</p>` : nothing}
			${this._unsaved ? html`<p class="unsaved">${this.t('precheck_unsaved')}</p>` : nothing}
			${this._findings && errors.length === 0 ? html`<p class="passed">${this.t(warnings.length ? 'precheck_passed_warnings' : 'precheck_passed')}</p>` : nothing}
			${this._findings && errors.length > 0 ? html`<p class="blocked" role="status">${this.t('precheck_blocked')}</p>` : nothing}
			${this.#list('error', errors)} ${this.#list('warning', warnings)}
			<uui-button look="secondary" data-action="external-links" label=${this.t('precheck_links')} ?disabled=${this._linksBusy} @click=${() => this.checkLinks()}></uui-button>
			${this._links
				? html`<p class="links" role="status" data-links>${this.localize.term('govopen_precheck_links_result', this._links.checkedLinks, this._links.broken.length)}</p>
						<ul class="warnings">
							${this._links.broken.map((b) => html`<li data-url=${b.url}><uui-tag look="primary" color="warning">${this.t('precheck_warning')}</uui-tag> “${b.text}” ${b.url}：${b.problem}</li>`)}
						</ul>`
				: nothing}
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
			.blocked,
			.error {
				color: var(--uui-color-danger-standalone);
			}
			.passed {
				color: var(--uui-color-positive-standalone);
			}
		`,
	];
}

export default GovPublicationCheckElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-publication-check': GovPublicationCheckElement;
	}
}
