import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import rawSchema from '../node_modules/@umbraco-cms/backoffice/dist-cms/umbraco-package-schema.json';
import pkg from '../public/umbraco-package.json';
import { manifests } from '../src/manifests.js';
import zh from '../src/localization/zh-cn.js';
import en from '../src/localization/en.js';
import { CONTENT_TYPES, EDITOR_ALIASES } from '../src/generated/vocabulary.js';

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

	// EDITOR_ALIASES is generated from GovOpen.Core's EditorAliases, which the server's [DataEditor]s and installer use.
	const server = Object.values(EDITOR_ALIASES) as string[];
	const byType = (type: string) => manifests.filter((m) => m.type === type) as unknown as { alias: string; meta: Record<string, string> }[];

	it('every server data editor has a client schema and the UI the installer assigns', () => {
		expect(server).toHaveLength(15);
		const schemas = byType('propertyEditorSchema');
		const uis = byType('propertyEditorUi');
		for (const alias of server) {
			const ui = `Gov.PropertyEditorUi.${alias.slice('Gov.'.length)}`;
			expect(schemas.find((s) => s.alias === alias)?.meta.defaultPropertyEditorUiAlias, alias).toBe(ui);
			expect(uis.find((u) => u.alias === ui)?.meta.propertyEditorSchemaAlias, ui).toBe(alias);
		}
	});

	it('every client schema and UI belongs to a server data editor', () => {
		const schemas = byType('propertyEditorSchema');
		const uis = byType('propertyEditorUi');
		expect(schemas).toHaveLength(server.length);
		expect(uis).toHaveLength(server.length);
		for (const s of schemas) expect(server, s.alias).toContain(s.alias);
		for (const u of uis) {
			expect(server, u.alias).toContain(u.meta.propertyEditorSchemaAlias);
			expect(u.alias).toBe(`Gov.PropertyEditorUi.${u.meta.propertyEditorSchemaAlias.slice('Gov.'.length)}`);
		}
	});

	it('labels are localization keys that exist in zh-CN and en', () => {
		for (const m of manifests as unknown as { alias: string; meta?: { label?: string } }[]) {
			const label = m.meta?.label;
			if (!label) continue;
			expect(label, m.alias).toMatch(/^#govopen_/);
			const key = label.slice('#govopen_'.length);
			expect(zh.govopen, m.alias).toHaveProperty([key]);
			expect(en.govopen, m.alias).toHaveProperty([key]);
		}
	});

	it('the 公开检查 view is limited to GovOpen policy documents', () => {
		const view = manifests.find((m) => m.alias === 'Gov.WorkspaceView.DisclosureCheck') as unknown as { conditions: { alias: string; oneOf?: string[] }[] };
		const byContentType = view.conditions.find((c) => c.alias === 'Umb.Condition.WorkspaceContentTypeAlias');
		expect(byContentType?.oneOf).toEqual([CONTENT_TYPES.policyDocument]);
	});

	// The 17.1 bundle loader (dist-cms/libs/extension-api/initializers/bundle-extension-initializer.js) registers every
	// array and every object the bundle module exports; do the same and look for an alias registered twice.
	it('the bundle module exports one manifest array, so each manifest is registered once', async () => {
		const bundle: Record<string, unknown> = await import('../src/manifests.js');
		const exported = Object.values(bundle);
		expect(exported.filter(Array.isArray)).toHaveLength(1);
		const registered = exported.flatMap((v) => (Array.isArray(v) ? v : v && typeof v === 'object' ? [v] : [])) as { alias: string }[];
		const aliases = registered.map((m) => m.alias);
		expect(aliases.filter((a, i) => aliases.indexOf(a) !== i)).toEqual([]);
		expect(aliases).toHaveLength(manifests.length);
	});

	it('从公文导入 is offered only on GovOpen 政策文件 columns, through a registered condition', () => {
		const action = manifests.find((m) => m.alias === 'Gov.EntityAction.Import') as unknown as { forEntityTypes: string[]; conditions: { alias: string; oneOf?: string[] }[] };
		expect(action.forEntityTypes).toEqual(['document']);
		expect(action.conditions).toEqual([{ alias: 'Gov.Condition.DocumentTypeAlias', oneOf: [CONTENT_TYPES.policyFolder] }]);
		const condition = manifests.find((m) => m.alias === 'Gov.Condition.DocumentTypeAlias') as unknown as { type: string; api: unknown };
		expect(condition.type).toBe('condition');
		expect(typeof condition.api).toBe('function');
	});

	it('公开征求意见 is offered only on 政策文件 documents', () => {
		const action = manifests.find((m) => m.alias === 'Gov.EntityAction.OpenConsultation') as unknown as { forEntityTypes: string[]; conditions: { alias: string; oneOf?: string[] }[]; meta: { label: string } };
		expect(action.forEntityTypes).toEqual(['document']);
		expect(action.conditions).toEqual([{ alias: 'Gov.Condition.DocumentTypeAlias', oneOf: [CONTENT_TYPES.policyDocument] }]);
		expect(action.meta.label).toBe('#govopen_consult_open');
	});

	it('auth is wired once, by a back-office entry point', () => {
		expect(manifests.filter((m) => m.type === 'backofficeEntryPoint').map((m) => m.alias)).toEqual(['Gov.EntryPoint']);
	});
});
