import { customElement, html, property } from '@umbraco-cms/backoffice/external/lit';
import type { UmbPropertyEditorUiElement } from '@umbraco-cms/backoffice/property-editor';
import { UmbFormControlMixin } from '@umbraco-cms/backoffice/validation';
import { GovElement, govStyles } from '../../shared/gov-element.js';
import { focusMoved, moveItem, rowActions } from '../../shared/list-editing.js';
import { isBlank } from '../../shared/text.js';

export interface AgendaItemValue {
	topic: string;
	decision?: string;
	isPublic: boolean;
	documents?: string[];
	interpretations?: string[];
}

/** 会议议题: items with decisions and a public flag, reorderable with buttons (keyboard-operable). */
@customElement('gov-meeting-agenda-editor')
export class GovMeetingAgendaEditorElement
	extends UmbFormControlMixin<AgendaItemValue[] | undefined, typeof GovElement, undefined>(GovElement, undefined)
	implements UmbPropertyEditorUiElement
{
	@property({ type: Boolean, reflect: true }) readonly = false;

	constructor() {
		super();
		this.addValidator('customError', () => this.t('agenda_topic-required'), () => this._items.some((i) => isBlank(i.topic)));
	}

	private get _items(): AgendaItemValue[] {
		return this.value ?? [];
	}

	#set(items: AgendaItemValue[]) {
		this.value = items;
		this.changed();
	}

	#move(i: number, delta: number) {
		const items = moveItem(this._items, i, delta);
		if (!items) return;
		this.#set(items);
		focusMoved(this, i + delta, delta);
	}

	override render() {
		return html`
			<ol>
				${this._items.map(
					(item, i) => html`<li data-item=${i}>
						<label for="topic-${i}">${this.t('agenda_topic')}</label>
						<uui-input id="topic-${i}" class="wide" label=${this.t('agenda_topic')} .value=${item.topic} ?readonly=${this.readonly} aria-invalid=${isBlank(item.topic) ? 'true' : 'false'} @input=${(e: Event) => this.#set(this._items.map((x, k) => (k === i ? { ...x, topic: (e.target as HTMLInputElement).value } : x)))}></uui-input>
						${!isBlank(item.topic) ? '' : html`<div class="error" role="alert" data-error="topic-required">${this.t('agenda_topic-required')}</div>`}
						<label for="decision-${i}">${this.t('agenda_decision')}</label>
						<uui-textarea id="decision-${i}" label=${this.t('agenda_decision')} .value=${item.decision ?? ''} ?readonly=${this.readonly} @input=${(e: Event) => this.#set(this._items.map((x, k) => (k === i ? { ...x, decision: (e.target as HTMLTextAreaElement).value } : x)))}></uui-textarea>
						<uui-toggle label=${this.t('agenda_public')} .checked=${item.isPublic} ?disabled=${this.readonly} @change=${(e: Event) => this.#set(this._items.map((x, k) => (k === i ? { ...x, isPublic: (e.target as HTMLInputElement).checked } : x)))}></uui-toggle>
						${rowActions((k) => this.t(k), { index: i, count: this._items.length, name: item.topic, readonly: this.readonly, move: (d) => this.#move(i, d), remove: () => this.#set(this._items.filter((_, k) => k !== i)) })}
					</li>`,
				)}
			</ol>
			<uui-button id="add" look="placeholder" label=${this.t('agenda_add')} ?disabled=${this.readonly} @click=${() => this.#set([...this._items, { topic: '', isPublic: true }])}></uui-button>
		`;
	}

	static override styles = govStyles;
}

export default GovMeetingAgendaEditorElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-meeting-agenda-editor': GovMeetingAgendaEditorElement;
	}
}
