/**
 * Every fact in a plan's frontmatter must be printed in its source: number, dates, signer,
 * each slogan as printed, each cited document number. For the OCR source, a fact is found
 * either as printed or through a documented reading (<source>.readings.json: restored text →
 * raw OCR characters), and each reading must itself occur in the OCR text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { documentSchema } from '../../src/schemas/index.ts';
import { checkContent } from '../../src/lib/content/validate.ts';
import { foldVietnamese } from '../../src/lib/format.ts';
import { ROOT } from '../support/corpus.ts';

const { plans } = checkContent(ROOT);
const documentList = z.array(documentSchema).parse(parse(readFileSync(join(ROOT, 'content/documents.yaml'), 'utf8')));
const documents = new Map(documentList.map((d) => [d.id, d.number]));

/** Whitespace and line wraps folded to single spaces; no space before "/" (e.g. "705 /KH"). */
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').replace(/ \//g, '/').trim();

/** The ways a plan may print an ISO date. */
function dateForms(iso: string): string[] {
	const [y, m, d] = iso.split('-');
	const dn = String(Number(d));
	const mn = String(Number(m));
	return [`${d}/${m}/${y}`, `${dn}/${mn}/${y}`, `${d}/${mn}/${y}`, `${dn}/${m}/${y}`, `ngày ${d} tháng ${m} năm ${y}`];
}

for (const plan of plans) {
	const d = plan.data;
	const raw = readFileSync(join(ROOT, d.source.file), 'utf8');
	const source = squash(raw);
	const isOcr = d.source.kind === 'ocr';
	const readingsFile = join(ROOT, d.source.file.replace(/\.txt$/, '.readings.json'));
	const readings: Record<string, string> = existsSync(readingsFile)
		? z.record(z.string(), z.string()).parse(JSON.parse(readFileSync(readingsFile, 'utf8')))
		: {};
	const folded = squash(foldVietnamese(raw)).toLowerCase();

	/** True when `fact` is printed in the source (for OCR: folded, or through a reading). */
	const printed = (fact: string) => {
		if (source.includes(squash(fact))) return true;
		if (!isOcr) return false;
		if (folded.includes(squash(foldVietnamese(fact)).toLowerCase())) return true;
		const reading = readings[fact];
		return reading !== undefined && source.includes(squash(reading));
	};
	const printedDate = (iso: string) => dateForms(iso).some(printed);

	describe(`${plan.id} matches ${d.source.file}`, () => {
		it('every documented OCR reading occurs in the OCR text', () => {
			for (const [fact, reading] of Object.entries(readings)) expect(source, fact).toContain(squash(reading));
		});
		it('number, dates and signer are printed in the source', () => {
			if (d.number) expect(printed(d.number) || printed(d.number.replace(/^(\d+)/, '$1 ')), d.number).toBe(true);
			for (const date of [d.issuedAt, d.campaign?.from, d.campaign?.to, d.banners?.from, d.banners?.to, d.reportDeadline]) {
				if (date) expect(printedDate(date), date).toBe(true);
			}
			if (d.signer) expect(printed(d.signer.name), d.signer.name).toBe(true);
			if (d.issuedPlace) expect(printed(d.issuedPlace), d.issuedPlace).toBe(true);
			expect(printed(d.title), 'title').toBe(true);
		});
		it('each slogan is recorded exactly as printed', () => {
			for (const s of d.slogans) expect(printed(s.text), s.text).toBe(true);
		});
		it('each cited document number is printed', () => {
			for (const id of [d.implements, ...d.references]) {
				if (!id || !documents.has(id)) continue;
				expect(printed(documents.get(id)!), id).toBe(true);
			}
		});
		it('each assigned body is named as printed', () => {
			for (const a of d.assignments) expect(printed(a.name), a.name).toBe(true);
		});
	});
}
