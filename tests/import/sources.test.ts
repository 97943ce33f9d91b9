/**
 * The five source texts, imported into the corpus as it was without them, reproduce the
 * curated frontmatter field by field; the OCR source may differ only where the report flags
 * the field for review. A de-accented copy of a source reads the same, and its restored text
 * matches the original wherever the corpus vouched for it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRealCorpus } from '../../src/lib/content/real-corpus.ts';
import { importText } from '../../src/lib/import/index.ts';
import { ROOT } from '../support/corpus.ts';
import { comparable, corpusWithout, mismatches, SOURCES } from '../support/importer.ts';

const { corpus } = readRealCorpus(ROOT);
const curated = (id: string) => corpus.plans.find((p) => p.id === id)!.data;
const source = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe('importing the five source texts', () => {
	for (const { plan, source: file } of SOURCES) {
		it(`${plan}: the fields match the curated plan`, () => {
			const want = curated(plan);
			const result = importText({ text: source(file), kind: 'text', sourceFile: file, corpus: corpusWithout(corpus, plan) });
			expect(result.id).toBe(plan);
			const diff = mismatches(comparable(result.data), comparable(want));
			if (diff.length) console.log(`${plan}:\n  ${diff.join('\n  ')}`);
			const unflagged = diff.filter((d) => result.extraction.fields[d.split(':')[0] as keyof typeof result.extraction.fields]?.confidence === 'high');
			expect(unflagged).toEqual([]);
			if (want.source.kind === 'text') expect(diff).toEqual([]);
			expect(result.data.source).toEqual({ file, kind: want.source.kind, restored: want.source.restored });
		});
	}

	it('2025-lang-son: the OCR traps are reported, not corrected', () => {
		const { plan, source: file } = SOURCES[2];
		const result = importText({ text: source(file), kind: 'text', sourceFile: file, corpus: corpusWithout(corpus, plan) });
		const notes = result.data.errata.map((e) => `${e.field}: ${e.note}`);
		// "S6:400##": the number is printed but partly illegible — not "unknown".
		expect(result.extraction.fields.number).toMatchObject({ value: null, line: 4, confidence: 'low' });
		expect(notes).toContainEqual(expect.stringMatching(/^number: .*S6:400##\/KH-BCDNQ-CQTT/));
		// The cited date of 705/KH-BCĐNQ differs from the plan's own date.
		expect(notes).toContain('implements: Kế hoạch dẫn số 705/KH-BCĐNQ với ngày 02/11/2025; bản gốc Kế hoạch 705/KH-BCĐNQ ghi ngày 01/11/2025.');
		// Slogan 1 prints "99 năm" for the 77th anniversary: kept as printed, with an erratum.
		expect(result.data.slogans[0].text).toMatch(/kỷ niệm 99 năm/i);
		expect(notes).toContainEqual(expect.stringMatching(/^slogans\[0\]: Khẩu hiệu thứ nhất in "kỷ niệm 99 năm"; đúng phải là 77 năm/));
		expect(result.data.numberIllegible).toBe('…/KH-BCĐNQ-CQTT');
		expect(result.restoration!.markedShare).toBeLessThan(0.5);
		expect(result.extraction.warnings[0]).toMatch(/lost its Vietnamese diacritics/);
		// The cited provincial documents are proposed with the ids the catalogue gives them.
		expect(result.extraction.proposals.map((p) => p.entry.id)).toEqual(['119-kh-ubnd-2025-lang-son', '260-kh-ubnd-2022-lang-son']);
		// Its own task headings are found despite OCR ("S& Gido duc va Dao tao").
		expect(result.data.assignments.map((a) => a.name)).toContain('Sở Giáo dục và Đào tạo');
	});

	it('2025-an-giang: the date cited for 705/KH-BCĐNQ becomes an erratum, the phone number is redacted', () => {
		const { plan, source: file } = SOURCES[1];
		const result = importText({ text: source(file), kind: 'text', sourceFile: file, corpus: corpusWithout(corpus, plan) });
		expect(result.data.errata.map((e) => e.note)).toContain(
			'Kế hoạch dẫn số 705/KH-BCĐNQ với ngày 02/12/2025; bản gốc Kế hoạch 705/KH-BCĐNQ ghi ngày 01/11/2025.',
		);
		expect(result.phonesRemoved).toBe(1);
		expect(result.body).not.toMatch(/0918/);
		expect(result.body).toContain('[số điện thoại đã lược bỏ]');
		// The campaign starts "from the plan's issue date", which the document does not print.
		expect(result.data.campaign).toEqual({ from: null, to: '2025-12-31' });
		expect(result.data.errata.some((e) => e.field === 'campaign' && /không ghi ngày ban hành/.test(e.note))).toBe(true);
		// Section headings and lettered task headings become the body's headings.
		expect(result.body).toContain('## III. PHÂN CÔNG NHIỆM VỤ');
		expect(result.body).toContain('#### b) Ban Tuyên giáo và Dân vận Tỉnh ủy');
	});

	it('imports a 30 kB text in well under 2 s', () => {
		const text = source(SOURCES[1].source);
		expect(Buffer.byteLength(text)).toBeGreaterThan(25_000);
		const started = performance.now();
		importText({ text, kind: 'text', sourceFile: SOURCES[1].source, corpus: corpusWithout(corpus, SOURCES[1].plan) });
		expect(performance.now() - started).toBeLessThan(1000);
	});
});

describe('a copy of a source without diacritics', () => {
	const strip = (text: string) =>
		text
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/đ/g, 'd')
			.replace(/Đ/g, 'D');
	const { plan, source: file } = SOURCES[1];
	const others = corpusWithout(corpus, plan);
	const original = importText({ text: source(file), kind: 'text', sourceFile: file, corpus: others });
	const restored = importText({ text: strip(source(file)), kind: 'text', sourceFile: file, corpus: others });

	it('is detected, marked as OCR, and gives the same slogans, dates and bodies', () => {
		expect(restored.data.source).toMatchObject({ kind: 'ocr', restored: true });
		const pick = (d: typeof original.data) => ({
			slogans: d.slogans.map((s) => s.slogan),
			campaign: d.campaign,
			banners: d.banners,
			reportDeadline: d.reportDeadline,
			year: d.year,
			implements: d.implements,
			conventions: d.conventions,
			assignments: d.assignments.map((a) => a.agency),
		});
		expect(pick(restored.data)).toEqual(pick(original.data));
	});

	it('restores the passages the central plan vouches for exactly, and marks the rest', () => {
		// Both bodies come from the same lines, word for word: compare the words outside
		// <Uncertain>, which the corpus vouched for, with the original's.
		const words = (body: string) =>
			body
				.replace(/<Uncertain ocr=(?:"[^"]*"|'[^']*')>([^<]*)<\/Uncertain>/g, (_, reading: string) => reading.replace(/\S+/g, '⟨?⟩'))
				.split(/\s+/)
				.filter(Boolean);
		const got = words(restored.body);
		const want = words(original.body);
		expect(got.length).toBe(want.length);
		const sure = got.map((w, i) => [w, want[i]] as const).filter(([w]) => !w.includes('⟨?⟩'));
		// Words that carry marks outside <Uncertain> were restored from what the corpus vouches for.
		const vouched = sure.filter(([w]) => w !== strip(w));
		const wrong = vouched.filter(([w, o]) => w !== o);
		if (wrong.length) console.log('vouched but different:', wrong.map(([w, o]) => `${w}≠${o}`).join(' '));
		expect(vouched.length).toBeGreaterThan(0.5 * want.length);
		expect(wrong.length / vouched.length).toBeLessThan(0.01);
		// Words left as read (no mark, not flagged) are rare.
		const unflagged = sure.filter(([w, o]) => w === strip(w) && w !== o);
		expect(unflagged.length / want.length).toBeLessThan(0.02);
		// What the central plan does not vouch for is marked, not silently accented.
		expect(restored.body).toMatch(/<Uncertain ocr="[^"]+">/);
	});
});
