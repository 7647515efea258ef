// The pair of manifests every GovOpen property editor registers: the schema under the server's [DataEditor] alias
// (EDITOR_ALIASES, generated from GovOpen.Core) and the UI the server's installer assigns, Gov.PropertyEditorUi.<suffix>.
import { EDITOR_ALIASES } from '../generated/vocabulary.js';

export type EditorKey = keyof typeof EDITOR_ALIASES;

/** `Gov.DocumentNumber` → `Gov.PropertyEditorUi.DocumentNumber`. */
export const uiAliasOf = (schemaAlias: string) => `Gov.PropertyEditorUi.${schemaAlias.replace(/^Gov\./, '')}`;

export function propertyEditorManifests(key: EditorKey, icon: string, element: () => Promise<unknown>): UmbExtensionManifest[] {
	const schema = EDITOR_ALIASES[key];
	const ui = uiAliasOf(schema);
	return [
		{ type: 'propertyEditorSchema', alias: schema, name: `GovOpen ${key} schema`, meta: { defaultPropertyEditorUiAlias: ui } },
		{
			type: 'propertyEditorUi',
			alias: ui,
			name: `GovOpen ${key}`,
			element: element as never,
			meta: { label: `#govopen_editor_${key}`, icon, group: 'govopen', propertyEditorSchemaAlias: schema, supportsReadOnly: true },
		},
	];
}
