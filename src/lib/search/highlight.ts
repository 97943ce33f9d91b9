/**
 * Excerpts as the search page shows them: a window of the page's original text, with the
 * syllables that equal a query syllable marked — whole syllables only, so "tra tan" marks
 * "tra tấn" and not "tranh" or "Tăng" — and a text fragment (#:~:text=) for the link, which
 * browsers scroll to and highlight on the destination page without any script.
 */
import { foldForMatch } from './fold.ts';
import { queryTerms } from './query.ts';

export interface Segment {
	text: string;
	mark: boolean;
}

/** The text cut into segments, the syllables equal to a query syllable marked. */
export function markSyllables(text: string, query: string): Segment[] {
	const terms = new Set(queryTerms(query));
	const segments: Segment[] = [];
	let cursor = 0;
	const push = (s: string, mark: boolean) => {
		if (!s) return;
		const last = segments.at(-1);
		if (last && last.mark === mark && !mark) last.text += s;
		else segments.push({ text: s, mark });
	};
	for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
		if (!terms.has(foldForMatch(m[0]))) continue;
		push(text.slice(cursor, m.index), false);
		push(m[0], true);
		cursor = m.index + m[0].length;
	}
	push(text.slice(cursor), false);
	return segments;
}

/**
 * The longest run of marked syllables that stand together (only spaces and punctuation between
 * them), as it is written: the text a link's fragment should point at.
 */
export function bestMarkedRun(segments: Segment[]): string | null {
	let best = '';
	let run = '';
	let pending = '';
	const close = () => {
		if (run.length > best.length) best = run;
		run = '';
		pending = '';
	};
	for (const s of segments) {
		if (s.mark) {
			run = run ? run + pending + s.text : s.text;
			pending = '';
		} else if (run && /^[\s,;:–—-]*$/u.test(s.text) && !/\n/.test(s.text)) {
			pending = s.text;
		} else {
			close();
		}
	}
	close();
	return best || null;
}

/** Percent-encodes a text directive term ("-", "," and "&" are part of its syntax). */
function encodeTextDirective(text: string): string {
	return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

/** `url` with a text fragment for `text` (after its #anchor, if any). */
export function withTextFragment(url: string, text: string | null): string {
	if (!text) return url;
	return `${url}${url.includes('#') ? '' : '#'}:~:text=${encodeTextDirective(text)}`;
}

export interface Window {
	/** Word range [start, end) in the section's words. */
	start: number;
	end: number;
	/** The query's syllables stand together, in order, inside the window. */
	phrase: boolean;
	/** Syllables in the window equal to a query syllable. */
	hits: number;
}

/**
 * The best window of `size` words to show from a section: one holding the query's syllables
 * together (a phrase), else the most distinct query syllables, then the most hits; the earliest
 * on a tie. Words are split on whitespace, as Pagefind counts them; a word such as
 * "705/KH-BCĐNQ" holds several syllables. Work is bounded by the section's length and the
 * window size, whatever the query.
 */
export function bestWindow(words: string[], query: string, size = 30): Window {
	const terms = queryTerms(query);
	const termSet = new Set(terms);
	// Every syllable with the index of the word it is in.
	const parts: { word: number; folded: string }[] = [];
	words.forEach((w, word) => {
		for (const m of foldForMatch(w).matchAll(/[\p{L}\p{N}]+/gu)) parts.push({ word, folded: m[0] });
	});
	const matched: string[][] = words.map(() => []);
	for (const p of parts) if (termSet.has(p.folded)) matched[p.word].push(p.folded);
	const phraseEnd = new Map<number, number>(); // word where a full phrase begins → word after it ends
	if (terms.length > 1) {
		for (let i = 0; i + terms.length <= parts.length; i++) {
			if (terms.every((t, k) => parts[i + k].folded === t)) phraseEnd.set(parts[i].word, parts[i + terms.length - 1].word + 1);
		}
	}
	const rate = (start: number) => {
		const end = Math.min(words.length, start + size);
		const seen = new Set<string>();
		let hits = 0;
		for (let w = start; w < end; w++) {
			hits += matched[w].length;
			matched[w].forEach((t) => seen.add(t));
		}
		const phrase = [...phraseEnd].some(([from, to]) => from >= start && to <= end);
		return { start, end, phrase, hits, distinct: seen.size };
	};
	const order = (a: ReturnType<typeof rate>, b: ReturnType<typeof rate>) => Number(a.phrase) - Number(b.phrase) || a.distinct - b.distinct || a.hits - b.hits;
	const candidates = new Set<number>([...phraseEnd.keys()].slice(0, 100).map((w) => Math.max(0, w - 5)));
	for (let w = 0; w < words.length && candidates.size < 200; w++) if (matched[w].length) candidates.add(Math.max(0, w - 5));
	let best = rate(0);
	for (const start of candidates) {
		const r = rate(start);
		if (order(r, best) > 0) best = r;
	}
	return { start: best.start, end: best.end, phrase: best.phrase, hits: best.hits };
}
