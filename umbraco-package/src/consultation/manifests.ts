import { CONTENT_TYPES } from '../generated/vocabulary.js';
import { GOV_DOCUMENT_TYPE_CONDITION_ALIAS } from '../shared/document-type.condition.constants.js';

export const manifests: UmbExtensionManifest[] = [
	{
		type: 'entityAction',
		kind: 'default',
		alias: 'Gov.EntityAction.OpenConsultation',
		name: 'GovOpen: open a consultation on a draft policy document',
		forEntityTypes: ['document'],
		api: (() => import('./open-consultation-action.js')) as never,
		meta: { icon: 'icon-chat', label: '#govopen_consult_open' },
		conditions: [{ alias: GOV_DOCUMENT_TYPE_CONDITION_ALIAS, oneOf: [CONTENT_TYPES.policyDocument] }],
	},
];
