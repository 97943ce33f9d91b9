/**
 * The block model every reader returns: a document read as paragraphs (with Word's numbering
 * printed as its marker), data tables with rows and cells, and footnotes, in reading order.
 * Layout tables (a two-column header, "Nơi nhận" beside the signature) are not tables here:
 * the readers linearise them column by column, left column first, as a text header reads.
 * `renderBlocks` turns blocks into the source of record (plain text) and the lines the
 * pipeline works on, with each table kept whole on one line.
 */
import type { Line } from './text.ts';

export interface ReadBlock {
	kind: 'paragraph' | 'heading' | 'table' | 'footnote';
	/** The printed text, marker included ("I. ", "1. ", "a) ", "- "); a table's cells joined. */
	text: string;
	/** A data table: rows of cell texts, header row first. */
	table?: string[][];
	/** OCR words read below the confidence threshold, in reading order (exact words of `text`). */
	uncertain?: string[];
	/** 1-based page, when the format has pages. */
	page?: number;
}

/** "Chú thích:" — the heading of the footnotes, placed before the closing part. */
export const FOOTNOTES_HEADING = 'Chú thích:';

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
/** A table row as one line of the source text. */
export const rowText = (row: readonly string[]) => `| ${row.map((c) => clean(c).replace(/\|/g, '/')).join(' | ')} |`;

/** A table block from its rows (header row first); `text` is the cells joined. */
export function tableBlock(rows: string[][], page?: number): ReadBlock {
	const table = rows.map((r) => r.map(clean));
	return { kind: 'table', text: table.flat().filter(Boolean).join(' '), table, ...(page ? { page } : {}) };
}

/**
 * The source text and its lines. A paragraph is one line per printed line (`\n` inside a
 * block); a table is one source line per row and a single pipeline line carrying the rows.
 */
export function renderBlocks(blocks: readonly ReadBlock[]): { text: string; lines: Line[] } {
	const out: string[] = [];
	const lines: Line[] = [];
	for (const b of blocks) {
		if (b.table) {
			if (!b.table.length) continue;
			lines.push({ text: clean(b.text), line: out.length + 1, table: b.table });
			out.push(...b.table.map(rowText));
			continue;
		}
		const pending = [...(b.uncertain ?? [])];
		for (const raw of b.text.split('\n')) {
			const text = clean(raw);
			if (!text) continue;
			// The uncertain words of this printed line, in order.
			const uncertain: string[] = [];
			let from = 0;
			while (pending.length) {
				const at = text.indexOf(pending[0], from);
				if (at < 0) break;
				uncertain.push(pending.shift()!);
				from = at + uncertain.at(-1)!.length;
			}
			lines.push({ text, line: out.length + 1, ...(uncertain.length ? { uncertain } : {}) });
			out.push(text);
		}
	}
	return { text: out.join('\n') + '\n', lines };
}

/**
 * Footnotes as a "Chú thích" list placed before the closing part ("Nơi nhận", or the end), so
 * the cited-document finder reads them and the signature stays last.
 */
export function placeFootnotes(blocks: ReadBlock[], notes: readonly ReadBlock[], isClosing: (b: ReadBlock) => boolean): ReadBlock[] {
	if (!notes.length) return blocks;
	let at = blocks.findIndex(isClosing);
	if (at < 0) at = blocks.length;
	return [...blocks.slice(0, at), { kind: 'paragraph', text: FOOTNOTES_HEADING }, ...notes, ...blocks.slice(at)];
}
