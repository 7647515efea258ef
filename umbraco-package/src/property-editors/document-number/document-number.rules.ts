// TypeScript port of GovOpen.Core's DocumentNumberParser (C#). Both are checked against the same fixture table
// (tests/fixtures/document-numbers.json): they must not drift. Messages are looked up by code in the
// localization files (govopen_docnum_<code>).

import { CHINESE_TEXT, FLAGS } from '../../generated/vocabulary.js';
import { findTerm, hasFlag } from '../../shared/vocabulary.js';
import { isBlank } from '../../shared/text.js';

export type DocumentNumberKind = 'document' | 'decree' | 'announcement';

export interface DocumentNumberResult {
	valid: boolean;
	agency?: string;
	year?: number | null;
	sequence?: number;
	kind?: DocumentNumberKind;
	normalized?: string;
	/** The identity it is matched on (Core's DocumentNumber.CanonicalKey): one key for every written form of a decree. Core also folds traditional characters (國辦發 is 国办发); this port does not carry that table, so its key differs for traditional agencies (the server's key is the one matched on). */
	key?: string;
	warnings: string[];
	error?: string;
}

export const MAX_LENGTH = 64;
export const MIN_YEAR = 1949;
export const MAX_YEAR = 2100;
const MAX_AGENCY_LENGTH = 24;
const OPEN = CHINESE_TEXT.openBrackets;
const CLOSE = CHINESE_TEXT.closeBrackets;

const isHan = (c: string) => /[\u3400-\u4dbf\u4e00-\u9fff]/.test(c);
const isAsciiLetter = (c: string) => /[A-Za-z]/.test(c);

/** Full-width ASCII variants folded to half-width, U+3000 to a space (length preserved). */
export function foldWidth(s: string): string {
	let out = '';
	for (const ch of s) {
		const code = ch.charCodeAt(0);
		if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
		else if (code === 0x3000) out += ' ';
		else out += ch;
	}
	return out;
}

/** Whitespace and control characters removed, width and bracket variants folded to 〔〕. */
export function compact(text: string): { value: string; hadBracketVariant: boolean } {
	let hadBracketVariant = false;
	let value = '';
	// Traditional 號 is 号; a citation's trailing 文件 ("…71号文件") is not part of the number (as in Core).
	let folded = foldWidth(text).replaceAll('號', '号');
	if (folded.trimEnd().endsWith('号文件')) folded = folded.trimEnd().slice(0, -2);
	for (const ch of folded) {
		const code = ch.charCodeAt(0);
		if ((code < 0x20 && ch !== '\n' && ch !== '\t') || code === 0x7f || /\s/.test(ch)) continue;
		const o = OPEN.indexOf(ch);
		const c = CLOSE.indexOf(ch);
		if (o >= 0) {
			hadBracketVariant ||= o > 0;
			value += '〔';
		} else if (c >= 0) {
			hadBracketVariant ||= c > 0;
			value += '〕';
		} else value += ch;
	}
	return { value, hadBracketVariant };
}

const DECREE = /^(?<agency>.*令)(?:(?<year>[0-9]+)年)?第(?<seq>[0-9]+)号?$/u;
const BRACKETED_DECREE = /^(?<agency>.*令)〔第?(?<seq>[0-9]+)号?〕$/u;
const BRACKET = /^(?<agency>.*?)〔(?<year>[^〕]*)〕(?<di>第)?(?<seq>[0-9]+)(?<hao>号)?$/u;
const YEAR_WORD = /^(?<agency>[^0-9〔〕]*?[^0-9〔〕令])(?<year>[0-9]+)年(?<di>第)?(?<seq>[0-9]+)(?<hao>号)?$/u;
const NO_YEAR = /^(?<agency>[^0-9]+?)(?<digits>[0-9]+)号?$/u;

const fail = (error: string): DocumentNumberResult => ({ valid: false, error, warnings: [] });

