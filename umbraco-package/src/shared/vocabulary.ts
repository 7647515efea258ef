// Lookups over the vocabularies generated from GovOpen.Core (src/generated/vocabulary.ts). No value list is written by hand.
import { VOCABULARIES, type Term } from '../generated/vocabulary.js';
import { dotnetTrim } from './text.js';

export type VocabularyKey = keyof typeof VOCABULARIES;
/** The aliases of one vocabulary, e.g. AliasOf<'disclosureAttribute'> = 'proactive' | 'onRequest' | 'notDisclosed'. */
export type AliasOf<K extends VocabularyKey> = (typeof VOCABULARIES)[K][number]['alias'];

export const termsOf = <K extends VocabularyKey>(key: K): readonly Term[] => VOCABULARIES[key];

/** The term a stored value names: its alias, or (for values typed or imported by hand) its Chinese name or a synonym. */
export function findTerm(key: VocabularyKey, value: string | null | undefined): Term | undefined {
	const v = value == null ? undefined : dotnetTrim(value);
	if (!v) return undefined;
	const terms = termsOf(key);
	return terms.find((t) => t.alias === v) ?? terms.find((t) => t.name === v || t.synonyms.includes(v));
}

export const hasFlag = (term: Term | undefined, flag: string) => !!term?.flags.includes(flag);

/** The term's name in the back office's language: Chinese unless the language is English. */
export const termName = (term: Term, lang: string) => (lang.toLowerCase().startsWith('en') ? term.nameEn : term.name);
