import { css, customElement, html, nothing, property, state } from '@umbraco-cms/backoffice/external/lit';
import type { UmbPropertyEditorUiElement } from '@umbraco-cms/backoffice/property-editor';
import { UmbFormControlMixin } from '@umbraco-cms/backoffice/validation';
import { umbOpenModal } from '@umbraco-cms/backoffice/modal';
import { UMB_MEDIA_PICKER_MODAL, UmbMediaItemRepository } from '@umbraco-cms/backoffice/media';
import { GovElement, govStyles } from '../../shared/gov-element.js';
import { focusMoved, moveItem, rowActions } from '../../shared/list-editing.js';

/** One 图解 image as stored (the server fills url, width and height from the media item on publish). */
export interface GraphicImageValue {
	mediaKey: string;
	alt: string;
	longDescription?: string;
	url?: string;
	width?: number;
	height?: number;
}

/** Longest alternative text before the editor suggests the long description (Core's InterpretationRules.MaxAltLength). */
export const MAX_ALT_LENGTH = 300;

/**
 * 图解: images picked with Umbraco's media picker, each with required alternative text (条例 and 适老化: a screen
 * reader reads it) and an optional long description; reorderable with buttons (keyboard-operable).
 */
@customElement('gov-graphic-images-editor')
export class GovGraphicImagesEditorElement
	extends UmbFormControlMixin<GraphicImageValue[] | undefined, typeof GovElement, undefined>(GovElement, undefined)
	implements UmbPropertyEditorUiElement
{
	@property({ type: Boolean, reflect: true }) readonly = false;

	/** Opens the media picker and answers the picked media keys (replaceable in tests). */
	pickMedia: (host: GovGraphicImagesEditorElement) => Promise<string[]> = async (host) => {
		const value = await umbOpenModal(host, UMB_MEDIA_PICKER_MODAL, { data: { multiple: true } }).catch(() => undefined);
		return (value?.selection ?? []).filter((s): s is string => !!s);
	};

	/** The names of media items by key, for the list (replaceable in tests). */
	describeMedia: (host: GovGraphicImagesEditorElement, keys: string[]) => Promise<Record<string, string>> = async (host, keys) => {
		const { data } = await new UmbMediaItemRepository(host).requestItems(keys);
		return Object.fromEntries((data ?? []).map((i) => [i.unique, i.name]));
	};

	@state() private _names: Record<string, string> = {};

	constructor() {
		super();
		this.addValidator('customError', () => this.t('graphic_alt-required'), () => this._items.some((i) => !i.alt?.trim()));
	}

	private get _items(): GraphicImageValue[] {
		return this.value ?? [];
	}

	override updated(changed: Map<string, unknown>) {
		super.updated(changed);
		const missing = this._items.map((i) => i.mediaKey).filter((k) => k && !(k in this._names));
		if (missing.length) {
			for (const k of missing) this._names = { ...this._names, [k]: '' };
			void this.describeMedia(this, missing).then((names) => (this._names = { ...this._names, ...names })).catch(() => undefined);
		}
	}

	#set(items: GraphicImageValue[]) {
		this.value = items;
		this.changed();
	}

	#edit(i: number, patch: Partial<GraphicImageValue>) {
		this.#set(this._items.map((x, k) => (k === i ? { ...x, ...patch } : x)));
	}

	#move(i: number, delta: number) {
		const items = moveItem(this._items, i, delta);
		if (!items) return;
		this.#set(items);
		focusMoved(this, i + delta, delta);
	}

	async #add() {
		const picked = await this.pickMedia(this);
		const known = new Set(this._items.map((i) => i.mediaKey));
		const added = [...new Set(picked)].filter((k) => !known.has(k)).map((mediaKey) => ({ mediaKey, alt: '' }));
		if (added.length) this.#set([...this._items, ...added]);
	}

	override render() {
		return html`
			<ol>
				${this._items.map((item, i) => {
					const label = this._names[item.mediaKey] || item.url || this.t('graphic_image', i + 1);
					const alt = item.alt ?? '';
					return html`<li data-item=${i}>
						<div class="name">${this.t('graphic_image', i + 1)}：${label}</div>
						<label for="alt-${i}">${this.t('graphic_alt')}</label>
						<uui-input id="alt-${i}" class="wide" label=${this.t('graphic_alt')} .value=${alt} ?readonly=${this.readonly} required aria-invalid=${alt.trim() ? 'false' : 'true'} @input=${(e: Event) => this.#edit(i, { alt: (e.target as HTMLInputElement).value })}></uui-input>
						${alt.trim() ? nothing : html`<div class="error" role="alert" data-error="alt-required">${this.t('graphic_alt-required')}</div>`}
						${alt.trim().length > MAX_ALT_LENGTH ? html`<div class="warning" data-warning="alt-too-long">${this.t('graphic_alt-too-long', MAX_ALT_LENGTH)}</div>` : nothing}
						<label for="long-${i}">${this.t('graphic_long')}</label>
						<uui-textarea id="long-${i}" label=${this.t('graphic_long')} .value=${item.longDescription ?? ''} ?readonly=${this.readonly} @input=${(e: Event) => this.#edit(i, { longDescription: (e.target as HTMLTextAreaElement).value || undefined })}></uui-textarea>
						${rowActions((k) => this.t(k), { index: i, count: this._items.length, name: label, readonly: this.readonly, move: (d) => this.#move(i, d), remove: () => this.#set(this._items.filter((_, k) => k !== i)) })}
					</li>`;
				})}
			</ol>
			<uui-button id="add" look="placeholder" label=${this.t('graphic_add')} ?disabled=${this.readonly} @click=${() => this.#add()}></uui-button>
		`;
	}

	static override styles = [
		govStyles,
		css`
			.warning {
				color: var(--uui-color-warning-standalone);
			}
		`,
	];
}

export default GovGraphicImagesEditorElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-graphic-images-editor': GovGraphicImagesEditorElement;
	}
}
