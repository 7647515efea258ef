import zh from '../localization/zh-cn.js';
import en from '../localization/en.js';

type Dict = Record<string, string>;
const dictionaries: Record<string, Dict> = { 'zh-cn': zh.govopen, en: en.govopen };

/**
 * A GovOpen label: Umbraco's localization (registered from the same files in the manifest) when the host can
 * resolve it, else our dictionary for the document language (zh-CN by default).
 */
export function term(host: { localize?: { term(key: string): string } } | undefined, key: string): string {
	const full = `govopen_${key}`;
	const viaUmbraco = host?.localize?.term(full);
	if (viaUmbraco && viaUmbraco !== full) return viaUmbraco;
	const lang = (document.documentElement.lang || 'zh-CN').toLowerCase();
	const dict = lang.startsWith('en') ? dictionaries.en : dictionaries['zh-cn'];
	return dict[key] ?? dictionaries['zh-cn'][key] ?? key;
}
