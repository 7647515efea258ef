import { customElement } from '@umbraco-cms/backoffice/external/lit';
import { GovVocabularyPickerElement } from '../../shared/vocabulary-picker.element.js';

/** 解读形式: one term of VOCABULARIES.interpretationForm; stores the alias, shows the name. */
@customElement('gov-interpretation-form-picker')
export class GovInterpretationFormPickerElement extends GovVocabularyPickerElement {
	protected readonly vocabulary = 'interpretationForm';
	protected readonly editorKey = 'interpretationForm';
}

export default GovInterpretationFormPickerElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-interpretation-form-picker': GovInterpretationFormPickerElement;
	}
}
