/**
 * Reading an input file into blocks and the source text: UTF-8/UTF-16 text, Word (.docx, its
 * OOXML read as a document), PDF with a text layer (lines rebuilt from pdf.js text items), and
 * scans — PDF pages without text and images — through Tesseract's Vietnamese model with word
 * boxes and confidences. Every failure is an UnreadableInput with a one-line reason.
 */
import { writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { renderBlocks, type ReadBlock } from '../blocks.ts';
import { decodeText, RECIPIENTS, UnreadableInput, type Line } from '../text.ts';
import { readDocxBlocks } from './docx.ts';
import { dropFurniture, rowsOf, rowsToBlocks, type Page } from './layout.ts';
import { pdfTextPages } from './pdf.ts';
import { removeFolder, tempFolder } from './proc.ts';
import { checkPixels, checkTools, headerSize, ocrImage, ocrPdf } from './scan.ts';
import type { OcrPage } from './tsv.ts';

export interface PageStats {
	page: number;
	words: number;
	/** Words read below the confidence threshold (marked <Uncertain>). */
	uncertain: number;
}

export interface ReadResult {
	/** The source of record: the document as read, as plain text. */
	text: string;
	kind: 'text' | 'ocr';
	format: 'txt' | 'docx' | 'pdf' | 'scan';
	pages: number | null;
	/** The structured reading (absent for plain text, which the pipeline reads line by line). */
	blocks?: ReadBlock[];
	/** The pipeline's lines of `text`, with tables whole and OCR uncertainty. */
	lines?: Line[];
	/** OCR: words and uncertain words per page. */
	pageStats?: PageStats[];
	/** Why the document may be incomplete, as far as reading can tell. */
	incomplete: string[];
	/** What the reader read but left out of the text, each with where it was (the report lists them). */
	unplaced: string[];
}

export const FORMATS = ['.txt', '.docx', '.pdf', '.png', '.jpg', '.jpeg', '.tif', '.tiff'] as const;

/** A PDF page with fewer letters than this has no usable text layer (a scan). */
const MIN_LETTERS_PER_PAGE = 80;

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const letters = (text: string) => (text.match(/\p{L}/gu) ?? []).length;

export async function readInput(path: string, bytes: Uint8Array): Promise<ReadResult> {
	const ext = extname(path).toLowerCase();
	if (!(FORMATS as readonly string[]).includes(ext)) {
		const hint = ext === '.doc' ? ' (save old .doc files as .docx)' : '';
		throw new UnreadableInput(`unsupported file type "${ext || '(none)'}"${hint}; the importer reads ${FORMATS.join(', ')}`);
	}
	if (bytes.length === 0) throw new UnreadableInput('the file is empty');
	if (ext === '.txt') return { text: decodeText(bytes), kind: 'text', format: 'txt', pages: null, incomplete: [], unplaced: [] };
	if (ext === '.docx') {
		if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) throw new UnreadableInput('not a Word .docx file (it is not a ZIP package)');
		const unplaced: string[] = [];
		const blocks = readDocxBlocks(bytes, unplaced);
		if (!blocks.some((b) => letters(b.text))) throw new UnreadableInput('the Word file holds no text');
		return { ...structured(blocks, 'text', 'docx', null), unplaced };
	}
	if (ext === '.pdf') return readPdf(bytes);
	const png = startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]);
	const jpg = startsWith(bytes, [0xff, 0xd8, 0xff]);
	const tif = startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]);
	if (!png && !jpg && !tif) throw new UnreadableInput(`not a ${ext.slice(1).toUpperCase()} image (the file's first bytes do not match)`);
	checkTools('image');
	const size = headerSize(bytes);
	if (size) checkPixels(size.width, size.height, 'page 1');
	const dir = tempFolder();
	try {
		const image = join(dir, `input${png ? '.png' : jpg ? '.jpg' : '.tif'}`);
		writeFileSync(image, bytes);
		return fromOcr([await ocrImage(image, dir, 1)]);
	} finally {
		removeFolder(dir);
	}
}

async function readPdf(bytes: Uint8Array): Promise<ReadResult> {
	if (!startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) throw new UnreadableInput('not a PDF file (it does not start with %PDF-)');
	const pages = await pdfTextPages(bytes);
	const chars = pages.reduce((n, p) => n + letters(p.pieces.map((x) => x.text).join('')), 0);
	if (chars >= MIN_LETTERS_PER_PAGE * pages.length) {
		const unplaced: string[] = [];
		return { ...structured(pageBlocks(pages, unplaced), 'text', 'pdf', pages.length), unplaced };
	}
	// A scan: rasterise the pages and read them with OCR.
	checkTools('pdf');
	const dir = tempFolder();
	try {
		const file = join(dir, 'input.pdf');
		writeFileSync(file, bytes);
		return fromOcr(await ocrPdf(file, dir));
	} finally {
		removeFolder(dir);
	}
}

/** Pages of positioned text as blocks: furniture dropped, columns and tables found. */
export function pageBlocks(pages: Page[], unplaced: string[] = []): ReadBlock[] {
	const rows = dropFurniture(
		pages.map((page) => ({ page, rows: rowsOf(page) })),
		unplaced,
	);
	return rows.flatMap((r, n) => rowsToBlocks(r, n + 1));
}

function fromOcr(pages: OcrPage[]): ReadResult {
	const unplaced: string[] = [];
	const blocks = pageBlocks(pages, unplaced);
	if (!blocks.some((b) => letters(b.text))) throw new UnreadableInput('OCR found no text in the scan');
	const result = { ...structured(blocks, 'ocr', 'scan', pages.length), unplaced };
	result.pageStats = pages.map((p, n) => ({ page: n + 1, words: p.words, uncertain: p.uncertainWords }));
	return result;
}

function structured(blocks: ReadBlock[], kind: ReadResult['kind'], format: ReadResult['format'], pages: number | null): ReadResult {
	const normalized = blocks.map((b) => ({
		...b,
		text: b.text.normalize('NFC'),
		...(b.uncertain ? { uncertain: b.uncertain.map((w) => w.normalize('NFC')) } : {}),
	}));
	const { text, lines } = renderBlocks(normalized);
	return { text, lines, blocks: normalized, kind, format, pages, incomplete: endsMidSentence(normalized), unplaced: [] };
}

/**
 * The document stops mid-sentence: its last line, before any "Nơi nhận" and signature, ends
 * without the punctuation that closes a sentence or a heading (a missing last page).
 */
export function endsMidSentence(blocks: readonly ReadBlock[]): string[] {
	if (blocks.some((b) => RECIPIENTS.test(b.text))) return [];
	const last = blocks.filter((b) => b.text.trim()).at(-1);
	if (!last || last.table) return [];
	const text = last.text.trim();
	const name = /^(?:\p{Lu}\p{Ll}*\.?\s+){1,5}\p{Lu}\p{Ll}*$/u.test(text);
	return /[.;:!?…)"”]$/.test(text) || name ? [] : [`the text stops mid-sentence (“…${text.slice(-40)}”${last.page ? ` at the end of page ${last.page}` : ''})`];
}
