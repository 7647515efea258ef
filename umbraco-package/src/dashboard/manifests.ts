export const manifests: UmbExtensionManifest[] = [
	{
		type: 'dashboard',
		alias: 'Gov.Dashboard',
		name: 'GovOpen dashboard',
		element: (() => import('./dashboard.element.js')) as never,
		weight: 20,
		meta: { label: '#govopen_dashboard_title', pathname: 'govopen' },
		conditions: [{ alias: 'Umb.Condition.SectionAlias', match: 'Umb.Section.Content' }],
	},
	{
		type: 'dashboard',
		alias: 'Gov.Dashboard.PolicyBatch',
		name: 'GovOpen policy batch work',
		element: (() => import('./policy-batch.element.js')) as never,
		weight: 19,
		meta: { label: '#govopen_batch_title', pathname: 'govopen-batch' },
		conditions: [{ alias: 'Umb.Condition.SectionAlias', match: 'Umb.Section.Content' }],
	},
];
