// Kept apart from the condition so the manifests (loaded at start-up) do not pull the condition's code in.
import type { UmbConditionConfigBase } from '@umbraco-cms/backoffice/extension-api';

export const GOV_DOCUMENT_TYPE_CONDITION_ALIAS = 'Gov.Condition.DocumentTypeAlias';

export type GovDocumentTypeConditionConfig = UmbConditionConfigBase<typeof GOV_DOCUMENT_TYPE_CONDITION_ALIAS> & {
	/** The document type aliases the entity's document must have. */
	oneOf: string[];
};

declare global {
	interface UmbExtensionConditionConfigMap {
		GovDocumentTypeConditionConfig: GovDocumentTypeConditionConfig;
	}
}
