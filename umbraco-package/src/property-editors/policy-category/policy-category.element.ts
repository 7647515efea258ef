import { customElement } from '@umbraco-cms/backoffice/external/lit';
import { GovVocabularyPickerElement } from '../../shared/vocabulary-picker.element.js';

/** 文件类别 (规章 / 行政规范性文件 / 其他文件): one term of VOCABULARIES.policyCategory; stores the alias, shows the name. */
@customElement('gov-policy-category-picker')
export class GovPolicyCategoryPickerElement extends GovVocabularyPickerElement {
	protected readonly vocabulary = 'policyCategory';
	protected readonly editorKey = 'policyCategory';
}

export default GovPolicyCategoryPickerElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-policy-category-picker': GovPolicyCategoryPickerElement;
	}
}
