import { CONTENT_TYPES } from '../generated/vocabulary.js';

/** 公开检查: a workspace view on 政策文件 documents only (the checks are those of a policy document). */
export const manifests: UmbExtensionManifest[] = [
	{
		type: 'workspaceView',
		alias: 'Gov.WorkspaceView.DisclosureCheck',
		name: 'GovOpen disclosure check',
		element: (() => import('./workspace-view.element.js')) as never,
		weight: 50,
		meta: { label: '#govopen_check_title', pathname: 'govopen-check', icon: 'icon-checkbox' },
		conditions: [
			{ alias: 'Umb.Condition.WorkspaceAlias', match: 'Umb.Workspace.Document' },
			{ alias: 'Umb.Condition.WorkspaceContentTypeAlias', oneOf: [CONTENT_TYPES.policyDocument] },
		],
	},
	{
		type: 'workspaceView',
		alias: 'Gov.WorkspaceView.AnnualReport',
		name: 'GovOpen annual report tables',
		element: (() => import('./annual-report.element.js')) as never,
		weight: 50,
		meta: { label: '#govopen_report_title', pathname: 'govopen-annual-report', icon: 'icon-chart' },
		conditions: [
			{ alias: 'Umb.Condition.WorkspaceAlias', match: 'Umb.Workspace.Document' },
			{ alias: 'Umb.Condition.WorkspaceContentTypeAlias', oneOf: [CONTENT_TYPES.annualReport] },
		],
	},
	{
		type: 'workspaceView',
		alias: 'Gov.WorkspaceView.Consultation',
		name: 'GovOpen consultation comments',
		element: (() => import('./consultation-comments.element.js')) as never,
		weight: 50,
		meta: { label: '#govopen_consult_title', pathname: 'govopen-consultation', icon: 'icon-chat' },
		conditions: [
			{ alias: 'Umb.Condition.WorkspaceAlias', match: 'Umb.Workspace.Document' },
			{ alias: 'Umb.Condition.WorkspaceContentTypeAlias', oneOf: [CONTENT_TYPES.consultation] },
		],
	},
];
