/**
 * What no single entry shows: two slogans that are the same text, and catalogue entries that
 * nothing uses. Texts are compared as a reader sees them — after Unicode compatibility
 * normalisation (NFKC), with invisible characters removed, no-break spaces read as spaces,
 * look-alike letters of other scripts (Cyrillic "і", Greek "Ο"…) folded to the Latin ones,
 * case and runs of spaces ignored — so a copy that differs only by such a character is still
 * found.
 */
import type { Problem } from './problem.ts';

/** Characters with no visible width: zero-width spaces and joiners, marks, word joiner, invisible operators, BOM, soft hyphen. */
// eslint-disable-next-line no-misleading-character-class -- each combining mark and joiner is matched on its own, to be reported
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/gu;
/** Spaces other than U+0020 that NFKC leaves alone or maps inconsistently. */
const SPACES = /[\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\s]+/gu;

/**
 * Letters of Cyrillic and Greek that look like Latin ones (a small table after Unicode's
 * confusables list, limited to what can pass for Vietnamese text).
 */
const CONFUSABLES: Record<string, string> = Object.fromEntries(
	[
		// Cyrillic
		['а', 'a'], ['в', 'b'], ['е', 'e'], ['ё', 'ë'], ['і', 'i'], ['ї', 'ï'], ['ј', 'j'], ['к', 'k'], ['м', 'm'], ['н', 'h'], ['о', 'o'],
		['р', 'p'], ['с', 'c'], ['т', 't'], ['у', 'y'], ['х', 'x'], ['ѕ', 's'], ['ԁ', 'd'], ['һ', 'h'], ['ӏ', 'l'], ['ԛ', 'q'], ['ԝ', 'w'],
		['А', 'A'], ['В', 'B'], ['Е', 'E'], ['І', 'I'], ['Ј', 'J'], ['К', 'K'], ['М', 'M'], ['Н', 'H'], ['О', 'O'], ['Р', 'P'], ['С', 'C'],
		['Т', 'T'], ['У', 'Y'], ['Х', 'X'], ['Ѕ', 'S'], ['Ԁ', 'D'], ['Ԛ', 'Q'], ['Ԝ', 'W'], ['Ӏ', 'I'],
		// Greek
		['Α', 'A'], ['Β', 'B'], ['Ε', 'E'], ['Ζ', 'Z'], ['Η', 'H'], ['Ι', 'I'], ['Κ', 'K'], ['Μ', 'M'], ['Ν', 'N'], ['Ο', 'O'], ['Ρ', 'P'],
		['Τ', 'T'], ['Υ', 'Y'], ['Χ', 'X'], ['ο', 'o'], ['ι', 'i'], ['κ', 'k'], ['ν', 'v'], ['ρ', 'p'], ['τ', 't'], ['υ', 'u'], ['χ', 'x'],
	],
);
const CONFUSABLE = new RegExp(`[${Object.keys(CONFUSABLES).join('')}]`, 'gu');

/** A text as it reads: the form two texts are compared in. */
export function readingForm(text: string): string {
	return text
		.normalize('NFKD')
		.replace(INVISIBLE, '')
		.replace(CONFUSABLE, (c) => CONFUSABLES[c])
		.normalize('NFC')
		.toLocaleLowerCase('vi')
		.replace(SPACES, ' ')
		.trim();
}

export interface TextEntry {
	id: string;
	text: string;
	file: string;
	line: number;
}

/** One problem for each entry whose text reads the same as an earlier entry's. */
export function duplicateTexts(entries: TextEntry[], what: string): Problem[] {
	const first = new Map<string, TextEntry>();
	const problems: Problem[] = [];
	for (const entry of entries) {
		const key = readingForm(entry.text);
		const earlier = first.get(key);
		if (!earlier) {
			first.set(key, entry);
			continue;
		}
		const how = entry.text === earlier.text ? 'the same text as' : 'the same text (apart from invisible characters, spaces, case or look-alike letters) as';
		problems.push({ file: entry.file, line: entry.line, field: 'text', message: `${what} "${entry.id}" has ${how} "${earlier.id}" (${earlier.file}:${earlier.line}); keep one entry` });
	}
	return problems;
}

export interface CatalogueEntry {
	id: string;
	file: string;
	line: number;
}

/** A warning for each entry whose id is not in `used`: nothing on the site links to it. */
export function unusedEntries(entries: CatalogueEntry[], used: ReadonlySet<string>, what: string): Problem[] {
	return entries
		.filter((e) => !used.has(e.id))
		.map((e) => ({ file: e.file, line: e.line, field: 'id', message: `${what} "${e.id}" is not used by any plan or other entry` }));
}
