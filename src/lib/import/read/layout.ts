/**
 * Printed lines rebuilt from positioned text (PDF text items, OCR words): pieces on one
 * baseline make a row, joined with a space where the gap between them is a space's width;
 * a wide gap splits a row into segments. Rows repeated at the top or bottom of two or more
 * pages (running headers and footers) and page numbers are dropped. Two columns side by side
 * (the header; "Nơi nhận" beside the signature) are read left column first, then right;
 * rows of three or more aligned segments make a data table.
 */
import { tableBlock, type ReadBlock } from '../blocks.ts';

/** A piece of text at a position: x, y of its top-left corner (y grows downwards), its size. */
export interface Piece {
	text: string;
	x: number;
	y: number;
	width: number;
	/** Font size (or word height for OCR). */
	size: number;
	/** OCR: the words of `text` read below the confidence threshold. */
	uncertain?: string[];
}

export interface Page {
	width: number;
	height: number;
	pieces: Piece[];
}

interface Segment {
	x: number;
	end: number;
	text: string;
	uncertain: string[];
}

export interface Row {
	y: number;
	size: number;
	/** Runs of text separated by a column's gap. */
	segments: Segment[];
	/** Runs separated by more than a word space: the cells of a table row. */
	cells: Segment[];
}

/** Share of the page height at the top and bottom where running headers and footers live. */
const FURNITURE_ZONE = 0.12;
/** A gap wider than this many font sizes separates columns. */
const COLUMN_GAP = 2;
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:trang|page)?\s*\d{1,4}(?:\s*(?:\/|of|trên)\s*\d{1,4})?(?:\s*[-–—])?$/i;

const rowText = (r: Row) => r.segments.map((s) => s.text).join(' ');

/** A gap wider than this many font sizes may separate table cells (a word space is about 0.25). */
const CELL_GAP = 0.7;

/** Pieces joined into runs wherever the gap between them is at most `gap` font sizes. */
function runsOf(line: Piece[], size: number, gap: number): Segment[] {
	const runs: Segment[] = [];
	let last: Piece | null = null;
	for (const p of line) {
		const space = last ? p.x - (last.x + last.width) : Infinity;
		const run = runs.at(-1);
		if (!run || space > gap * size) runs.push({ x: p.x, end: p.x + p.width, text: p.text.trim(), uncertain: [...(p.uncertain ?? [])] });
		else {
			const glue = space > 0.12 * size || /\s$/.test(last!.text) || /^\s/.test(p.text) ? ' ' : '';
			run.text = (run.text + glue + p.text.trim()).replace(/\s+/g, ' ');
			run.end = Math.max(run.end, p.x + p.width);
			run.uncertain.push(...(p.uncertain ?? []));
		}
		last = p;
	}
	return runs;
}

/** The rows of one page, top to bottom. */
export function rowsOf(page: Page): Row[] {
	const pieces = page.pieces.filter((p) => p.text.trim()).sort((a, b) => a.y - b.y || a.x - b.x);
	const lines: Piece[][] = [];
	for (const p of pieces) {
		const line = lines.find((l) => Math.abs(l[0].y - p.y) < 0.5 * Math.max(l[0].size, p.size));
		if (line) line.push(p);
		else lines.push([p]);
	}
	return lines
		.map((line) => {
			line.sort((a, b) => a.x - b.x);
			const size = Math.max(...line.map((p) => p.size));
			return { y: Math.min(...line.map((p) => p.y)), size, segments: runsOf(line, size, COLUMN_GAP), cells: runsOf(line, size, CELL_GAP) };
		})
		.sort((a, b) => a.y - b.y);
}

/** Furniture: rows near the top or bottom repeated (digits aside) on two or more pages, and page numbers. */
export function dropFurniture(pages: { page: Page; rows: Row[] }[], dropped: string[] = []): Row[][] {
	const key = (r: Row) => rowText(r).replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
	const inZone = (r: Row, p: Page) => r.y < FURNITURE_ZONE * p.height || r.y > (1 - FURNITURE_ZONE) * p.height;
	const seen = new Map<string, Set<number>>();
	pages.forEach(({ page, rows }, n) => {
		for (const r of rows) if (inZone(r, page)) seen.set(key(r), (seen.get(key(r)) ?? new Set()).add(n));
	});
	return pages.map(({ page, rows }, n) =>
		rows.filter((r) => {
			const furniture = inZone(r, page) && ((seen.get(key(r))?.size ?? 0) >= 2 || PAGE_NUMBER.test(rowText(r).trim()));
			if (furniture) dropped.push(`page ${n + 1}: “${rowText(r)}” (running header, footer or page number)`);
			return !furniture;
		}),
	);
}

