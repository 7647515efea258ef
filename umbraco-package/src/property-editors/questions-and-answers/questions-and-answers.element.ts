import { customElement, html, nothing, property } from '@umbraco-cms/backoffice/external/lit';
import type { UmbPropertyEditorUiElement } from '@umbraco-cms/backoffice/property-editor';
import { UmbFormControlMixin } from '@umbraco-cms/backoffice/validation';
import { GovElement, govStyles } from '../../shared/gov-element.js';
import { focusMoved, moveItem, rowActions } from '../../shared/list-editing.js';
import { isBlank } from '../../shared/text.js';

export interface QuestionAnswerValue {
	question: string;
	answer: string;
}

/** 问答: question-and-answer pairs, both required, reorderable with buttons (keyboard-operable). */
@customElement('gov-questions-and-answers-editor')
export class GovQuestionsAndAnswersEditorElement
	extends UmbFormControlMixin<QuestionAnswerValue[] | undefined, typeof GovElement, undefined>(GovElement, undefined)
	implements UmbPropertyEditorUiElement
{
	@property({ type: Boolean, reflect: true }) readonly = false;

	constructor() {
		super();
		this.addValidator('customError', () => this.t('qa_incomplete'), () => this._items.some((i) => isBlank(i.question) || isBlank(i.answer)));
	}

	private get _items(): QuestionAnswerValue[] {
		return this.value ?? [];
	}

	#set(items: QuestionAnswerValue[]) {
		this.value = items;
		this.changed();
	}

	#edit(i: number, patch: Partial<QuestionAnswerValue>) {
		this.#set(this._items.map((x, k) => (k === i ? { ...x, ...patch } : x)));
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
				${this._items.map((item, i) => {
					const incomplete = isBlank(item.question) || isBlank(item.answer);
					return html`<li data-item=${i}>
						<label for="q-${i}">${this.t('qa_question')}</label>
						<uui-input id="q-${i}" class="wide" label=${this.t('qa_question')} .value=${item.question} ?readonly=${this.readonly} required aria-invalid=${isBlank(item.question) ? 'true' : 'false'} @input=${(e: Event) => this.#edit(i, { question: (e.target as HTMLInputElement).value })}></uui-input>
						<label for="a-${i}">${this.t('qa_answer')}</label>
						<uui-textarea id="a-${i}" label=${this.t('qa_answer')} .value=${item.answer} ?readonly=${this.readonly} required aria-invalid=${isBlank(item.answer) ? 'true' : 'false'} @input=${(e: Event) => this.#edit(i, { answer: (e.target as HTMLTextAreaElement).value })}></uui-textarea>
						${incomplete ? html`<div class="error" role="alert" data-error="incomplete">${this.t('qa_incomplete')}</div>` : nothing}
						${rowActions((k) => this.t(k), { index: i, count: this._items.length, name: item.question, readonly: this.readonly, move: (d) => this.#move(i, d), remove: () => this.#set(this._items.filter((_, k) => k !== i)) })}
					</li>`;
				})}
			</ol>
			<uui-button id="add" look="placeholder" label=${this.t('qa_add')} ?disabled=${this.readonly} @click=${() => this.#set([...this._items, { question: '', answer: '' }])}></uui-button>
		`;
	}

	static override styles = govStyles;
}

export default GovQuestionsAndAnswersEditorElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-questions-and-answers-editor': GovQuestionsAndAnswersEditorElement;
	}
}
