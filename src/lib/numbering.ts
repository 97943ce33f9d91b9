/**
 * The numbering of a plan's text: section numerals (I.), numbers (1.), sub-numbers (1.1.),
 * letters (a)), bracketed numerals ((i)) and list marks (-, +) — with the heading level each
 * numbering takes in the Markdown body.
 */

/** How a block starts: the document's own numbering and list markers. */
export type MarkerKind = 'roman' | 'number' | 'subnumber' | 'letter' | 'paren' | 'dash' | 'plus';

const MARKERS: [MarkerKind, RegExp][] = [
	// OCR reads I as L, l or 1 ("IIL. PHAN CONG NHIEM VU"); a heading in capitals follows.
	['roman', /^([IVX]{1,5}|[IVX][IVXLl1]{0,4}(?=\.\s+\p{Lu}))\.\s+/u],
	['subnumber', /^(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\.?\s+(?=\D)/],
	['number', /^(\d{1,2})\.\s+(?=\D)/],
	['letter', /^([a-zđ])\)\s+/],
	// OCR may read the i of "(i)" as "¡" or "l".
	['paren', /^\(([ivx¡l]{1,5}|\d{1,2})\)\s+/],
	['dash', /^([-–•])\s+/],
	['plus', /^(\+)\s+/],
];
export const MARKER = new RegExp(MARKERS.map(([, re]) => re.source).join('|'), 'u');

export function markerOf(text: string): { kind: MarkerKind; label: string; rest: string } | null {
	for (const [kind, re] of MARKERS) {
		const m = re.exec(text);
		if (m) return { kind, label: m[1], rest: text.slice(m[0].length) };
	}
	return null;
}

/** The Markdown heading level of a numbered heading: I. → 2, 1. → 3, 1.1. and a) → 4, 1.1.1. and (i) → 5. */
export function headingLevel(kind: MarkerKind, label: string): number | null {
	if (kind === 'roman') return 2;
	if (kind === 'number') return 3;
	if (kind === 'subnumber') return label.split('.').length === 2 ? 4 : 5;
	if (kind === 'letter') return 4;
	if (kind === 'paren') return 5;
	return null;
}

/** The letters Vietnamese lists count with: a) b) c) d) đ) e) g) h) i) k) … (no f, j, w, z). */
const LIST_LETTERS = 'abcdđeghiklmnopqrstuvxy';
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

function romanValue(label: string): number | null {
	const digits = [...label.toUpperCase()].map((c) => ROMAN[c]);
	if (digits.some((d) => d === undefined)) return null;
	return digits.reduce((n, d, i) => (d < (digits[i + 1] ?? 0) ? n - d : n + d), 0);
}

/**
 * An item's place in its sequence (1 for "I.", "1.", "2.1.", "a)", "(i)"), and the sequence it
 * belongs to ("2.1." and "2.2." are one sequence, "3.1." another). Null for list marks and for
 * labels that are not numbers (an OCR misreading).
 */
export function ordinalOf(kind: MarkerKind, label: string): { sequence: string; ordinal: number } | null {
	if (kind === 'roman') {
		// Only a numeral written the usual way counts ("IV", not "IIII"; "IL" is OCR's "II").
		const n = romanValue(label);
		return n && n < 40 && labelOf('roman', n) === label.toUpperCase() ? { sequence: 'roman', ordinal: n } : null;
	}
	if (kind === 'number') return { sequence: 'number', ordinal: Number(label) };
	if (kind === 'subnumber') {
		const parts = label.split('.');
		return { sequence: `subnumber ${parts.slice(0, -1).join('.')}`, ordinal: Number(parts.at(-1)) };
	}
	if (kind === 'letter') {
		const n = LIST_LETTERS.indexOf(label);
		return n < 0 ? null : { sequence: 'letter', ordinal: n + 1 };
	}
	if (kind === 'paren') {
		if (/^\d+$/.test(label)) return { sequence: 'paren-number', ordinal: Number(label) };
		const n = romanValue(label);
		return n ? { sequence: 'paren-roman', ordinal: n } : null;
	}
	return null;
}

const ROMAN_NUMERALS: [number, string][] = [
	[1000, 'M'],
	[900, 'CM'],
	[500, 'D'],
	[400, 'CD'],
	[100, 'C'],
	[90, 'XC'],
	[50, 'L'],
	[40, 'XL'],
	[10, 'X'],
	[9, 'IX'],
	[5, 'V'],
	[4, 'IV'],
	[1, 'I'],
];

/** A whole number as a Roman numeral, written the usual way: 4 → "IV", 14 → "XIV". */
export function roman(n: number): string {
	let out = '';
	for (const [value, numeral] of ROMAN_NUMERALS)
		while (n >= value) {
			out += numeral;
			n -= value;
		}
	return out;
}

/** The label an ordinal takes in a sequence, for a message ("d" after "c"). */
export function labelOf(sequence: string, ordinal: number): string {
	if (sequence === 'letter') return LIST_LETTERS[ordinal - 1] ?? `#${ordinal}`;
	if (sequence === 'roman' || sequence === 'paren-roman') return sequence === 'paren-roman' ? roman(ordinal).toLowerCase() : roman(ordinal);
	if (sequence.startsWith('subnumber ')) return `${sequence.slice(10)}.${ordinal}`;
	return String(ordinal);
}
