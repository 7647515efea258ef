import { customElement, html, property } from '@umbraco-cms/backoffice/external/lit';
import type { UmbPropertyEditorUiElement } from '@umbraco-cms/backoffice/property-editor';
import { GovElement, govStyles } from '../../shared/gov-element.js';

export interface AgendaItemValue {
	topic: string;
	decision?: string;
	isPublic: boolean;
	documents?: string[];
	interpretations?: string[];
}

/** 会议议题: items with decisions and a public flag, reorderable with buttons (keyboard-operable). */
@customElement('gov-meeting-agenda-editor')
export class GovMeetingAgendaEditorElement extends GovElement implements UmbPropertyEditorUiElement {
	@property({ attribute: false }) value?: AgendaItemValue[];
	@property({ type: Boolean, reflect: true }) readonly = false;

	private get _items(): AgendaItemValue[] {
		return this.value ?? [];
	}

	#set(items: AgendaItemValue[]) {
		this.value = items;
		this.changed();
	}

	#move(i: number, delta: number) {
		const items = [...this._items];
		const j = i + delta;
		if (j < 0 || j >= items.length) return;
		[items[i], items[j]] = [items[j], items[i]];
		this.#set(items);
		this.updateComplete.then(() => (this.shadowRoot?.querySelector(`[data-item="${j}"] [data-move="${delta < 0 ? 'up' : 'down'}"]`) as HTMLElement | null)?.focus());
	}

	override render() {
		return html`
			<ol>
				${this._items.map(
					(item, i) => html`<li data-item=${i}>
						<label for="topic-${i}">${this.t('agenda_topic')}</label>
						<input id="topic-${i}" .value=${item.topic} ?readonly=${this.readonly} aria-invalid=${item.topic.trim() ? 'false' : 'true'} @input=${(e: Event) => this.#set(this._items.map((x, k) => (k === i ? { ...x, topic: (e.target as HTMLInputElement).value } : x)))} />
						${item.topic.trim() ? '' : html`<div class="error" role="alert" data-error="topic-required">${this.t('agenda_topic-required')}</div>`}
						<label for="decision-${i}">${this.t('agenda_decision')}</label>
						<textarea id="decision-${i}" .value=${item.decision ?? ''} ?readonly=${this.readonly} @input=${(e: Event) => this.#set(this._items.map((x, k) => (k === i ? { ...x, decision: (e.target as HTMLTextAreaElement).value } : x)))}></textarea>
						<label><input type="checkbox" .checked=${item.isPublic} ?disabled=${this.readonly} @change=${(e: Event) => this.#set(this._items.map((x, k) => (k === i ? { ...x, isPublic: (e.target as HTMLInputElement).checked } : x)))} /> ${this.t('agenda_public')}</label>
						<div class="row">
							<button type="button" data-move="up" ?disabled=${this.readonly || i === 0} aria-label="${this.t('agenda_up')}：${item.topic}" @click=${() => this.#move(i, -1)}>${this.t('agenda_up')}</button>
							<button type="button" data-move="down" ?disabled=${this.readonly || i === this._items.length - 1} aria-label="${this.t('agenda_down')}：${item.topic}" @click=${() => this.#move(i, 1)}>${this.t('agenda_down')}</button>
							<button type="button" data-remove ?disabled=${this.readonly} @click=${() => this.#set(this._items.filter((_, k) => k !== i))}>${this.t('agenda_remove')}</button>
						</div>
					</li>`,
				)}
			</ol>
			<button type="button" id="add" ?disabled=${this.readonly} @click=${() => this.#set([...this._items, { topic: '', isPublic: true }])}>${this.t('agenda_add')}</button>
		`;
	}

	static override styles = [govStyles];
}

export default GovMeetingAgendaEditorElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-meeting-agenda-editor': GovMeetingAgendaEditorElement;
	}
}
