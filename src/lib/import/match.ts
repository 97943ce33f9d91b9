/**
 * Matching printed wordings to the catalogue despite case, tone marks, đ/d, quotes, dashes,
 * punctuation, anniversary numbers and OCR noise: texts are compared as sequences of folded
 * words, exactly first, then by edit distance.
 */
import { distance } from 'fastest-levenshtein';
import { foldForMatch } from '../search/fold.ts';

export interface Word {
	/** Folded: lower case, no marks, đ → d, letters and digits only. */
	key: string;
	/** Offsets of the word in the original text. */
	start: number;
	end: number;
}

/** The words of a text with their folded keys; punctuation-only tokens are left out. */
export function wordsOf(text: string): Word[] {
	const words: Word[] = [];
	for (const m of text.matchAll(/[^\s]+/g)) {
		const raw = m[0];
		const key = foldForMatch(raw.normalize('NFC')).replace(/[^\p{L}\p{N}]/gu, '');
		if (!key) continue;
		// Offsets of the first and last letter or digit, so "(ICCPR)," spans "ICCPR".
		const lead = raw.search(/[\p{L}\p{N}]/u);
		const trail =
			raw.length -
			[...raw]
				.reverse()
				.join('')
				.search(/[\p{L}\p{N}]/u);
		words.push({ key, start: m.index + lead, end: m.index + trail });
	}
	return words;
}

/** A comparable form of a text: its folded words joined by single spaces. */
export function matchKey(text: string): string {
	return wordsOf(text)
		.map((w) => w.key)
		.join(' ');
}

/** 1 for equal strings, 0 for nothing in common (normalised edit distance). */
export function similarity(a: string, b: string): number {
	if (a === b) return 1;
	const longest = Math.max(a.length, b.length);
	return longest ? 1 - distance(a, b) / longest : 1;
}

export interface Candidate<T> {
	key: string;
	item: T;
}

export interface Match<T> {
	item: T;
	/** 1 for an exact match of the folded words. */
	score: number;
	/** The candidate key that matched. */
	key: string;
}

/** The candidate most like `key`, if it scores at least `min`. */
export function bestMatch<T>(key: string, candidates: readonly Candidate<T>[], min: number): Match<T> | null {
	let best: Match<T> | null = null;
	for (const c of candidates) {
		const score = similarity(key, c.key);
		if (score >= min && (!best || score > best.score)) best = { item: c.item, score, key: c.key };
		if (score === 1) break;
	}
	return best;
}

/**
 * The longest candidate that the text starts with, compared word by word: exact on the folded
 * words, or (for OCR) at least `min` alike on the same number of words.
 */
export function prefixMatch<T>(words: readonly Word[], candidates: readonly Candidate<T>[], min: number): (Match<T> & { words: number }) | null {
	let best: (Match<T> & { words: number }) | null = null;
	for (const c of candidates) {
		const n = c.key.split(' ').length;
		if (n > words.length) continue;
		const head = words
			.slice(0, n)
			.map((w) => w.key)
			.join(' ');
		const score = similarity(head, c.key);
		if (score < min) continue;
		// OCR may garble a letter or two of the first word, not replace it ("Giao" is not "Bộ").
		if (score < 1 && similarity(words[0].key, c.key.split(' ')[0]) < 0.5) continue;
		const exact = score === 1;
		const better =
			!best || (exact && (best.score < 1 || n > best.words)) || (!exact && best.score < 1 && (score > best.score || (score === best.score && n > best.words)));
		if (better) best = { item: c.item, score, key: c.key, words: n };
	}
	return best;
}
