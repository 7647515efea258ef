import { customElement } from '@umbraco-cms/backoffice/external/lit';
import { GovVocabularyPickerElement } from '../../shared/vocabulary-picker.element.js';

/** 收费类别: one term of VOCABULARIES.feeCategory; stores the alias, shows the name. */
@customElement('gov-fee-category-picker')
export class GovFeeCategoryPickerElement extends GovVocabularyPickerElement {
	protected readonly vocabulary = 'feeCategory';
	protected readonly editorKey = 'feeCategory';
}

export default GovFeeCategoryPickerElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-fee-category-picker': GovFeeCategoryPickerElement;
	}
}
