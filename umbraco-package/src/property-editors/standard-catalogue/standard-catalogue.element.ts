import { customElement, html, nothing, property } from '@umbraco-cms/backoffice/external/lit';
import type { UmbPropertyEditorUiElement } from '@umbraco-cms/backoffice/property-editor';
import { UmbFormControlMixin } from '@umbraco-cms/backoffice/validation';
import { GovElement, govStyles } from '../../shared/gov-element.js';
import { focusMoved, moveItem, rowActions } from '../../shared/list-editing.js';
import { termsOf } from '../../shared/vocabulary.js';
import { dotnetTrim, isBlank } from '../../shared/text.js';

/** One row of a 基层政务公开标准目录, as stored (GovOpen.Core StandardCatalogue). */
export interface StandardCatalogueRow {
	area: string;
	item: string;
	content: string;
	basis: string;
	timeLimit: string;
	body: string;
	audience: string;
	mode: string;
	channels: string[];
	level?: string | null;
}

type TextKey = 'area' | 'item' | 'content' | 'basis' | 'timeLimit' | 'body' | 'level';

/** The text fields of a row, in the order of the standard table; those the server requires are marked. */
const TEXT_FIELDS: readonly { key: TextKey; required: boolean; long?: boolean }[] = [
	{ key: 'area', required: false },
	{ key: 'item', required: true },
	{ key: 'content', required: true, long: true },
	{ key: 'basis', required: true, long: true },
	{ key: 'timeLimit', required: true },
	{ key: 'body', required: true },
	{ key: 'level', required: false },
];

const empty = (): StandardCatalogueRow => ({ area: '', item: '', content: '', basis: '', timeLimit: '', body: '', audience: 'everyone', mode: 'proactive', channels: [] });

/** What keeps a row from meeting the server's rule (StandardCatalogue.Validate): the missing required fields and channels. */
export function missingOf(row: StandardCatalogueRow): string[] {
	const missing: string[] = TEXT_FIELDS.filter((f) => f.required && isBlank(row[f.key])).map((f) => f.key);
	if (row.channels.every(isBlank)) missing.push('channels');
	return missing;
}

/**
 * 基层政务公开标准目录: rows of 事项, 内容, 依据, 时限, 主体, 对象 (全社会/特定群体), 方式 (主动/依申请公开) and 渠道,
 * reorderable with buttons (keyboard-operable); the site renders them as the standard table.
 */
@customElement('gov-standard-catalogue-editor')
export class GovStandardCatalogueEditorElement
	extends UmbFormControlMixin<StandardCatalogueRow[] | undefined, typeof GovElement, undefined>(GovElement, undefined)
	implements UmbPropertyEditorUiElement
{
	@property({ type: Boolean, reflect: true }) readonly = false;

	constructor() {
		super();
		this.addValidator('customError', () => this.t('sc_incomplete'), () => this._rows.some((r) => missingOf(r).length > 0));
	}

	private get _rows(): StandardCatalogueRow[] {
		return (this.value ?? []).map((r) => ({ ...empty(), ...r, channels: Array.isArray(r.channels) ? r.channels : [] }));
	}

	#set(rows: StandardCatalogueRow[]) {
		this.value = rows;
		this.changed();
	}

	#edit(i: number, patch: Partial<StandardCatalogueRow>) {
		this.#set(this._rows.map((x, k) => (k === i ? { ...x, ...patch } : x)));
	}

	#move(i: number, delta: number) {
		const rows = moveItem(this._rows, i, delta);
		if (!rows) return;
		this.#set(rows);
		focusMoved(this, i + delta, delta);
	}

	#select(i: number, key: 'audience' | 'mode', vocabulary: 'publicationAudience' | 'disclosureAttribute', row: StandardCatalogueRow) {
		const options = termsOf(vocabulary)
			.filter((t) => t.alias !== 'notDisclosed') // 不予公开 is no row of a publication catalogue
			.map((t) => ({ name: this.termName(t), value: t.alias, selected: t.alias === row[key] }));
		return html`<label for="${key}-${i}">${this.t('sc_' + key)}</label>
			<uui-select id="${key}-${i}" label=${this.t('sc_' + key)} .options=${options} ?disabled=${this.readonly}
				@change=${(e: Event) => this.#edit(i, { [key]: (e.target as HTMLSelectElement).value })}></uui-select>`;
	}

	override render() {
		const rows = this._rows;
		return html`
			<ol>
				${rows.map((row, i) => {
					const missing = missingOf(row);
					return html`<li data-item=${i}>
						${TEXT_FIELDS.map((f) => {
							const id = `${f.key}-${i}`;
							const invalid = f.required && isBlank(row[f.key]);
							const input = (e: Event) => this.#edit(i, { [f.key]: (e.target as HTMLInputElement).value });
							return html`<label for=${id}>${this.t('sc_' + f.key)}${f.required ? ' *' : ''}</label>
								${f.long
									? html`<uui-textarea id=${id} label=${this.t('sc_' + f.key)} .value=${row[f.key] ?? ''} ?readonly=${this.readonly} ?required=${f.required} aria-invalid=${invalid ? 'true' : 'false'} @input=${input}></uui-textarea>`
									: html`<uui-input id=${id} class="wide" label=${this.t('sc_' + f.key)} .value=${row[f.key] ?? ''} ?readonly=${this.readonly} ?required=${f.required} aria-invalid=${invalid ? 'true' : 'false'} @input=${input}></uui-input>`}`;
						})}
						${this.#select(i, 'audience', 'publicationAudience', row)} ${this.#select(i, 'mode', 'disclosureAttribute', row)}
						<label for="channels-${i}">${this.t('sc_channels')} *</label>
						<uui-input id="channels-${i}" class="wide" label=${this.t('sc_channels')} placeholder=${this.t('sc_channelsHint')} .value=${row.channels.join('、')} ?readonly=${this.readonly}
							aria-invalid=${missing.includes('channels') ? 'true' : 'false'}
							@change=${(e: Event) => this.#edit(i, { channels: (e.target as HTMLInputElement).value.split(/[、，,;；]/).map(dotnetTrim).filter(Boolean) })}></uui-input>
						${missing.length ? html`<div class="error" role="alert" data-error="incomplete">${this.t('sc_incomplete')}</div>` : nothing}
						${rowActions((k) => this.t(k), { index: i, count: rows.length, name: row.item, readonly: this.readonly, move: (d) => this.#move(i, d), remove: () => this.#set(rows.filter((_, k) => k !== i)) })}
					</li>`;
				})}
			</ol>
			<uui-button id="add" look="placeholder" label=${this.t('sc_add')} ?disabled=${this.readonly} @click=${() => this.#set([...rows, empty()])}></uui-button>
		`;
	}

	static override styles = govStyles;
}

export default GovStandardCatalogueEditorElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-standard-catalogue-editor': GovStandardCatalogueEditorElement;
	}
}
