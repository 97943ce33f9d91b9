/**
 * The import command end to end: Word and PDF files made here from the source texts import to
 * the same frontmatter as the texts; a scanned page goes through OCR; unreadable inputs exit 2
 * and write nothing; existing files need --force; --apply makes the corpus pass the check.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import type { Browser, Page } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/validate.ts';
import { contentLines, joinLines } from '../../src/lib/import/text.ts';
import { launchChromium } from '../browser/chromium.ts';
import { ROOT } from '../support/corpus.ts';
import { comparable, contentRoot, corpusWithout, draftData, mismatches, runImport, snapshot, SOURCES } from '../support/importer.ts';
import { readRealCorpus } from '../../src/lib/content/real-corpus.ts';
import { importText } from '../../src/lib/import/index.ts';
import type { Report } from '../../src/lib/import/draft.ts';
import { readInput } from '../../src/lib/import/read/index.ts';

const work = mkdtempSync(join(tmpdir(), 'kho-import-files-'));
const lines = (text: string) =>
	text
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);
/** The paragraphs of a source text, as a Word file or a PDF printed from it holds them. */
const paragraphs = (text: string) => joinLines(contentLines(text)).map((b) => b.text);
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

async function docxOf(text: string): Promise<Buffer> {
	const doc = new Document({ sections: [{ children: paragraphs(text).map((l) => new Paragraph({ children: [new TextRun(l)] })) }] });
	return Packer.toBuffer(doc);
}

async function pdfOf(page: Page, text: string): Promise<Buffer> {
	const body = paragraphs(text)
		.map((l) => `<p style="text-align: justify">${escape(l)}</p>`)
		.join('');
	await page.setContent(`<html><body style="font: 13pt 'DejaVu Serif', serif">${body}</body></html>`);
	return page.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2.5cm', right: '2cm' } });
}

/** One A4 page rendered as an image and printed as an image-only PDF: a scan. */
async function scanOf(browser: Browser, html: string): Promise<Buffer> {
	const render = await browser.newPage({ viewport: { width: 794, height: 1123 }, deviceScaleFactor: 3 });
	await render.setContent(`<html><body style="margin: 60px 70px; font: 15px 'DejaVu Serif', serif; background: #fff">${html}</body></html>`);
	const png = await render.screenshot({ type: 'png' });
	await render.close();
	const page = await browser.newPage();
	await page.setContent(
		`<html><body style="margin:0"><img style="width:210mm;height:297mm;display:block" src="data:image/png;base64,${png.toString('base64')}"></body></html>`,
	);
	const pdf = await page.pdf({ format: 'A4', margin: { top: '0', bottom: '0', left: '0', right: '0' } });
	await page.close();
	return pdf;
}

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => {
	await browser?.close();
});

describe('Word and PDF files import like the text they hold', () => {
	const { corpus } = readRealCorpus(ROOT);
	for (const { plan, source } of SOURCES) {
		it(`${plan}: .txt, .docx and .pdf give the same fields`, async () => {
			const text = readFileSync(join(ROOT, source), 'utf8');
			const files = { txt: join(work, `${plan}.txt`), docx: join(work, `${plan}.docx`), pdf: join(work, `${plan}.pdf`) };
			writeFileSync(files.txt, text);
			writeFileSync(files.docx, await docxOf(text));
			const page = await browser.newPage();
			writeFileSync(files.pdf, await pdfOf(page, text));
			await page.close();

			// Read and extracted in this process, as the command does (the command itself is run below).
			const others = corpusWithout(corpus, plan);
			const drafts: Record<string, Record<string, unknown>> = {};
			for (const [format, file] of Object.entries(files)) {
				const read = await readInput(file, readFileSync(file));
				expect(read.format).toBe(format);
				drafts[format] = comparable(importText({ text: read.text, kind: read.kind, sourceFile: source, corpus: others }).data);
			}
			const docx = mismatches(drafts.docx, drafts.txt);
			const pdf = mismatches(drafts.pdf, drafts.txt);
			if (docx.length || pdf.length) console.log(`${plan}\n  docx: ${docx.join('\n        ')}\n  pdf: ${pdf.join('\n       ')}`);
			expect(docx).toEqual([]);
			expect(pdf).toEqual([]);
		});
	}

	it('the command imports a Word file and a PDF to the same draft as their text', () => {
		const { plan } = SOURCES[1];
		const root = contentRoot([plan]);
		const drafts: Record<string, Record<string, unknown>> = {};
		for (const format of ['txt', 'docx', 'pdf']) {
			const out = join(work, `${plan}-${format}.mdx`);
			const run = runImport(root, [join(work, `${plan}.${format}`), '--out-dir', work, '--out', out, '--force']);
			expect(run.stderr).toBe('');
			expect(run.stdout).toContain(`(${format}`);
			drafts[format] = comparable(draftData(out));
		}
		expect(mismatches(drafts.docx, drafts.txt)).toEqual([]);
		expect(mismatches(drafts.pdf, drafts.txt)).toEqual([]);
	});
});

