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
