/**
 * When a search finds nothing: the browse pages (years, provinces, slogans, agencies) whose
 * names match words of the query, so "lang son 2024" offers /tinh/lang-son/ and /nam/2024/.
 */
import { queryTerms } from './query.ts';

export interface BrowseEntry {
	/** What the link says, e.g. "Tỉnh Lạng Sơn", "Năm 2024". */
	label: string;
	/** The name matched against the query, e.g. "Lạng Sơn", "2024". */
	name: string;
	href: string;
}

/** At most this many links are offered. */
export const MAX_SUGGESTIONS = 8;

const runIn = (haystack: string[], needle: string[]) => needle.length > 0 && haystack.some((_, i) => needle.every((t, k) => haystack[i + k] === t));

/**
 * Entries whose whole name stands in the query ("lang son" in "lang son 2024"), or that hold two
 * or more consecutive words of the query ("tu phap" in "Sở Tư pháp"), whole names first.
 */
export function suggestLinks(query: string, entries: BrowseEntry[]): BrowseEntry[] {
	const words = queryTerms(query);
	if (words.length === 0) return [];
	const whole: BrowseEntry[] = [];
	const partial: BrowseEntry[] = [];
	const runs: string[][] = [];
	for (let i = 0; i + 1 < words.length; i++) runs.push(words.slice(i, i + 2));
	for (const e of entries) {
		const name = queryTerms(e.name);
		if (runIn(words, name)) whole.push(e);
		else if (runs.some((r) => runIn(name, r))) partial.push(e);
	}
	const seen = new Set<string>();
	return [...whole, ...partial].filter((e) => !seen.has(e.href) && seen.add(e.href)).slice(0, MAX_SUGGESTIONS);
}
