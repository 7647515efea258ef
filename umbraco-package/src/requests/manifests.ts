export const manifests: UmbExtensionManifest[] = [
	{
		type: 'dashboard',
		alias: 'Gov.Dashboard.Requests',
		name: 'GovOpen requests register',
		element: (() => import('./requests-dashboard.element.js')) as never,
		weight: 19,
		meta: { label: '#govopen_req_tab', pathname: 'govopen-requests' },
		conditions: [{ alias: 'Umb.Condition.SectionAlias', match: 'Umb.Section.Content' }],
	},
];
