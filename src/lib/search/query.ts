/**
 * What the search page sends to Pagefind for a query typed by a user.
 *
 * Pagefind matches "dau" to "dấu", "dầu" and "dâu" but never to "đấu": it folds tone marks and
 * leaves đ alone. A syllable typed with d may stand for đ, so the query is searched in each of
 * its d/đ variants and the results are merged; the chunks fetched are the ones a folded index
 * would need for the same words, and the index keeps the original text for excerpts.
 */
import { foldForMatch, normalizeQuery } from './fold.ts';

/** At most this many syllables are varied (2^4 = 16 searches); later ones are searched as typed. */
export const MAX_VARIED_TERMS = 4;

/** True for a query wrapped in double quotes: Pagefind then looks for the exact phrase. */
export function isPhraseQuery(query: string): boolean {
	return /^\s*["“”].+["“”]\s*$/.test(query);
}

/**
 * The query strings to search, first the query as typed: every combination of d → đ in the
 * syllables written with d and without đ (up to MAX_VARIED_TERMS of them). Curly quotes
 * around a phrase become straight ones, which is what Pagefind looks for.
 */
export function queryVariants(raw: string): string[] {
	let query = normalizeQuery(raw);
	if (isPhraseQuery(query)) query = `"${query.replace(/^["“”]|["“”]$/g, '')}"`;
	const words = query.split(' ');
	const varied = words.flatMap((w, i) => (/[dD]/.test(w) && !/[đĐ]/.test(w) ? [i] : [])).slice(0, MAX_VARIED_TERMS);
	const out: string[] = [];
	for (let mask = 0; mask < 1 << varied.length; mask++) {
		const variant = words.map((w, i) => {
			const bit = varied.indexOf(i);
			return bit >= 0 && mask & (1 << bit) ? w.replace(/d/g, 'đ').replace(/D/g, 'Đ') : w;
		});
		out.push(variant.join(' '));
	}
	return out;
}

/** The query's syllables, folded, without punctuation: what a highlighted word must equal. */
export function queryTerms(raw: string): string[] {
	return foldForMatch(normalizeQuery(raw))
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}

/** Results of several searches, one entry per page, each with its best score, best first. */
export function mergeResults<T extends { id: string; score: number }>(lists: T[][]): T[] {
	const best = new Map<string, T>();
	for (const list of lists) {
		for (const r of list) {
			const seen = best.get(r.id);
			if (!seen || r.score > seen.score) best.set(r.id, r);
		}
	}
	return [...best.values()].sort((a, b) => b.score - a.score);
}
