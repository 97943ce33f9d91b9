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

/** Abbreviations of agency names, by folded word: "UBND", "Sở VH, TT&DL", "BCĐ". */
const ABBREVIATIONS: Record<string, string> = {
	ubnd: 'uy ban nhan dan',
	hdnd: 'hoi dong nhan dan',
	bcd: 'ban chi dao',
	bchqs: 'bo chi huy quan su',
	mttq: 'mat tran to quoc',
	vp: 'van phong',
	vh: 'van hoa',
	ttdl: 'the thao du lich',
	vhttdl: 'van hoa the thao du lich',
	tttt: 'thong tin truyen thong',
	gddt: 'giao duc dao tao',
	khcn: 'khoa hoc cong nghe',
	ldtbxh: 'lao dong thuong binh xa hoi',
	nnmt: 'nong nghiep moi truong',
	dttg: 'dan toc ton giao',
};
/** Words that do not tell agencies apart: "và", and the plural "các". */
const FILLERS = new Set(['va', 'cac']);
/** Local units after "Ủy ban nhân dân", longest first: one or two folded words, and the level they belong to. */
const UNITS: [string[], 'xa' | 'huyen' | null][] = [
	[['thi', 'tran'], 'xa'],
	[['dac', 'khu'], 'xa'],
	[['thi', 'xa'], 'huyen'],
	[['thanh', 'pho'], null],
	[['thuoc', 'tinh'], null],
	[['xa'], 'xa'],
	[['phuong'], 'xa'],
	[['huyen'], 'huyen'],
	[['quan'], 'huyen'],
];

/**
 * The words of an agency's name in one comparable form: abbreviations spelled out, "và" and
 * "các" left out, and the local units after "Ủy ban nhân dân" ("các xã, phường, đặc khu", "xã,
 * phường", "các huyện, thành phố thuộc tỉnh") read as their level ("cap xa", "cap huyen").
 * Each word keeps the offsets of the printed word it comes from.
 */
export function agencyWords(text: string): Word[] {
	const out: Word[] = [];
	for (const w of wordsOf(text)) {
		for (const key of (ABBREVIATIONS[w.key] ?? w.key).split(' ')) if (!FILLERS.has(key)) out.push({ ...w, key });
	}
	for (let k = 4; k <= out.length; k++) {
		if (
			out
				.slice(k - 4, k)
				.map((w) => w.key)
				.join(' ') !== 'uy ban nhan dan'
		)
			continue;
		const unit = localUnit(out, k);
		if (unit)
			out.splice(
				k,
				unit.words,
				{ key: 'cap', start: out[k].start, end: out[k + unit.words - 1].end },
				{ key: unit.level, start: out[k].start, end: out[k + unit.words - 1].end },
			);
	}
	return out;
}

/** The run of local units at `k` and the level it names (a commune's units without a district's are "xa"). */
function localUnit(words: readonly Word[], k: number): { words: number; level: 'xa' | 'huyen' } | null {
	let n = 0;
	const levels = new Set<string | null>();
	for (;;) {
		const unit = UNITS.find(([u]) => u.every((part, i) => words[k + n + i]?.key === part));
		if (!unit) break;
		levels.add(unit[1]);
		n += unit[0].length;
	}
	const level = levels.has('huyen') ? 'huyen' : levels.has('xa') ? 'xa' : null;
	return level ? { words: n, level } : null;
}

/** An agency's name as a comparable key (see agencyWords). */
export const agencyKey = (text: string) =>
	agencyWords(text)
		.map((w) => w.key)
		.join(' ');
