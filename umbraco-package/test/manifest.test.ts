import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import rawSchema from '../node_modules/@umbraco-cms/backoffice/dist-cms/umbraco-package-schema.json';
import pkg from '../public/umbraco-package.json';
import { manifests } from '../src/manifests.js';
import serverEditors from '../../src/GovOpen.Umbraco/PropertyEditors/GovDataEditors.cs?raw';

/** The shipped schema is not strict draft-07 ("type": "{boolean}", scalar examples); fix those up first. */
function fixUp(node: unknown): unknown {
	if (Array.isArray(node)) return node.map(fixUp);
	if (node && typeof node === 'object') {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(node)) {
			if (k === 'type' && typeof v === 'string' && v.startsWith('{')) out[k] = v.slice(1, -1);
			else if (k === 'examples' && !Array.isArray(v)) out[k] = [v];
			else out[k] = fixUp(v);
		}
		return out;
	}
	return node;
}

describe('umbraco-package.json', () => {
	const ajv = new Ajv({ strict: false, allErrors: true });
	const validate = ajv.compile(fixUp(rawSchema) as object);

	it('is valid against the schema shipped in @umbraco-cms/backoffice', () => {
		expect(validate(pkg), JSON.stringify(validate.errors)).toBe(true);
	});

	it('the validator catches a broken manifest (the test can fail)', () => {
		expect(validate({ extensions: [{ type: 'bundle' }] })).toBe(false);
	});

	it('every extension of the bundle is complete and valid', () => {
		for (const m of manifests) {
			expect(m.alias && m.name && m.type, JSON.stringify(m)).toBeTruthy();
			const single = { ...pkg, extensions: [{ ...m, element: undefined, js: undefined, api: undefined }] };
			expect(validate(single), `${m.alias}: ${JSON.stringify(validate.errors?.slice(0, 2))}`).toBe(true);
			if (m.type === 'propertyEditorUi') {
				const meta = (m as unknown as { meta: Record<string, unknown> }).meta;
				expect(meta.label && meta.icon && meta.group, m.alias).toBeTruthy();
			}
		}
	});

	it('property editor schema aliases are the server DataEditor aliases', () => {
		const server = [...serverEditors.matchAll(/public const string \w+ = "(Gov\.[A-Za-z]+)";/g)].map((x) => x[1]);
		const schemas = manifests.filter((m) => m.type === 'propertyEditorSchema').map((m) => m.alias);
		expect(schemas.length).toBe(6);
		for (const alias of schemas) expect(server).toContain(alias);
		for (const ui of manifests.filter((m) => m.type === 'propertyEditorUi')) expect(ui.alias).toBe(`Gov.PropertyEditorUi.${ui.alias.split('.').pop()}`);
	});
});
