import { describe, expect, it } from 'vitest';
import model from './generated/content-model.json';
import { manifests } from '../src/manifests.js';

// The real 17.1 back office's manifests, as shipped in @umbraco-cms/backoffice/dist-cms (read as text: importing
// them would load the whole back office). Property editor UIs are declared as `type: 'propertyEditorUi', alias: …`
// with the alias either a string literal or a constant exported from a constants.js next to the manifest.
const manifestSources = import.meta.glob('../node_modules/@umbraco-cms/backoffice/dist-cms/packages/**/manifest{s,}.js', {
	query: '?raw',
	import: 'default',
	eager: true,
}) as Record<string, string>;
const constantSources = import.meta.glob('../node_modules/@umbraco-cms/backoffice/dist-cms/packages/**/constants.js', {
	query: '?raw',
	import: 'default',
	eager: true,
}) as Record<string, string>;

function builtInPropertyEditorUis(): Set<string> {
	const constants = new Map<string, string>();
	for (const source of Object.values(constantSources)) {
		for (const m of source.matchAll(/export const (\w+) = '([^']+)'/g)) constants.set(m[1], m[2]);
	}
	const aliases = new Set<string>();
	for (const source of Object.values(manifestSources)) {
		for (const m of source.matchAll(/type: 'propertyEditorUi',\s*alias: (?:'([^']+)'|(\w+))/g)) {
			const alias = m[1] ?? constants.get(m[2]);
			if (!alias) throw new Error(`unresolved property editor UI alias constant ${m[2]}`);
			aliases.add(alias);
		}
	}
	return aliases;
}

interface DataType {
	key: string;
	name: string;
	editorAlias: string;
	editorUiAlias: string;
	builtIn: boolean;
	used: boolean;
}

const ours = new Set(manifests.filter((m) => m.type === 'propertyEditorUi').map((m) => m.alias));
const builtIn = builtInPropertyEditorUis();

/** The data types whose editor UI nobody registers (the back office would show "Missing Property Editor UI"). */
function unregistered(dataTypes: readonly DataType[]): DataType[] {
	return dataTypes.filter((d) => !(d.builtIn ? builtIn : ours).has(d.editorUiAlias));
}

describe('content model (generated from GovOpen.Core)', () => {
	const dataTypes = model.dataTypes as DataType[];

	it('reads the real back office: its built-in property editor UIs are found', () => {
		expect(builtIn.size).toBeGreaterThan(40);
		for (const alias of ['Umb.PropertyEditorUi.TextBox', 'Umb.PropertyEditorUi.Label', 'Umb.PropertyEditorUi.BlockList', 'Umb.PropertyEditorUi.ColorPicker']) {
			expect(builtIn, alias).toContain(alias);
		}
	});

	it('every data type the installer uses has an editor UI that is registered', () => {
		expect(dataTypes.filter((d) => !d.builtIn)).toHaveLength(15);
		expect(dataTypes.filter((d) => d.builtIn).map((d) => d.editorUiAlias)).toContain('Umb.PropertyEditorUi.Label');
		expect(unregistered(dataTypes).map((d) => `${d.name}: ${d.editorUiAlias}`)).toEqual([]);
	});

	it('the check can fail: an unknown UI alias is reported, ours and built-in ones are not interchangeable', () => {
		const fake: DataType = { key: 'x', name: 'fake', editorAlias: 'Gov.Fake', editorUiAlias: 'Gov.PropertyEditorUi.Fake', builtIn: false, used: true };
		const wrongSide: DataType = { ...fake, name: 'ours-as-built-in', editorUiAlias: 'Gov.PropertyEditorUi.Validity', builtIn: true };
		expect(unregistered([...dataTypes, fake, wrongSide]).map((d) => d.name)).toEqual(['fake', 'ours-as-built-in']);
	});

	it('every property refers to a data type of the model', () => {
		const keys = new Set(dataTypes.map((d) => d.key));
		for (const t of model.documentTypes) for (const p of t.properties) expect(keys, `${t.alias}.${p.alias}`).toContain(p.dataType);
	});
});
