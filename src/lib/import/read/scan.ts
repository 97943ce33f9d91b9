/**
 * Scans and photos through OCR: each page is checked against the pixel limit before anything
 * is rasterised, cleaned (grey, shading flattened, deskewed, turned upright by Tesseract's
 * orientation detection, enlarged when below 300 dpi) and read by Tesseract's Vietnamese
 * model as TSV, so that words keep their boxes and confidences. Page segmentation mode 6 (one
 * block of text) reads rows across the page in order; columns and tables are then separated
 * by the words' positions (layout.ts).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { UnreadableInput } from '../text.ts';
import { DEFAULT_SCAN_DPI, OCR_PARALLEL, OCR_PIXELS, MAX_IMAGE_PIXELS, MAX_SCAN_DPI, MAX_SCAN_PAGES, MIN_SCAN_DPI } from './limits.ts';
import { firstError, run } from './proc.ts';
import { parseTsv, type OcrPage } from './tsv.ts';

const TOOLS: Record<'pdf' | 'image', [string, string[], string][]> = {
	pdf: [
		['pdftoppm', ['-v'], 'poppler-utils'],
		['tesseract', ['--list-langs'], 'tesseract-ocr'],
		['convert', ['-version'], 'imagemagick'],
	],
	image: [
		['tesseract', ['--list-langs'], 'tesseract-ocr'],
		['convert', ['-version'], 'imagemagick'],
	],
};

/** Checks, before anything is read, that the tools a scan needs are installed (and Tesseract's Vietnamese model). */
export function checkTools(kind: 'pdf' | 'image'): void {
	for (const [command, args, pkg] of TOOLS[kind]) {
		const r = spawnSync(command, args, { encoding: 'utf8' });
		if (r.error) throw new UnreadableInput(`reading a scan needs ${command}: install the Debian package ${pkg} (apt-get install -y ${pkg})`);
		if (command === 'tesseract' && !/^vie$/m.test(`${r.stdout}${r.stderr}`))
			throw new UnreadableInput('reading a scan needs Tesseract’s Vietnamese model: install the Debian package tesseract-ocr-vie');
	}
}

/**
 * Width and height from a PNG's or JPEG's header, without decoding anything; null for other
 * formats (and then ImageMagick's identify -ping reads the header).
 */
export function headerSize(bytes: Uint8Array): { width: number; height: number } | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (bytes.length >= 24 && bytes[0] === 0x89 && bytes[1] === 0x50) return { width: view.getUint32(16), height: view.getUint32(20) };
	if (bytes[0] === 0xff && bytes[1] === 0xd8) {
		for (let at = 2; at + 9 < bytes.length;) {
			if (bytes[at] !== 0xff) return null;
			const marker = bytes[at + 1];
			const length = view.getUint16(at + 2);
			// Start-of-frame markers (baseline, progressive …), not DHT, JPG or DAC.
			if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return { width: view.getUint16(at + 7), height: view.getUint16(at + 5) };
			at += 2 + length;
		}
	}
	return null;
}

/** Width and height of an image from its header (ImageMagick's identify -ping reads no pixels). */
export async function imageSize(file: string): Promise<{ width: number; height: number; dpi: number | null }> {
	const r = await run('identify', ['-ping', '-format', '%w %h %x %U\n', `${file}[0]`], 'imagemagick');
	const m = /^(\d+) (\d+) ([\d.]+) ?(\S*)/.exec(r.stdout);
	if (r.status !== 0 || !m) throw new UnreadableInput(`the image cannot be read: ${firstError(r, 'identify')}`);
	const density = Number(m[3]);
	const dpi = density > 1 ? (/centimeter/i.test(m[4]) ? density * 2.54 : density) : null;
	return { width: Number(m[1]), height: Number(m[2]), dpi };
}

export function checkPixels(width: number, height: number, what: string): void {
	if (width * height > MAX_IMAGE_PIXELS)
		throw new UnreadableInput(`${what} is ${width}×${height} px, more than the limit of ${MAX_IMAGE_PIXELS / 1e6} Mpx (MAX_IMAGE_PIXELS); scan at 300 dpi`);
}

/** An A4 page is 8.27 in wide: a photo's resolution is estimated from its width when it states none. */
const estimatedDpi = (width: number, dpi: number | null) => (dpi && dpi > 100 ? dpi : width / 8.27);

/** OCR of one page image. */
export async function ocrImage(file: string, dir: string, n: number): Promise<OcrPage> {
	const { width, height, dpi } = await imageSize(file);
	checkPixels(width, height, `page ${n}`);
	const dpiNow = estimatedDpi(width, dpi);
	const scale = dpiNow >= 250 ? 1 : Math.min(300 / dpiNow, Math.sqrt(OCR_PIXELS / (width * height)), 3);
	const clean = join(dir, `clean-${n}.png`);
	// Grey; shading flattened (divided by a blurred copy made small and blown up again, which
	// is fast); deskewed; enlarged to about 300 dpi.
	const convert = await run(
		'convert',
		[
			...['-limit', 'memory', '512MiB', '-limit', 'map', '1GiB'],
			`${file}[0]`,
			...['-colorspace', 'Gray', '-depth', '8', '-background', 'white', '-flatten'],
			...['(', '+clone', '-resize', '5%', '-blur', '0x1.5', '-resize', `${width}x${height}!`, ')', '-compose', 'Divide_Src', '-composite'],
			...['-deskew', '40%', '+repage', '-normalize', '-resize', `${Math.round(scale * 100)}%`, clean],
		],
		'imagemagick',
	);
	if (convert.status !== 0) throw new UnreadableInput(`page ${n} cannot be prepared for OCR: ${firstError(convert, 'convert')}`);
	await orient(clean);
	const ocr = await run('tesseract', [clean, 'stdout', '-l', 'vie', '--psm', '6', 'tsv'], 'tesseract-ocr');
	if (ocr.status !== 0) {
		if (/vie\.traineddata|Failed loading language/i.test(ocr.stderr))
			throw new UnreadableInput('reading a scan needs Tesseract’s Vietnamese model: install the Debian package tesseract-ocr-vie');
		throw new UnreadableInput(`OCR failed on page ${n}: ${firstError(ocr, 'tesseract')}`);
	}
	return parseTsv(ocr.stdout);
}

