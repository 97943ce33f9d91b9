/**
 * Word's automatic numbering (numbering.xml) turned into the markers a reader sees printed:
 * "I.", "1.", "a)", "-". Counters run per list (numId) and level; a deeper level restarts when
 * a shallower one advances.
 */
import { roman } from '../../numbering.ts';
import { attr, child, childrenNamed, path, root, type XNode } from './ooxml.ts';

interface Level {
	start: number;
	format: string;
	text: string;
}

/** Vietnamese lists letter a, b, c, d, đ, e …: Word writes the Latin alphabet, as printed. */
const letter = (n: number) => String.fromCharCode(96 + ((n - 1) % 26) + 1).repeat(Math.floor((n - 1) / 26) + 1);

export function formatNumber(n: number, format: string): string {
	switch (format) {
		case 'upperRoman':
			return roman(n);
		case 'lowerRoman':
			return roman(n).toLowerCase();
		case 'lowerLetter':
			return letter(n);
		case 'upperLetter':
			return letter(n).toUpperCase();
		case 'decimalZero':
			return String(n).padStart(2, '0');
		default:
			return String(n);
	}
}

export class Numbering {
	private readonly lists = new Map<string, Map<number, Level>>();
	private readonly counters = new Map<string, number[]>();

	constructor(numberingXml: XNode[] | null) {
		const top = numberingXml ? root(numberingXml, 'w:numbering') : undefined;
		const abstracts = new Map<string, Map<number, Level>>();
		for (const a of childrenNamed(top, 'w:abstractNum')) abstracts.set(attr(a, 'w:abstractNumId') ?? '', levelsOf(a));
		for (const num of childrenNamed(top, 'w:num')) {
			const levels = new Map(abstracts.get(attr(child(num, 'w:abstractNumId'), 'w:val') ?? '') ?? []);
			for (const o of childrenNamed(num, 'w:lvlOverride')) {
				const ilvl = Number(attr(o, 'w:ilvl') ?? 0);
				const start = attr(child(o, 'w:startOverride'), 'w:val');
				const lvl = child(o, 'w:lvl');
				if (lvl) levels.set(ilvl, levelOf(lvl));
				else if (start !== undefined && levels.has(ilvl)) levels.set(ilvl, { ...levels.get(ilvl)!, start: Number(start) });
			}
			this.lists.set(attr(num, 'w:numId') ?? '', levels);
		}
	}

	/** The printed marker of the next item of list `numId` at level `ilvl` ('' when none). */
	next(numId: string, ilvl: number): string {
		const levels = this.lists.get(numId);
		const level = levels?.get(ilvl);
		if (!levels || !level || numId === '0') return '';
		const counts = this.counters.get(numId) ?? [];
		for (let k = 0; k < ilvl; k++) counts[k] ??= (levels.get(k)?.start ?? 1) - 1 || 0;
		counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl] + 1;
		counts.length = ilvl + 1;
		this.counters.set(numId, counts);
		if (level.format === 'none') return '';
		// Bullets print as the dash of Vietnamese documents, nested ones as "+".
		if (level.format === 'bullet') return ilvl === 0 || level.text.trim() === '-' ? '-' : '+';
		return level.text.replace(/%(\d)/g, (_, d: string) =>
			formatNumber(counts[Number(d) - 1] ?? levels.get(Number(d) - 1)?.start ?? 1, levels.get(Number(d) - 1)?.format ?? 'decimal'),
		);
	}
}

function levelsOf(abstract: XNode): Map<number, Level> {
	const levels = new Map<number, Level>();
	for (const lvl of childrenNamed(abstract, 'w:lvl')) levels.set(Number(attr(lvl, 'w:ilvl') ?? 0), levelOf(lvl));
	return levels;
}

function levelOf(lvl: XNode): Level {
	return {
		start: Number(attr(child(lvl, 'w:start'), 'w:val') ?? 1),
		format: attr(child(lvl, 'w:numFmt'), 'w:val') ?? 'decimal',
		text: attr(child(lvl, 'w:lvlText'), 'w:val') ?? '',
	};
}

/** A paragraph's list (numId, level) from its own properties or its style's. */
export function numPrOf(pPr: XNode | undefined): { numId: string; ilvl: number } | null {
	const numPr = child(pPr, 'w:numPr');
	const numId = attr(child(numPr, 'w:numId'), 'w:val');
	if (numId === undefined) return null;
	return { numId, ilvl: Number(attr(path(numPr, ['w:ilvl']), 'w:val') ?? 0) };
}
