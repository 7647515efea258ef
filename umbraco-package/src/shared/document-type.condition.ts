// 17.1 has no condition on a document's type for entity actions: Umb.Condition.WorkspaceContentTypeAlias needs a
// workspace, and the entity-action conditions it ships (Umb.Condition.Entity.Type / Entity.Unique,
// dist-cms/packages/core/entity/entity-type/entity-type.condition.js) only see the entity type and unique that the
// action list provides through UMB_ENTITY_CONTEXT (dist-cms/packages/core/entity-action/entity-action-list.element.js,
// components/entity-actions-bundle/entity-actions-bundle.element.js). This condition reads the same context and looks
// the document's type alias up: the document item gives the document type's unique (UmbDocumentItemModel,
// dist-cms/packages/documents/documents/item/repository/types.d.ts), the document type detail its alias (the item
// model has no alias; the document workspace loads the same detail for every editor,
// dist-cms/packages/documents/documents/workspace/document-workspace.context.js).
import type { UmbControllerHost } from '@umbraco-cms/backoffice/controller-api';
import type { UmbConditionControllerArguments, UmbExtensionCondition } from '@umbraco-cms/backoffice/extension-api';
import type { GovDocumentTypeConditionConfig } from './document-type.condition.constants.js';
import { UmbConditionBase } from '@umbraco-cms/backoffice/extension-registry';
import { UMB_ENTITY_CONTEXT } from '@umbraco-cms/backoffice/entity';
import { observeMultiple } from '@umbraco-cms/backoffice/observable-api';

/** The alias of a document's document type, or undefined if it cannot be read. */
export type DocumentTypeAliasLookup = (host: UmbControllerHost, documentUnique: string) => Promise<string | undefined>;

/** Through Umbraco's repositories (cached in their stores), loaded only when the condition is first checked. */
export const documentTypeAliasOf: DocumentTypeAliasLookup = async (host, unique) => {
	const [{ UmbDocumentItemRepository }, { UmbDocumentTypeDetailRepository }] = await Promise.all([import('@umbraco-cms/backoffice/document'), import('@umbraco-cms/backoffice/document-type')]);
	const items = new UmbDocumentItemRepository(host);
	const types = new UmbDocumentTypeDetailRepository(host);
	try {
		const typeUnique = (await items.requestItems([unique])).data?.[0]?.documentType.unique;
		return typeUnique ? (await types.requestByUnique(typeUnique)).data?.alias : undefined;
	} finally {
		items.destroy();
		types.destroy();
	}
};

/** Permitted when the entity is a document whose document type is one of `oneOf`. */
export class GovDocumentTypeCondition extends UmbConditionBase<GovDocumentTypeConditionConfig> implements UmbExtensionCondition {
	/** Replaceable in tests. */
	static lookup: DocumentTypeAliasLookup = documentTypeAliasOf;
	#check = 0;

	constructor(host: UmbControllerHost, args: UmbConditionControllerArguments<GovDocumentTypeConditionConfig>) {
		super(host, args);
		this.consumeContext(UMB_ENTITY_CONTEXT, (context) => {
			if (!context) {
				this.permitted = false;
				return;
			}
			this.observe(observeMultiple([context.entityType, context.unique]), ([entityType, unique]) => this.#update(entityType, unique), 'govDocumentTypeObserver');
		});
	}

	async #update(entityType: string | undefined, unique: string | null) {
		const check = ++this.#check;
		if (entityType !== 'document' || !unique) {
			this.permitted = false;
			return;
		}
		const alias = await GovDocumentTypeCondition.lookup(this, unique).catch(() => undefined);
		if (check !== this.#check) return; // a newer entity arrived meanwhile
		this.permitted = !!alias && this.config.oneOf.includes(alias);
	}
}

export { GovDocumentTypeCondition as api };