describe('a scanned page', () => {
	it('is read with OCR: number, dates and slogans come out right', async () => {
		// The central plan's header, title, opening and slogan list, as one printed page.
		const text = lines(readFileSync(join(ROOT, SOURCES[0].source), 'utf8'));
		const from = text.findIndex((l) => l.startsWith('- Căn cứ tình hình thực tế'));
		const page = [...text.slice(0, 6), ...text.slice(from, from + 10)].map((l) => `<p style="margin:0 0 10px">${escape(l.replace(/\*/g, ''))}</p>`).join('');
		const file = join(work, 'scan.pdf');
		writeFileSync(file, await scanOf(browser, page));
		const root = contentRoot(['2025-trung-uong']);
		const out = join(work, 'scan.mdx');
		const run = runImport(root, [file, '--out-dir', work, '--out', out, '--force']);
		console.log(`scanned page imported in ${(run.ms / 1000).toFixed(1)} s`);
		expect(run.stderr).toBe('');
		expect(run.stdout).toMatch(/\(scan, 1 page\(s\), OCR\)/);
		const data = draftData(out);
		expect(data.source.kind).toBe('ocr');
		expect(data.number).toBe('705/KH-BCĐNQ');
		expect(data.issuedAt).toBe('2025-11-01');
		expect(data.issuedPlace).toBe('Hà Nội');
		expect(data.year).toBe(2025);
		expect(data.banners).toEqual({ from: '2025-11-15', to: '2025-12-31' });
		expect(data.slogans.map((s) => s.slogan)).toEqual([
			'chao-mung-ky-niem-ngay-nhan-quyen-the-gioi',
			'dang-nha-nuoc-ton-trong-bao-ve-thuc-day-quyen-con-nguoi',
			'chu-dong-tich-cuc-hoi-nhap-quoc-te-ve-quyen-con-nguoi',
			'bao-dam-quyen-cua-moi-nguoi-dan-tu-chinh-sach-den-hanh-dong',
			'quyen-cua-moi-dan-toc-moi-ton-giao-moi-nguoi-dan',
			'ton-trong-bao-dam-quyen-tu-do-tin-nguong-ton-giao',
			'hoan-thien-he-thong-phap-luat-bao-dam-quyen-con-nguoi',
			'kien-quyet-dau-tranh-voi-hanh-vi-tra-tan-nhuc-hinh',
			'quyet-tam-day-lui-nan-mua-ban-nguoi',
		]);
		expect(run.ms).toBeLessThan(40_000);
	});

	it('says which package to install when the OCR tools are missing, and writes nothing', () => {
		const root = contentRoot();
		const before = snapshot(root);
		const png = join(work, 'page.png');
		// A PNG file signature is enough: the tool check comes before reading the image.
		writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
		const run = runImport(root, [png], { PATH: '/nonexistent' });
		expect(run.status).toBe(2);
		expect(run.stderr.trim()).toMatch(/install the Debian package tesseract-ocr/);
		expect(run.stderr.trim().split('\n')).toHaveLength(1);
		const scan = runImport(root, [join(work, 'scan.pdf')], { PATH: '/nonexistent' });
		expect(scan.status).toBe(2);
		expect(scan.stderr.trim()).toMatch(/install the Debian package poppler-utils/);
		expect(snapshot(root)).toEqual(before);
	});
});

