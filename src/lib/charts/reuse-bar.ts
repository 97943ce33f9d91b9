/**
 * The compact bar of a provincial plan's text: its length from start to end, each stretch
 * coloured and patterned by where it comes from (taken verbatim, adapted, the province's own),
 * so the shares read without colour too. Inline SVG for the comparison page.
 */
import { scaleLinear } from 'd3-scale';
import { PASSAGE_KIND_LABELS, type AlignedPassage, type PassageKind } from '../reuse.ts';
import { escapeXml, num } from './svg.ts';

export interface BarSegment {
	kind: PassageKind;
	/** Words before it and its words. */
	start: number;
	words: number;
	/** Index of its first passage. */
	first: number;
}

/** Consecutive passages of one kind as one stretch. */
export function barSegments(passages: readonly AlignedPassage[]): BarSegment[] {
	const out: BarSegment[] = [];
	let start = 0;
	for (const p of passages) {
		const last = out.at(-1);
		if (last && last.kind === p.kind) last.words += p.words;
		else out.push({ kind: p.kind, start, words: p.words, first: p.index });
		start += p.words;
	}
	return out;
}

const WIDTH = 1000;
const HEIGHT = 28;

/** The bar as SVG; `label` is its text alternative (the summary line), `idPrefix` keeps pattern ids unique on a page. */
export function reuseBarSvg(passages: readonly AlignedPassage[], label: string, idPrefix: string): string {
	const segments = barSegments(passages);
	const total = segments.reduce((n, s) => n + s.words, 0);
	const x = scaleLinear()
		.domain([0, Math.max(total, 1)])
		.range([0, WIDTH]);
	const hatch = `${idPrefix}-sua-doi`;
	const rects = segments
		.map((s) => {
			const fill = s.kind === 'adapted' ? ` fill="url(#${hatch})"` : '';
			return `<rect class="reuse-${s.kind}" x="${num(x(s.start))}" y="0" width="${num(x(s.start + s.words) - x(s.start))}" height="${HEIGHT}"${fill}><title>${escapeXml(PASSAGE_KIND_LABELS[s.kind])}</title></rect>`;
		})
		.join('');
	return (
		`<svg class="reuse-bar" viewBox="0 0 ${WIDTH} ${HEIGHT}" preserveAspectRatio="none" role="img" aria-label="${escapeXml(label)}">` +
		`<defs><pattern id="${hatch}" class="reuse-hatch" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)"><rect width="8" height="8"/><line x1="0" y1="0" x2="0" y2="8"/></pattern></defs>` +
		rects +
		`<rect class="reuse-frame" x="0" y="0" width="${WIDTH}" height="${HEIGHT}"/></svg>`
	);
}
