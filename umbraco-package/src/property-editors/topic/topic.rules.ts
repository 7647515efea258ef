// Port of TopicTaxonomy (GovOpen.Core): a 主题分类 is stored as `一级` or `一级\二级`.
import { TOPIC_SEPARATOR, TOPICS } from '../../generated/vocabulary.js';
import { dotnetTrim } from '../../shared/text.js';

export interface TopicValue {
	top: string;
	sub?: string;
}

/** Splits a stored value; `＼` and `/` are read as the separator, as on the server. */
export function splitTopic(value: string | null | undefined): TopicValue | undefined {
	const v = value == null ? undefined : dotnetTrim(value).replace(/[＼/]/g, TOPIC_SEPARATOR);
	if (!v) return undefined;
	const i = v.indexOf(TOPIC_SEPARATOR);
	return i < 0 ? { top: v } : { top: dotnetTrim(v.slice(0, i)), sub: dotnetTrim(v.slice(i + 1)) };
}

export const joinTopic = (t: TopicValue) => (t.sub ? `${t.top}${TOPIC_SEPARATOR}${t.sub}` : t.top);

/** The error code of TopicTaxonomy.Validate, or null ('empty' is left to the mandatory flag). */
export function validateTopic(value: string | null | undefined): 'unknown-class' | 'unknown-subclass' | null {
	const t = splitTopic(value);
	if (!t) return null;
	const cls = TOPICS.find((c) => c.name === t.top);
	if (!cls) return 'unknown-class';
	if (t.sub != null && !(cls.subClasses as readonly string[]).includes(t.sub)) return 'unknown-subclass';
	return null;
}
