import { html, property } from '@umbraco-cms/backoffice/external/lit';
import type { UmbPropertyEditorUiElement } from '@umbraco-cms/backoffice/property-editor';
import { UmbFormControlMixin } from '@umbraco-cms/backoffice/validation';
import { GovElement, govStyles } from './gov-element.js';
import { findTerm, termsOf, type VocabularyKey } from './vocabulary.js';

/**
 * A choice from one generated vocabulary (文种, 文件类别, 解读形式, 收费类别): shows the Chinese name, stores the ASCII alias.
 * A value stored by an older import as the Chinese name or a synonym is shown as its term and re-stored as the alias on change.
 */
export abstract class GovVocabularyPickerElement
	extends UmbFormControlMixin<string | undefined, typeof GovElement, undefined>(GovElement, undefined)
	implements UmbPropertyEditorUiElement
{
	protected abstract readonly vocabulary: VocabularyKey;
	@property({ type: Boolean, reflect: true }) readonly = false;
	@property({ type: Boolean }) mandatory = false;

	constructor() {
		super();
		this.addValidator('valueMissing', () => this.t('choice_required'), () => this.mandatory && !this.value);
		this.addValidator('customError', () => this.t('choice_unknown', this.value), () => !!this.value && !findTerm(this.vocabulary, this.value));
	}

	#onChange(e: Event) {
		this.value = (e.target as HTMLSelectElement).value || undefined;
		this.changed();
	}

	override render() {
		const selected = findTerm(this.vocabulary, this.value)?.alias;
		const options = [
			{ name: this.t('choice_none'), value: '', selected: !selected },
			...termsOf(this.vocabulary).map((t) => ({ name: this.termName(t), value: t.alias, selected: t.alias === selected })),
		];
		const unknown = !!this.value && !selected;
		return html`<uui-select id="choice" label=${this.t('editor_' + this.editorKey)} placeholder=${this.t('choice_none')} .options=${options} ?disabled=${this.readonly} ?error=${unknown} @change=${this.#onChange}></uui-select>
			${unknown ? html`<div class="error" role="alert" data-error="unknown">${this.t('choice_unknown', this.value)}</div>` : ''}`;
	}

	/** The EDITOR_ALIASES key, for the label. */
	protected abstract readonly editorKey: string;

	static override styles = govStyles;
}