export function parseDocumentNumber(text: string | null | undefined): DocumentNumberResult {
	if (text == null || isBlank(text)) return fail('empty');
	if (text.length > MAX_LENGTH) return fail('too-long');
	const compacted = compact(text);
	let value = compacted.value;
	const warnings: string[] = compacted.hadBracketVariant ? ['normalized-brackets'] : [];
	let m: RegExpMatchArray | null;
	// A decree's number in brackets after the 令 (国务院令（第707号）): the bracket is the writer's, not a year (as in Core).
	if ((m = value.match(BRACKETED_DECREE))) {
		value = `${m.groups!.agency}第${m.groups!.seq}号`;
		warnings.splice(0, warnings.length, 'decree-brackets');
	}
	if ((m = value.match(DECREE)) && !value.includes('〔')) return build(m, 'decree', warnings, false);
	if ((m = value.match(BRACKET))) {
		const agency = m.groups!.agency;
		const kind: DocumentNumberKind = m.groups!.di && agency.endsWith('公告') ? 'announcement' : 'document';
		return build(m, kind, warnings, true);
	}
	if ((m = value.match(YEAR_WORD))) {
		warnings.push('normalized-year-form');
		return build(m, 'document', warnings, true);
	}
	if ((m = value.match(NO_YEAR)) && m.groups!.agency.endsWith('令')) {
		warnings.push('decree-di-added');
		return build(`${m.groups!.agency}第${m.groups!.digits}号`.match(DECREE)!, 'decree', warnings, false);
	}
	if ((m = value.match(NO_YEAR))) {
		const digits = m.groups!.digits;
		const y = Number(digits.slice(0, 4));
		return digits.length >= 5 && y >= MIN_YEAR && y <= MAX_YEAR ? fail('missing-brackets') : fail('missing-year');
	}
	return fail('unrecognized');
}

function build(m: RegExpMatchArray, kind: DocumentNumberKind, warnings: string[], requireYear: boolean): DocumentNumberResult {
	const g = m.groups!;
	const agency = g.agency ?? '';
	const yearText = g.year ?? '';
	const seqText = g.seq ?? '';
	if (agency.length === 0 || (kind === 'decree' && agency === '令')) return fail('missing-agency');
	if ([...agency].length > MAX_AGENCY_LENGTH) return fail('agency-too-long');
	for (const c of agency) if (!isHan(c) && !isAsciiLetter(c)) return fail('agency-invalid-char');
	let year: number | null = null;
	if (requireYear || yearText.length > 0) {
		if (yearText.length === 0) return fail('missing-year');
		if (!/^[0-9]+$/.test(yearText)) return fail('year-not-number');
		if (yearText.length !== 4) return fail('year-not-four-digits');
		year = Number(yearText);
		if (year < MIN_YEAR || year > MAX_YEAR) return fail('year-out-of-range');
	}
	if (seqText.length > 6) return fail('sequence-too-long');
	const sequence = Number(seqText);
	if (sequence === 0) return fail('sequence-zero');
	if (seqText.length > 1 && seqText[0] === '0') warnings.push('leading-zero');
	if (kind === 'document' && g.di) warnings.push('di-removed');
	if (kind !== 'decree' && !g.hao) warnings.push('hao-added');
	const normalized =
		kind === 'decree'
			? year != null
				? `${agency}${year}年第${sequence}号`
				: `${agency}第${sequence}号`
			: kind === 'announcement'
				? `${agency}〔${year}〕第${sequence}号`
				: `${agency}〔${year}〕${sequence}号`;
	const key = kind === 'decree' ? `${canonicalDecreeAgency(agency)}${year != null ? `${year}年` : ''}第${sequence}号` : normalized;
	return { valid: true, agency, year, sequence, kind, normalized, key, warnings };
}

/** 国令 / 国务院令 / 中华人民共和国国务院令 are one; 中华人民共和国 before a ministry's 令 and a former agency's 原 are dropped. */
function canonicalDecreeAgency(agency: string): string {
	let a = agency.startsWith('中华人民共和国') && agency.length > 8 ? agency.slice('中华人民共和国'.length) : agency;
	if (a.startsWith('原') && a.length > 2) a = a.slice(1);
	return a === '国令' ? '国务院令' : a;
}

/**
 * Whether publishing needs a 发文字号 (Core's number rule): the 文种 or the category carries the requiresNumber
 * flag (e.g. 通知, 决定, or any 规章). Values may be aliases or, for hand-entered data, Chinese names.
 */
export function numberRequired(genre: string | null | undefined, category: string | null | undefined): boolean {
	return hasFlag(findTerm('documentGenre', genre), FLAGS.requiresNumber) || hasFlag(findTerm('policyCategory', category), FLAGS.requiresNumber);
}
