import { customElement, html, property } from '@umbraco-cms/backoffice/external/lit';
import type { UmbPropertyEditorUiElement } from '@umbraco-cms/backoffice/property-editor';
import { UmbFormControlMixin } from '@umbraco-cms/backoffice/validation';
import { TOPICS } from '../../generated/vocabulary.js';
import { GovElement, govStyles } from '../../shared/gov-element.js';
import { joinTopic, splitTopic, validateTopic } from './topic.rules.js';

/** 主题分类: 一级 then 二级 from the generated TOPICS; stores `一级\二级` (or `一级` alone, which the server accepts). */
@customElement('gov-topic-picker')
export class GovTopicPickerElement extends UmbFormControlMixin<string | undefined, typeof GovElement, undefined>(GovElement, undefined) implements UmbPropertyEditorUiElement {
	@property({ type: Boolean, reflect: true }) readonly = false;
	@property({ type: Boolean }) mandatory = false;

	constructor() {
		super();
		this.addValidator('valueMissing', () => this.t('choice_required'), () => this.mandatory && !this.value);
		this.addValidator('customError', () => this.t('topic_' + validateTopic(this.value)), () => validateTopic(this.value) != null);
	}

	#set(top: string, sub?: string) {
		this.value = top ? joinTopic({ top, sub: sub || undefined }) : undefined;
		this.changed();
	}

	override render() {
		const t = splitTopic(this.value);
		const cls = TOPICS.find((c) => c.name === t?.top);
		const error = validateTopic(this.value);
		const topOptions = [{ name: this.t('choice_none'), value: '', selected: !cls }, ...TOPICS.map((c) => ({ name: `${c.code} ${c.name}`, value: c.name, selected: c === cls }))];
		const subOptions = cls ? [{ name: this.t('topic_all'), value: '', selected: !t?.sub }, ...cls.subClasses.map((s) => ({ name: s, value: s, selected: s === t?.sub }))] : [];
		return html`<div class="row">
				<div class="field">
					<label for="top">${this.t('topic_top')}</label>
					<uui-select id="top" label=${this.t('topic_top')} placeholder=${this.t('choice_none')} .options=${topOptions} ?disabled=${this.readonly} @change=${(e: Event) => this.#set((e.target as HTMLSelectElement).value)}></uui-select>
				</div>
				${cls && cls.subClasses.length > 0
					? html`<div class="field">
							<label for="sub">${this.t('topic_sub')}</label>
							<uui-select id="sub" label=${this.t('topic_sub')} placeholder=${this.t('topic_all')} .options=${subOptions} ?disabled=${this.readonly} @change=${(e: Event) => this.#set(cls.name, (e.target as HTMLSelectElement).value)}></uui-select>
						</div>`
					: ''}
			</div>
			${error ? html`<div class="error" role="alert" data-error=${error}>${this.t('topic_' + error)}</div>` : ''}`;
	}

	static override styles = govStyles;
}

export default GovTopicPickerElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-topic-picker': GovTopicPickerElement;
	}
}
