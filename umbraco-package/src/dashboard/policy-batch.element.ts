import { css, customElement, html, nothing, state } from '@umbraco-cms/backoffice/external/lit';
import { GovElement, govStyles } from '../shared/gov-element.js';
import { batchPolicies, exportPolicies, GovApiError, listPolicies, type PolicyBatchResult, type PolicyListItem } from '../shared/api.js';
import { TOPICS, TOPIC_SEPARATOR } from '../generated/vocabulary.js';
import { termsOf } from '../shared/vocabulary.js';

/**
 * 政策文件批量处理: find documents (title or 文号), choose some, and set their 主题分类 or record a validity change
 * (e.g. 宣布失效 after a 清理) on each — saved as the editor, not published; one result per document. The register
 * downloads as CSV or Excel for the agency's 规范性文件清理 review.
 */
@customElement('gov-policy-batch')
export class GovPolicyBatchElement extends GovElement {
	@state() private _q = '';
	@state() private _normativeOnly = true;
	@state() private _items: PolicyListItem[] = [];
	@state() private _total = 0;
	@state() private _selected = new Set<string>();
	@state() private _topic = '';
	@state() private _kind = '';
	@state() private _date = '';
	@state() private _byTitle = '';
	@state() private _byNumber = '';
	@state() private _results?: PolicyBatchResult[];
	@state() private _error?: string;
	@state() private _busy = false;

	/** Saves a downloaded file (replaceable in tests). */
	save: (blob: Blob, name: string) => void = (blob, name) => {
		const a = document.createElement('a');
		a.href = URL.createObjectURL(blob);
		a.download = name;
		a.click();
		setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
	};

	override connectedCallback() {
		super.connectedCallback();
		void this.search();
	}

