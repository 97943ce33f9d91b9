/**
 * The order of results. Plans come before reference pages (slogans, conventions, agencies,
 * documents, provinces) for the same match; a reference page comes first only when it is what
 * the query names: its title holds the query ("Sở Tư pháp", "CEDAW", "Công an tỉnh"), not a word
 * it shares with every plan ("nhân quyền" in "Ban Chỉ đạo Nhân quyền Chính phủ").
 */
import { queryTerms } from './query.ts';

/** Reference pages that may come before the plans. */
export const MAX_DIRECT = 2;

/**
 * True when a page titled `title` is what `query` names: nearly all the query's syllables (80 %)
 * are in one part of the title (parts are split at " — " and ":"), and either the query is three
 * syllables or more, or it covers half of that part.
 */
export function namesPage(title: string, query: string): boolean {
	const terms = queryTerms(query);
	if (terms.length === 0) return false;
	return title.split(/\s+—\s+|:\s+/).some((part) => {
		const words = queryTerms(part);
		const found = terms.filter((t) => words.includes(t)).length;
		if (found < Math.ceil(terms.length * 0.8)) return false;
		return terms.length >= 3 || found * 2 >= words.length;
	});
}
