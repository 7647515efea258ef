import { EDITOR_ALIASES } from '../../generated/vocabulary.js';
import { propertyEditorManifests } from '../property-editor.manifest.js';

export const manifests: UmbExtensionManifest[] = [
	...propertyEditorManifests('disclosure', 'icon-lock', () => import('./disclosure.element.js')),
	// New documents start with 主动公开 stored (see disclosure.preset.ts).
	{
		type: 'propertyValuePreset',
		alias: 'Gov.PropertyValuePreset.Disclosure',
		name: 'GovOpen 公开属性 preset: 主动公开',
		forPropertyEditorSchemaAlias: EDITOR_ALIASES.disclosure,
		api: (() => import('./disclosure.preset.js')) as never,
	},
];
