import { customElement } from '@umbraco-cms/backoffice/external/lit';
import { GovVocabularyPickerElement } from '../../shared/vocabulary-picker.element.js';

/** 文种: one term of VOCABULARIES.documentGenre; stores the alias, shows the name. */
@customElement('gov-genre-picker')
export class GovGenrePickerElement extends GovVocabularyPickerElement {
	protected readonly vocabulary = 'documentGenre';
	protected readonly editorKey = 'genre';
}

export default GovGenrePickerElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-genre-picker': GovGenrePickerElement;
	}
}
