// Simplified Chinese first; every key exists in both files (test/rules.test.ts checks it).
export const manifests: UmbExtensionManifest[] = [
	{ type: 'localization', alias: 'Gov.Localization.ZhCn', name: 'GovOpen zh-CN', meta: { culture: 'zh-CN' }, js: (() => import('./zh-cn.js')) as never },
	{ type: 'localization', alias: 'Gov.Localization.En', name: 'GovOpen en', meta: { culture: 'en' }, js: (() => import('./en.js')) as never },
];
