/** Runs once when the back office starts: wires Umbraco's auth into the GovOpen API client. */
export const manifests: UmbExtensionManifest[] = [
	{ type: 'backofficeEntryPoint', alias: 'Gov.EntryPoint', name: 'GovOpen entry point', js: (() => import('./entry-point.js')) as never },
];
