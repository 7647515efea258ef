// What the back office provides at runtime: the UUI elements, the back office's own components (umb-body-layout …)
// and the GovOpen localizations (registered by the bundle's localization manifests), so elements render and localize
// here as they do in Umbraco.
import '@umbraco-cms/backoffice/external/uui';
import '@umbraco-cms/backoffice/components';
import { umbLocalizationManager } from '@umbraco-cms/backoffice/localization-api';
import zh from '../src/localization/zh-cn.js';
import en from '../src/localization/en.js';

const flatten = (code: string, dict: { govopen: Record<string, string> }) => ({
	$code: code,
	$dir: 'ltr' as const,
	...Object.fromEntries(Object.entries(dict.govopen).map(([k, v]) => [`govopen_${k}`, v])),
});
umbLocalizationManager.registerManyLocalizations([flatten('zh-cn', zh), flatten('en', en)]);
document.documentElement.lang = 'zh-CN';
