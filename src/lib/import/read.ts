/**
 * Reading an input file into text: UTF-8/UTF-16 text, Word (.docx, mammoth), PDF with a text
 * layer (unpdf, i.e. pdf.js), and scans — PDF pages without text and images — through
 * Tesseract's Vietnamese model, PDF pages rasterised with pdftoppm (poppler-utils). Every
 * failure is an UnreadableInput with a one-line reason.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { decodeText, UnreadableInput } from './text.ts';

export interface ReadResult {
	text: string;
	kind: 'text' | 'ocr';
	format: 'txt' | 'docx' | 'pdf' | 'scan';
	pages: number | null;
}

export const FORMATS = ['.txt', '.docx', '.pdf', '.png', '.jpg', '.jpeg'] as const;

/** A PDF page with fewer letters than this has no usable text layer (a scan). */
const MIN_LETTERS_PER_PAGE = 80;

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const letters = (text: string) => (text.match(/\p{L}/gu) ?? []).length;
const reason = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 160);

export async function readInput(path: string, bytes: Uint8Array): Promise<ReadResult> {
	const ext = extname(path).toLowerCase();
	if (!(FORMATS as readonly string[]).includes(ext)) {
		const hint = ext === '.doc' ? ' (save old .doc files as .docx)' : '';
		throw new UnreadableInput(`unsupported file type "${ext || '(none)'}"${hint}; the importer reads ${FORMATS.join(', ')}`);
	}
	if (bytes.length === 0) throw new UnreadableInput('the file is empty');
	if (ext === '.txt') return { text: decodeText(bytes), kind: 'text', format: 'txt', pages: null };
	if (ext === '.docx') return { text: await readDocx(bytes), kind: 'text', format: 'docx', pages: null };
	if (ext === '.pdf') return readPdf(bytes);
	const png = startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]);
	const jpg = startsWith(bytes, [0xff, 0xd8, 0xff]);
	if (!png && !jpg) throw new UnreadableInput(`not a ${ext.slice(1).toUpperCase()} image (the file's first bytes do not match)`);
	const dir = mkdtempSync(join(tmpdir(), 'import-'));
	try {
		const image = join(dir, `page${png ? '.png' : '.jpg'}`);
		writeFileSync(image, bytes);
		return { text: ocrImages([image]), kind: 'ocr', format: 'scan', pages: 1 };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

async function readDocx(bytes: Uint8Array): Promise<string> {
	if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) throw new UnreadableInput('not a Word .docx file (it is not a ZIP package)');
	const mammoth = await import('mammoth');
	let value: string;
	try {
		({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) }));
	} catch (e) {
		throw new UnreadableInput(`the Word file cannot be read: ${reason(e)}`);
	}
	if (!letters(value)) throw new UnreadableInput('the Word file holds no text');
	return value.replace(/\r\n?/g, '\n').normalize('NFC');
}

async function readPdf(bytes: Uint8Array): Promise<ReadResult> {
	if (!startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) throw new UnreadableInput('not a PDF file (it does not start with %PDF-)');
	const { getDocumentProxy, extractText } = await import('unpdf');
	let pages: string[];
	try {
		// verbosity 0: pdf.js prints only errors (its warnings on damaged files are not for the editor).
		const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
		pages = (await extractText(pdf, { mergePages: false })).text;
	} catch (e) {
		throw new UnreadableInput(`the PDF cannot be read: ${reason(e)}`);
	}
	if (!pages.length) throw new UnreadableInput('the PDF has no pages');
	const text = pages.join('\n\n').normalize('NFC');
	if (letters(text) >= MIN_LETTERS_PER_PAGE * pages.length) return { text, kind: 'text', format: 'pdf', pages: pages.length };

	// A scan: rasterise the pages and read them with OCR.
	requireTool('pdftoppm', ['-v'], 'poppler-utils');
	const dir = mkdtempSync(join(tmpdir(), 'import-'));
	try {
		const file = join(dir, 'input.pdf');
		writeFileSync(file, bytes);
		const run = spawnSync('pdftoppm', ['-r', '300', '-gray', '-png', file, join(dir, 'page')], { encoding: 'utf8' });
		if (run.status !== 0)
			throw new UnreadableInput(`the PDF cannot be rasterised: ${(run.stderr || '').trim().split('\n')[0] || `pdftoppm exit ${run.status}`}`);
		const images = readdirSync(dir)
			.filter((f) => f.endsWith('.png'))
			.sort()
			.map((f) => join(dir, f));
		if (!images.length) throw new UnreadableInput('the PDF has no pages to read');
		return { text: ocrImages(images), kind: 'ocr', format: 'scan', pages: images.length };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Checks that a command-line tool runs; otherwise says which Debian package provides it. */
function requireTool(command: string, args: string[], pkg: string): string {
	const run = spawnSync(command, args, { encoding: 'utf8' });
	if (run.error) throw new UnreadableInput(`reading a scan needs ${command}: install the Debian package ${pkg} (apt-get install -y ${pkg})`);
	return `${run.stdout}${run.stderr}`;
}

/** Tesseract with the Vietnamese model on each image, pages separated by a blank line. */
function ocrImages(images: string[]): string {
	const langs = requireTool('tesseract', ['--list-langs'], 'tesseract-ocr');
	if (!/^vie$/m.test(langs)) throw new UnreadableInput('reading a scan needs Tesseract’s Vietnamese model: install the Debian package tesseract-ocr-vie');
	const pages = images.map((image) => {
		const run = spawnSync('tesseract', [image, 'stdout', '-l', 'vie', '--psm', '4'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
		if (run.status !== 0) throw new UnreadableInput(`OCR failed: ${(run.stderr || '').trim().split('\n').at(-1)}`);
		return run.stdout;
	});
	const text = pages.join('\n\n').replace(/\f/g, '\n').normalize('NFC');
	if (!letters(text)) throw new UnreadableInput('OCR found no text in the scan');
	return text;
}
