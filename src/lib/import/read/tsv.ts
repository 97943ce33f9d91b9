/**
 * Tesseract's TSV output read as lines with word boxes: each OCR line a positioned piece whose
 * words under the confidence threshold are listed as uncertain, and the page's share of them.
 */
import type { Page, Piece } from './layout.ts';

/** A word Tesseract is less sure of than this (0–100) is marked <Uncertain> in the body. */
export const UNCERTAIN_CONFIDENCE = 90;

/** Words further apart than this many word heights are in different cells or columns. */
const SPLIT_GAP = 1.2;
const RULE_EDGES = /^[|¦[\]¡]+|[|¦[\]¡]+$/g;

export interface OcrPage extends Page {
	words: number;
	uncertainWords: number;
}

export function parseTsv(tsv: string): OcrPage {
	const rows = tsv.split('\n').filter(Boolean);
	const head = rows.shift()?.split('\t') ?? [];
	const col = (name: string) => head.indexOf(name);
	const [cLevel, cBlock, cPar, cLine, cLeft, cTop, cW, cH, cConf, cText] = [
		'level',
		'block_num',
		'par_num',
		'line_num',
		'left',
		'top',
		'width',
		'height',
		'conf',
		'text',
	].map(col);
	const lines = new Map<string, { words: { text: string; x: number; y: number; w: number; h: number; conf: number }[] }>();
	let width = 0;
	let height = 0;
	for (const r of rows) {
		const f = r.split('\t');
		const level = Number(f[cLevel]);
		if (level === 1) {
			width = Number(f[cW]);
			height = Number(f[cH]);
		}
		if (level !== 5) continue;
		// Table rules read as characters ("|", "[", "¡") are not words.
		const text = (f[cText] ?? '').trim().replace(RULE_EDGES, '');
		if (!text) continue;
		const key = `${f[cBlock]}/${f[cPar]}/${f[cLine]}`;
		const line = lines.get(key) ?? { words: [] };
		line.words.push({ text, x: Number(f[cLeft]), y: Number(f[cTop]), w: Number(f[cW]), h: Number(f[cH]), conf: Number(f[cConf]) });
		lines.set(key, line);
	}
	const pieces: Piece[] = [];
	let words = 0;
	let uncertainWords = 0;
	for (const { words: ws } of lines.values()) {
		// A line is split where two words are far apart (two columns read as one line).
		let group: typeof ws = [];
		const flush = () => {
			if (!group.length) return;
			const x = Math.min(...group.map((w) => w.x));
			const end = Math.max(...group.map((w) => w.x + w.w));
			const heights = group.map((w) => w.h).sort((a, b) => a - b);
			const size = heights[Math.floor(heights.length / 2)];
			const uncertain = group.filter((w) => w.conf < UNCERTAIN_CONFIDENCE).map((w) => w.text);
			pieces.push({
				text: group.map((w) => w.text).join(' '),
				x,
				y: Math.min(...group.map((w) => w.y)),
				width: end - x,
				size,
				...(uncertain.length ? { uncertain } : {}),
			});
			words += group.length;
			uncertainWords += uncertain.length;
			group = [];
		};
		for (const w of ws) {
			const last = group.at(-1);
			if (last && w.x - (last.x + last.w) > SPLIT_GAP * Math.max(last.h, w.h)) flush();
			group.push(w);
		}
		flush();
	}
	return { width, height, pieces, words, uncertainWords };
}
