/**
 * Excerpts and phrase ranking on the original text. Pagefind ignores word proximity, so
 * results where the query's syllables stand together, as typed, are ranked first here.
 */
import { foldForMatch } from './fold.ts';

export interface Segment {
	text: string;
	mark: boolean;
}

/** Query terms, folded for matching. */
export function queryTerms(query: string): string[] {
	return foldForMatch(query.normalize('NFC'))
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}

/** [start, end) of every word in folded text that starts with one of the terms. */
function hits(folded: string, terms: string[]): [number, number][] {
	const out: [number, number][] = [];
	const re = /[\p{L}\p{N}]+/gu;
	for (let m = re.exec(folded); m; m = re.exec(folded)) {
		if (terms.some((t) => m![0].startsWith(t))) out.push([m.index, m.index + m[0].length]);
	}
	return out;
}

/** True when the terms occur one after another, as typed (e.g. "nhân quyền"). */
export function hasPhrase(text: string, query: string): boolean {
	const terms = queryTerms(query);
	if (terms.length < 2) return false;
	const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\p{L}\\p{N}]+')}`, 'u');
	return pattern.test(foldForMatch(text));
}

/**
 * A window of about `words` words around the best cluster of hits, as segments of the
 * original text with the hits marked.
 */
export function excerpt(text: string, query: string, words = 30): Segment[] {
	const folded = foldForMatch(text);
	const terms = queryTerms(query);
	const found = terms.length ? hits(folded, terms) : [];
	const wordStarts = [...text.matchAll(/\S+/g)].map((m) => m.index!);
	const approxWordAt = (offset: number) => {
		let lo = 0;
		while (lo + 1 < wordStarts.length && wordStarts[lo + 1] <= offset) lo++;
		return lo;
	};
	// The window start that covers the most distinct terms, then the most hits.
	let bestStart = 0;
	let bestScore = -1;
	for (const [s] of found) {
		const w0 = Math.max(0, approxWordAt(s) - 5);
		const from = wordStarts[w0] ?? 0;
		const to = wordStarts[w0 + words] ?? text.length;
		const inside = found.filter(([a, b]) => a >= from && b <= to);
		const distinct = new Set(inside.map(([a, b]) => folded.slice(a, b))).size;
		const score = distinct * 100 + inside.length + (hasPhrase(text.slice(from, to), query) ? 1000 : 0);
		if (score > bestScore) {
			bestScore = score;
			bestStart = w0;
		}
	}
	const from = wordStarts[bestStart] ?? 0;
	const to = wordStarts[bestStart + words] ?? text.length;
	const segments: Segment[] = [];
	let cursor = from;
	for (const [a, b] of found.filter(([a, b]) => a >= from && b <= to)) {
		if (a > cursor) segments.push({ text: text.slice(cursor, a), mark: false });
		segments.push({ text: text.slice(a, b), mark: true });
		cursor = b;
	}
	if (cursor < to) segments.push({ text: text.slice(cursor, to).trimEnd(), mark: false });
	if (from > 0) segments.unshift({ text: '… ', mark: false });
	if (to < text.length) segments.push({ text: ' …', mark: false });
	return segments;
}

/**
 * How much to lift a Pagefind score: ×4 when the query's syllables stand together in the text
 * as typed, ×3 when every query term is in the result's title (a plan's own number, a slogan's
 * own words).
 */
export function relevanceBoost(text: string, title: string, query: string): number {
	const terms = queryTerms(query);
	if (!terms.length) return 1;
	const titleWords = foldForMatch(title).split(/[^\p{L}\p{N}]+/u);
	const inTitle = terms.every((t) => titleWords.some((w) => w.startsWith(t)));
	return (hasPhrase(text, query) ? 4 : 1) * (inTitle ? 3 : 1);
}