/** Turns a page upright when Tesseract's orientation detection is confident it is not. */
async function orient(file: string): Promise<void> {
	const osd = await run('tesseract', [file, 'stdout', '--psm', '0'], 'tesseract-ocr');
	const rotate = Number(/Rotate: (\d+)/.exec(osd.stdout)?.[1] ?? 0);
	const confidence = Number(/Orientation confidence: ([\d.]+)/.exec(osd.stdout)?.[1] ?? 0);
	if (osd.status !== 0 || !rotate || confidence < 2) return;
	const r = await run('convert', [file, '-rotate', String(rotate), file], 'imagemagick');
	if (r.status !== 0) throw new UnreadableInput(`the page cannot be turned upright: ${firstError(r, 'convert')}`);
}

/** Pages of a PDF and each page's size in points (pdfinfo). */
export async function pdfPages(file: string): Promise<{ pages: number; sizes: Map<number, { w: number; h: number }> }> {
	const r = await run('pdfinfo', ['-f', '1', '-l', String(MAX_SCAN_PAGES), file], 'poppler-utils');
	if (r.status !== 0) throw new UnreadableInput(`the PDF cannot be read: ${firstError(r, 'pdfinfo')}`);
	const pages = Number(/^Pages:\s+(\d+)/m.exec(r.stdout)?.[1] ?? 0);
	const sizes = new Map<number, { w: number; h: number }>();
	for (const m of r.stdout.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/gm)) sizes.set(Number(m[1]), { w: Number(m[2]), h: Number(m[3]) });
	return { pages, sizes };
}

/** The resolution of each page's largest embedded image (pdfimages -list), bounded. */
export async function nativeDpi(file: string): Promise<Map<number, number>> {
	const r = await run('pdfimages', ['-list', file], 'poppler-utils');
	const dpi = new Map<number, number>();
	for (const line of r.stdout.split('\n').slice(2)) {
		const f = line.trim().split(/\s+/);
		const [page, ppi] = [Number(f[0]), Number(f[12])];
		if (page && ppi) dpi.set(page, Math.max(dpi.get(page) ?? 0, ppi));
	}
	for (const [p, v] of dpi) dpi.set(p, Math.min(MAX_SCAN_DPI, Math.max(MIN_SCAN_DPI, Math.round(v))));
	return dpi;
}

/** A PDF without a text layer, page by page: limits checked before any page is rasterised. */
export async function ocrPdf(file: string, dir: string): Promise<OcrPage[]> {
	const { pages, sizes } = await pdfPages(file);
	if (pages > MAX_SCAN_PAGES) throw new UnreadableInput(`the scan has ${pages} pages, more than the limit of ${MAX_SCAN_PAGES} (MAX_SCAN_PAGES)`);
	const dpi = await nativeDpi(file);
	for (let n = 1; n <= pages; n++) {
		const size = sizes.get(n) ?? { w: 595, h: 842 };
		const d = dpi.get(n) ?? DEFAULT_SCAN_DPI;
		checkPixels(Math.round((size.w / 72) * d), Math.round((size.h / 72) * d), `page ${n} at ${d} dpi`);
	}
	const images: string[] = [];
	for (let n = 1; n <= pages; n++) {
		const d = dpi.get(n) ?? DEFAULT_SCAN_DPI;
		const prefix = join(dir, `page-${n}`);
		const r = await run('pdftoppm', ['-r', String(d), '-f', String(n), '-l', String(n), '-gray', '-png', file, prefix], 'poppler-utils');
		if (r.status !== 0) throw new UnreadableInput(`the PDF cannot be rasterised: ${firstError(r, 'pdftoppm')}`);
		const image = readdirSync(dir).find((f) => f.startsWith(`page-${n}-`) && f.endsWith('.png'));
		if (!image) throw new UnreadableInput(`page ${n} of the PDF could not be rasterised`);
		images.push(join(dir, image));
	}
	return inParallel(images.map((image, k) => () => ocrImage(image, dir, k + 1)));
}

/** Pages read OCR_PARALLEL at a time, results in page order. */
async function inParallel<T>(jobs: (() => Promise<T>)[]): Promise<T[]> {
	const out: T[] = new Array<T>(jobs.length);
	let next = 0;
	const worker = async () => {
		while (next < jobs.length) {
			const k = next++;
			out[k] = await jobs[k]();
		}
	};
	await Promise.all(Array.from({ length: Math.min(OCR_PARALLEL, jobs.length) }, worker));
	return out;
}
