export const manifests: UmbExtensionManifest[] = [
	{
		type: 'modal',
		alias: 'Gov.Modal.Import',
		name: 'GovOpen import dialog',
		element: (() => import('./import-dialog.element.js')) as never,
	},
	{
		type: 'entityAction',
		kind: 'default',
		alias: 'Gov.EntityAction.Import',
		name: 'GovOpen import from a document file',
		forEntityTypes: ['document'],
		api: (() => import('./import-action.js')) as never,
		meta: { icon: 'icon-download-alt', label: '#govopen_import_title' },
	},
];
