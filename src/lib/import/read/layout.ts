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
	segments: Segment[];
}

/** Share of the page height at the top and bottom where running headers and footers live. */
const FURNITURE_ZONE = 0.12;
/** A gap wider than this many font sizes separates columns. */
const COLUMN_GAP = 2;
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:trang|page)?\s*\d{1,4}(?:\s*(?:\/|of|trên)\s*\d{1,4})?(?:\s*[-–—])?$/i;

const rowText = (r: Row) => r.segments.map((s) => s.text).join(' ');

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
			const segments: Segment[] = [];
			let last: Piece | null = null;
			for (const p of line) {
				const gap = last ? p.x - (last.x + last.width) : Infinity;
				const seg = segments.at(-1);
				if (!seg || gap > COLUMN_GAP * size) segments.push({ x: p.x, end: p.x + p.width, text: p.text.trim(), uncertain: [...(p.uncertain ?? [])] });
				else {
					const glue = gap > 0.12 * size || /\s$/.test(last!.text) || /^\s/.test(p.text) ? ' ' : '';
					seg.text = (seg.text + glue + p.text.trim()).replace(/\s+/g, ' ');
					seg.end = Math.max(seg.end, p.x + p.width);
					seg.uncertain.push(...(p.uncertain ?? []));
				}
				last = p;
			}
			return { y: Math.min(...line.map((p) => p.y)), size, segments };
		})
		.sort((a, b) => a.y - b.y);
}

/** Furniture: rows near the top or bottom repeated (digits aside) on two or more pages, and page numbers. */
export function dropFurniture(pages: { page: Page; rows: Row[] }[]): Row[][] {
	const key = (r: Row) => rowText(r).replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
	const inZone = (r: Row, p: Page) => r.y < FURNITURE_ZONE * p.height || r.y > (1 - FURNITURE_ZONE) * p.height;
	const seen = new Map<string, Set<number>>();
	pages.forEach(({ page, rows }, n) => {
		for (const r of rows) if (inZone(r, page)) seen.set(key(r), (seen.get(key(r)) ?? new Set()).add(n));
	});
	return pages.map(({ page, rows }) =>
		rows.filter((r) => !(inZone(r, page) && ((seen.get(key(r))?.size ?? 0) >= 2 || PAGE_NUMBER.test(rowText(r).trim())))),
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
	for (let k = 0; k < rows.length; ) {
		const r = rows[k];
		if (r.segments.length >= 3) {
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
 * Two columns from a row split in two: the boundary is where its right segment starts; the
 * region runs up and down over rows that do not cross it.
 */
function columnsAt(rows: Row[], at: number): { left: Segment[][]; right: Segment[][]; next: number } {
	const boundary = rows[at].segments[1].x - 2;
	const fits = (r: Row) => r.segments.length <= 2 && r.segments.every((s) => s.end <= boundary + 2 || s.x >= boundary);
	let end = at;
	while (end < rows.length && fits(rows[end])) end++;
	const left: Segment[][] = [];
	const right: Segment[][] = [];
	for (const r of rows.slice(at, end)) {
		const l = r.segments.filter((s) => s.x < boundary);
		const rt = r.segments.filter((s) => s.x >= boundary);
		if (l.length) left.push(l);
		if (rt.length) right.push(rt);
	}
	return { left, right, next: Math.max(end, at + 1) };
}

/**
 * A data table from a row of three or more segments (its header): the columns start where
 * its segments start; following rows belong while their segments start at a column; a row
 * with text in the first column starts a table row, others continue the cells above.
 */
function tableAt(rows: Row[], at: number, page: number): { block: ReadBlock; next: number } {
	const starts = rows[at].segments.map((s) => s.x);
	const tol = rows[at].size * 1.5;
	const columnOf = (s: Segment) => starts.findIndex((x, c) => s.x >= x - tol && (c === starts.length - 1 || s.x < starts[c + 1] - tol));
	const table: string[][] = [];
	let k = at;
	for (; k < rows.length; k++) {
		const r = rows[k];
		const cols = r.segments.map(columnOf);
		if (k > at && (cols.some((c) => c < 0) || (r.segments.length === 1 && r.segments[0].end - r.segments[0].x > 0.6 * (starts.at(-1)! - starts[0])))) break;
		const startsRow = k === at || cols.includes(0);
		if (startsRow) table.push(starts.map(() => ''));
		const row = table.at(-1)!;
		r.segments.forEach((s, n) => (row[cols[n]] = `${row[cols[n]]} ${s.text}`.trim()));
	}
	return { block: tableBlock(table, page), next: k };
}
