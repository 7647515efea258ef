import { CONTENT_TYPES } from '../generated/vocabulary.js';
import { GOV_DOCUMENT_TYPE_CONDITION_ALIAS } from '../shared/document-type.condition.constants.js';

/**
 * Where 从公文导入 is offered: the columns a 政策文件 may be created under. In the server's content model
 * (src/GovOpen.Umbraco/ContentModel/GovContentModel.cs) only 政策文件栏目 (govPolicyFolder) allows govPolicyDocument
 * as a child; 政府信息公开 (govDisclosureRoot) allows the columns, not the documents.
 */
export const IMPORT_PARENT_TYPES: string[] = [CONTENT_TYPES.policyFolder];

export const manifests: UmbExtensionManifest[] = [
	{
		type: 'modal',
		alias: 'Gov.Modal.Import',
		name: 'GovOpen import dialog',
		element: (() => import('./import-dialog.element.js')) as never,
	},
	{
		type: 'condition',
		alias: GOV_DOCUMENT_TYPE_CONDITION_ALIAS,
		name: 'GovOpen: the entity is a document of one of the given document types',
		api: (() => import('../shared/document-type.condition.js')) as never,
	},
	{
		type: 'entityAction',
		kind: 'default',
		alias: 'Gov.EntityAction.Import',
		name: 'GovOpen import from a document file',
		forEntityTypes: ['document'],
		api: (() => import('./import-action.js')) as never,
		meta: { icon: 'icon-download-alt', label: '#govopen_import_title' },
		// 17.1 has no document-type condition for entity actions (see document-type.condition.ts), hence GovOpen's own.
		conditions: [{ alias: GOV_DOCUMENT_TYPE_CONDITION_ALIAS, oneOf: IMPORT_PARENT_TYPES }],
	},
];