/** The blocks of a page's rows: one paragraph per printed line, columns and tables as read. */
export function rowsToBlocks(rows: Row[], page: number): ReadBlock[] {
	const out: ReadBlock[] = [];
	const line = (s: Segment[]): ReadBlock => {
		const text = s.map((x) => x.text).join(' ');
		const uncertain = s.flatMap((x) => x.uncertain);
		return { kind: 'paragraph', text, page, ...(uncertain.length ? { uncertain } : {}) };
	};
	for (let k = 0; k < rows.length;) {
		const r = rows[k];
		if (r.cells.length >= 3 && k + 1 < rows.length && aligned(r, rows[k + 1])) {
			const { block, next } = tableAt(rows, k, page);
			out.push(block);
			k = next;
			continue;
		}
		if (r.segments.length === 2) {
			const { left, right, next } = columnsAt(rows, k);
			out.push(...left.map((s) => line(s)), ...right.map((s) => line(s)));
			k = next;
			continue;
		}
		out.push(line(r.segments));
		k++;
	}
	return out;
}

/**
 * Two columns from a row split in two. The gutter is the gap of that row, narrowed by every
 * row below that fits in it (two runs on either side, or one run reaching into one column);
 * the region ends at a row that crosses the gutter or sits inside it (a centred title).
 */
function columnsAt(rows: Row[], at: number): { left: Segment[][]; right: Segment[][]; next: number } {
	let lo = rows[at].segments[0].end;
	let hi = rows[at].segments[1].x;
	const left: Segment[][] = [];
	const right: Segment[][] = [];
	let k = at;
	for (; k < rows.length; k++) {
		const segs = rows[k].segments;
		if (segs.length === 2 && segs[0].end <= hi && segs[1].x >= lo) {
			lo = Math.max(lo, segs[0].end);
			hi = Math.min(hi, segs[1].x);
			left.push([segs[0]]);
			right.push([segs[1]]);
		} else if (segs.length === 1 && segs[0].x < lo && segs[0].end <= hi) {
			lo = Math.max(lo, segs[0].end);
			left.push(segs);
		} else if (segs.length === 1 && segs[0].x >= lo && segs[0].end > hi) {
			hi = Math.min(hi, segs[0].x);
			right.push(segs);
		} else break;
		if (lo > hi) break;
	}
	return { left, right, next: Math.max(k, at + 1) };
}

/** The next row's cells start where the header's cells start (a table, not word gaps in prose). */
function aligned(header: Row, next: Row): boolean {
	const tol = header.size;
	return next.cells.length >= 2 && next.cells.every((c) => header.cells.some((h) => Math.abs(h.x - c.x) <= tol));
}

/**
 * A data table from its header row (three or more cells): the columns start where its cells
 * start; a following row belongs while each of its cells starts at a column and crosses no
 * column's start; a row with text in the first column starts a table row, others continue
 * the cells above (text wrapped inside a cell).
 */
function tableAt(rows: Row[], at: number, page: number): { block: ReadBlock; next: number } {
	const starts = rows[at].cells.map((s) => s.x);
	const tol = rows[at].size;
	const columnOf = (s: Segment) => starts.findIndex((x, c) => Math.abs(s.x - x) <= tol || (s.x > x && (c === starts.length - 1 || s.x < starts[c + 1] - tol)));
	const crosses = (s: Segment) => starts.some((x) => s.x < x - tol && s.end > x + tol);
	const table: string[][] = [];
	let k = at;
	for (; k < rows.length; k++) {
		const cells = rows[k].cells;
		const cols = cells.map(columnOf);
		if (k > at && (cols.some((c) => c < 0) || cells.some(crosses))) break;
		if (k === at || cols.includes(0)) table.push(starts.map(() => ''));
		const row = table.at(-1)!;
		cells.forEach((s, n) => (row[cols[n]] = `${row[cols[n]]} ${s.text}`.trim()));
	}
	return { block: tableBlock(table, page), next: k };
}
