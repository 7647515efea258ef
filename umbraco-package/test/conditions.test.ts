import { afterEach, describe, expect, it } from 'vitest';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import { UmbEntityContext } from '@umbraco-cms/backoffice/entity';
import { GovDocumentTypeCondition, documentTypeAliasOf } from '../src/shared/document-type.condition.js';
import { CONTENT_TYPES } from '../src/generated/vocabulary.js';

afterEach(() => {
	document.body.replaceChildren();
	GovDocumentTypeCondition.lookup = documentTypeAliasOf;
});

if (!customElements.get('gov-test-host')) customElements.define('gov-test-host', class extends UmbLitElement {});

/** An entity-action list as 17.1 builds it: an UmbEntityContext above the actions (entity-action-list.element.js). */
function actionList(entityType: string, unique: string) {
	const list = document.createElement('gov-test-host') as UmbLitElement;
	const entity = new UmbEntityContext(list);
	entity.setEntityType(entityType);
	entity.setUnique(unique);
	const action = document.createElement('gov-test-host') as UmbLitElement;
	list.appendChild(action);
	document.body.appendChild(list);
	return { entity, action };
}

const types: Record<string, string> = { 'col-1': CONTENT_TYPES.policyFolder, 'root-1': CONTENT_TYPES.disclosureRoot, 'doc-1': CONTENT_TYPES.policyDocument };

async function permittedOn(entityType: string, unique: string) {
	GovDocumentTypeCondition.lookup = async (_host, u) => types[u];
	const { action } = actionList(entityType, unique);
	let permitted: boolean | undefined;
	const condition = new GovDocumentTypeCondition(action, { host: action, config: { alias: 'Gov.Condition.DocumentTypeAlias', oneOf: [CONTENT_TYPES.policyFolder] }, onChange: (p: boolean) => (permitted = p) } as never);
	await new Promise((r) => setTimeout(r, 20));
	return permitted ?? condition.permitted;
}

describe('Gov.Condition.DocumentTypeAlias (从公文导入 only on 政策文件栏目)', () => {
	it('permits a document whose type is listed', async () => {
		expect(await permittedOn('document', 'col-1')).toBe(true);
	});

	it('refuses other document types, other entity types and unknown documents', async () => {
		expect(await permittedOn('document', 'root-1')).toBe(false);
		expect(await permittedOn('document', 'doc-1')).toBe(false);
		expect(await permittedOn('media', 'col-1')).toBe(false);
		expect(await permittedOn('document', 'missing')).toBe(false);
	});
});