describe('inputs that cannot be read', () => {
	const plan = readFileSync(join(ROOT, SOURCES[3].source));
	const cases: [string, string, Buffer][] = [
		['an empty text file', 'empty.txt', Buffer.alloc(0)],
		['binary junk', 'junk.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
		['a legacy encoding (Windows-1258)', 'legacy.txt', Buffer.from([0x4b, 0xea, 0xec, 0x20, 0x68, 0x6f, 0xb5, 0x63, 0x68, 0x0a])],
		['UTF-16 without a byte-order mark', 'utf16.txt', Buffer.from('KẾ HOẠCH', 'utf16le')],
		['a corrupt Word file', 'corrupt.docx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 0x41)])],
		['a text file named .docx', 'named.docx', plan],
		['a truncated PDF', 'truncated.pdf', Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R')],
		['binary junk named .pdf', 'junk.pdf', Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31) % 256))],
		['an old Word .doc', 'old.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
		['a text that is not a plan', 'letter.txt', Buffer.from('Kính gửi các cơ quan, đơn vị.\nĐề nghị báo cáo trước ngày 10/12.\n')],
	];
	for (const [what, name, bytes] of cases) {
		it(`${what}: a one-line reason, exit 2, nothing written`, () => {
			const root = contentRoot();
			const before = snapshot(root);
			const file = join(work, name);
			writeFileSync(file, bytes);
			const run = runImport(root, [file]);
			expect(run.status).toBe(2);
			expect(run.stdout).toBe('');
			expect(run.stderr.trim().split('\n')).toHaveLength(1);
			expect(run.stderr).toContain(file);
			expect(snapshot(root)).toEqual(before);
		});
	}

	it('a file that does not exist', () => {
		const run = runImport(contentRoot(), [join(work, 'missing.txt')]);
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(/missing\.txt: cannot be read: no such file/);
	});
});

describe('writing the draft', () => {
	it('never overwrites an existing plan without --force', () => {
		const root = contentRoot();
		const before = snapshot(root);
		const run = runImport(root, [join(ROOT, SOURCES[3].source)]);
		expect(run.status).toBe(1);
		expect(run.stderr).toMatch(/content\/plans\/2024\/tra-vinh\.mdx exists; nothing was written\. Use --force/);
		expect(snapshot(root)).toEqual(before);
	});

	it('writes the draft and its source at their canonical places, and --apply makes the corpus pass the check', () => {
		// The corpus as it was before the Lạng Sơn plan: without it and the two documents it cites.
		const root = contentRoot(['2025-lang-son']);
		const docs = join(root, 'content', 'documents.yaml');
		const kept = (parse(readFileSync(docs, 'utf8')) as { id: string }[]).filter(
			(d) => !['119-kh-ubnd-2025-lang-son', '260-kh-ubnd-2022-lang-son'].includes(d.id),
		);
		writeFileSync(docs, stringify(kept, { lineWidth: 0 }));

		const first = runImport(root, [join(ROOT, SOURCES[2].source), '--report', join(work, 'report.json')]);
		expect(first.status).toBe(0);
		expect(first.stdout).toContain('draft:  content/plans/2025/lang-son.mdx');
		expect(first.stdout).toContain('source: content/sources/2025-lang-son.txt');
		expect(first.stdout).toMatch(/Proposed reference entries \(2\), appended with --apply/);
		expect(first.stdout).toMatch(/Diacritics restored \(\d+ words\): \d+ \(\d+ %\) vouched/);
		expect(readFileSync(join(root, 'content/sources/2025-lang-son.txt'), 'utf8')).toBe(readFileSync(join(ROOT, SOURCES[2].source), 'utf8'));
		const report = JSON.parse(readFileSync(join(work, 'report.json'), 'utf8')) as Report;
		expect(report.fields.number).toMatchObject({ value: null, line: 4, confidence: 'low' });
		expect(report.missing).toEqual(['reportDeadline']);
		expect(report.validation).toEqual({ ok: true, problems: [] });
		// Without --apply the cited documents are only proposed: the corpus does not pass yet.
		expect(checkContent(root).problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/119-kh-ubnd-2025-lang-son/));

		const applied = runImport(root, [join(ROOT, SOURCES[2].source), '--force', '--apply']);
		expect(applied.status).toBe(0);
		expect(applied.stdout).toMatch(/Proposed reference entries \(2\), appended:/);
		expect(readFileSync(docs, 'utf8')).toMatch(
			/# Proposed by `npm run import` from 003_cdb410e878c464fc\.txt: review before publishing\.\n- id: 119-kh-ubnd-2025-lang-son/,
		);
		expect(checkContent(root).problems).toEqual([]);
	});
});