	#fail(x: unknown) {
		this._error = x instanceof GovApiError ? x.messageIn(this.localize.lang()) : String(x);
	}

	async search() {
		this._error = undefined;
		try {
			const r = await listPolicies(this._q, this._normativeOnly);
			this._items = r.items;
			this._total = r.total;
			this._selected = new Set([...this._selected].filter((k) => r.items.some((i) => i.id === k)));
		} catch (x) {
			this.#fail(x);
		}
	}

	#toggle(id: string, on: boolean) {
		const next = new Set(this._selected);
		if (on) next.add(id);
		else next.delete(id);
		this._selected = next;
	}

	async #apply() {
		this._error = undefined;
		this._results = undefined;
		const input = {
			keys: [...this._selected],
			topic: this._topic || undefined,
			validityEvent: this._kind ? { kind: this._kind, date: this._date, byTitle: this._byTitle || undefined, byDocumentNumber: this._byNumber || undefined } : undefined,
		};
		this._busy = true;
		try {
			this._results = await batchPolicies(input);
			await this.search();
		} catch (x) {
			this.#fail(x);
		} finally {
			this._busy = false;
		}
	}

	async #export(format: 'csv' | 'xlsx') {
		this._error = undefined;
		try {
			const blob = await exportPolicies(format, this._normativeOnly);
			this.save(blob, `${this._normativeOnly ? '规范性文件' : '政策文件'}台账.${format}`);
		} catch (x) {
			this.#fail(x);
		}
	}

	override render() {
		const unchanged = this.t('batch_unchanged');
		// uui-select puts grouped options after ungrouped ones, so the topics are one flat list ("类 / 子类") with 不更改 first.
		// It also renders a hidden placeholder option with the value '', which is what shows once 不更改 ('') is chosen
		// again: so the placeholder is 不更改 too.
		const topics = [
			{ name: unchanged, value: '', selected: !this._topic },
			...TOPICS.flatMap((t) => t.subClasses.map((s) => ({ name: `${t.name} / ${s}`, value: t.name + TOPIC_SEPARATOR + s, selected: this._topic === t.name + TOPIC_SEPARATOR + s }))),
		];
		const kindOptions = [
			{ name: unchanged, value: '', selected: !this._kind },
			...termsOf('validityEvent')
				.filter((t) => t.alias !== 'effective')
				.map((k) => ({ name: this.termName(k), value: k.alias, selected: this._kind === k.alias })),
		];
		const canApply = this._selected.size > 0 && (this._topic || (this._kind && /^\d{4}-\d{2}-\d{2}$/.test(this._date))) && !this._busy;
		return html`<uui-box headline=${this.t('batch_title')} headline-variant="h2">
			<form class="row" @submit=${(e: Event) => (e.preventDefault(), this.search())}>
				<uui-input id="q" label=${this.t('batch_search')} placeholder=${this.t('batch_search')} .value=${this._q} @input=${(e: Event) => (this._q = (e.target as HTMLInputElement).value)}></uui-input>
				<uui-toggle id="normative" label=${this.t('batch_normative_only')} .checked=${this._normativeOnly} @change=${(e: Event) => ((this._normativeOnly = (e.target as HTMLInputElement).checked), this.search())}></uui-toggle>
				<uui-button type="submit" look="secondary" label=${this.t('batch_find')}></uui-button>
				<uui-button data-export="csv" look="secondary" label=${this.t('batch_export_csv')} @click=${() => this.#export('csv')}></uui-button>
				<uui-button data-export="xlsx" look="secondary" label=${this.t('batch_export_xlsx')} @click=${() => this.#export('xlsx')}></uui-button>
			</form>
			${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
			<p data-count>${this.localize.term('govopen_batch_count', this._total, this._selected.size)}</p>
			<table>
				<thead>
					<tr>
						<th scope="col"><span class="visually-hidden">${this.t('batch_choose')}</span></th>
						<th scope="col">${this.t('batch_col_title')}</th>
						<th scope="col">${this.t('batch_col_validity')}</th>
						<th scope="col">${this.t('batch_col_review')}</th>
					</tr>
				</thead>
				<tbody>
					${this._items.map(
						(i) => html`<tr data-id=${i.id}>
							<td><uui-checkbox label="${this.t('batch_choose')}：${i.title}" .checked=${this._selected.has(i.id)} @change=${(e: Event) => this.#toggle(i.id, (e.target as HTMLInputElement).checked)}><span class="visually-hidden">${this.t('batch_choose')}：${i.title}</span></uui-checkbox></td>
							<td>${i.title} <span class="docnum">${i.documentNumber ?? ''}</span>${i.published ? nothing : html` <uui-tag look="secondary">${this.t('batch_draft')}</uui-tag>`}</td>
							<td>${i.validity}</td>
							<td>${i.review}</td>
						</tr>`,
					)}
				</tbody>
			</table>
			<fieldset>
				<legend>${this.t('batch_actions')}</legend>
				<label for="topic">${this.t('batch_topic')}</label>
				<uui-select id="topic" label=${this.t('batch_topic')} placeholder=${unchanged} .options=${topics} @change=${(e: Event) => (this._topic = (e.target as HTMLSelectElement).value)}></uui-select>
				<label for="kind">${this.t('batch_validity')}</label>
				<uui-select id="kind" label=${this.t('batch_validity')} placeholder=${unchanged} .options=${kindOptions} @change=${(e: Event) => (this._kind = (e.target as HTMLSelectElement).value)}></uui-select>
				${this._kind
					? html`<label for="date">${this.t('batch_date')}</label>
							<uui-input id="date" type="date" label=${this.t('batch_date')} .value=${this._date} @input=${(e: Event) => (this._date = (e.target as HTMLInputElement).value)}></uui-input>
							<label for="by-title">${this.t('batch_by_title')}</label>
							<uui-input id="by-title" label=${this.t('batch_by_title')} .value=${this._byTitle} @input=${(e: Event) => (this._byTitle = (e.target as HTMLInputElement).value)}></uui-input>
							<label for="by-number">${this.t('batch_by_number')}</label>
							<uui-input id="by-number" label=${this.t('batch_by_number')} .value=${this._byNumber} @input=${(e: Event) => (this._byNumber = (e.target as HTMLInputElement).value)}></uui-input>`
					: nothing}
				<uui-button id="apply" look="primary" label=${this.localize.term('govopen_batch_apply', this._selected.size)} ?disabled=${!canApply} @click=${() => this.#apply()}></uui-button>
			</fieldset>
			${this._results
				? html`<ul class="results" role="status">
						${this._results.map((r) => html`<li data-id=${r.id} data-ok=${r.ok}>${r.ok ? '✓' : '✗'} ${r.title ?? r.id}${r.message ? html`：<span class="message">${r.message}</span>` : nothing}</li>`)}
					</ul>`
				: nothing}
		</uui-box>`;
	}

	static override styles = [
		govStyles,
		css`
			.row,
			fieldset {
				display: flex;
				flex-wrap: wrap;
				align-items: center;
				gap: var(--uui-size-space-3);
			}
			table {
				width: 100%;
				border-collapse: collapse;
				margin-block: var(--uui-size-space-4);
			}
			th,
			td {
				text-align: start;
				padding: var(--uui-size-space-2);
				border-block-end: 1px solid var(--uui-color-divider);
			}
			.visually-hidden {
				position: absolute;
				width: 1px;
				height: 1px;
				overflow: hidden;
				clip: rect(0 0 0 0);
			}
			li[data-ok='false'] {
				color: var(--uui-color-danger-standalone);
			}
		`,
	];
}

export default GovPolicyBatchElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-policy-batch': GovPolicyBatchElement;
	}
}
