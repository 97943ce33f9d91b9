/** The date-phrase parser: periods, anniversary spans, deadlines ("chậm nhất" vs "trước"), times given as "nêu trên". */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDeadline, findPeriod, findPeriods, refersBackForTime } from '../../src/lib/dates.ts';
import { closingLine } from '../../src/lib/plan-sections.ts';
import { catalogInput } from '../support/catalog.ts';

/** A real date between 1949 and 2030, as [year, month, day]. */
const aDate = fc.tuple(fc.integer({ min: 1949, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }));
const iso = ([y, m, d]: [number, number, number]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const slash = ([y, m, d]: [number, number, number], pad: boolean) =>
	pad ? `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}` : `${d}/${m}/${y}`;
const words = ([y, m, d]: [number, number, number]) => `ngày ${String(d).padStart(2, '0')} tháng ${String(m).padStart(2, '0')} năm ${y}`;
const joiner = fc.constantFrom(' đến ', ' đến hết ngày ', ' - ', ' – ', ' — ', ' đến ngày ');

describe('date phrases (properties)', () => {
	it('reads two dates joined by "đến" or a dash as a period, in any of the printed forms', () => {
		fc.assert(
			fc.property(aDate, aDate, joiner, fc.boolean(), fc.boolean(), (a, b, j, pad, asWords) => {
				const text = `Thời gian: từ ${asWords ? words(a) : slash(a, pad)}${j}${asWords ? words(b) : slash(b, pad)}.`;
				expect(findPeriod(text)).toMatchObject({ kind: 'period', from: iso(a), to: iso(b) });
			}),
		);
	});

	it('never takes an anniversary span "(10/12/1948 - 10/12/YYYY)" for a period', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1949, max: 2100 }), joiner, fc.string({ maxLength: 30 }), (year, j, before) => {
				const text = `${before.replace(/\d/g, '')} kỷ niệm ${year - 1948} năm Ngày Nhân quyền thế giới (10/12/1948${j}10/12/${year})`;
				expect(findPeriod(text)).toBeNull();
				expect(findPeriods(text).map((p) => p.kind)).toEqual(['anniversary']);
			}),
		);
	});

	it('finds the period after an anniversary span in the same text', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1949, max: 2030 }), aDate, aDate, (year, a, b) => {
				const text = `Kỷ niệm (10/12/1948 - 10/12/${year}), treo băng rôn từ ngày ${slash(a, true)} đến hết ngày ${slash(b, true)}.`;
				expect(findPeriod(text)).toMatchObject({ from: iso(a), to: iso(b) });
			}),
		);
	});

	it('keeps "chậm nhất" (on or before) apart from "trước" (before)', () => {
		fc.assert(
			fc.property(
				aDate,
				fc.constantFrom('chậm nhất ', 'chậm nhất đến ', 'chậm nhất đến ngày ', 'chậm nhất vào ngày ', '**chậm nhất đến ngày '),
				fc.boolean(),
				(a, phrase, asWords) => {
					const date = asWords ? words(a).replace(/^ngày /, phrase.endsWith('ngày ') ? '' : 'ngày ') : slash(a, true);
					expect(findDeadline(`Báo cáo kết quả ${phrase}${date}.`)).toMatchObject({ iso: iso(a), inclusive: true });
				},
			),
		);
		fc.assert(
			fc.property(aDate, fc.constantFrom('trước ', 'trước ngày ', '*trước ngày '), (a, phrase) => {
				expect(findDeadline(`Báo cáo kết quả ${phrase}${slash(a, true)}.`)).toMatchObject({ iso: iso(a), inclusive: false });
			}),
		);
	});

	it('gives a day and month printed without a year the year stated before it, else the plan’s', () => {
		fc.assert(
			fc.property(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 2000, max: 2030 }), (stated, plan) => {
				expect(findPeriod(`Tháng hành động năm ${stated} (15/11 – 15/12)`, { year: plan })).toMatchObject({ from: `${stated}-11-15`, to: `${stated}-12-15` });
				expect(findPeriod('Tháng hành động (15/11 – 15/12)', { year: plan })).toMatchObject({ from: `${plan}-11-15`, to: `${plan}-12-15` });
			}),
		);
		// Without the plan's year, a period needs full dates (the importer's reading is unchanged).
		expect(findPeriod('Tháng hành động (15/11 – 15/12)')).toBeNull();
	});

	it('tells a time given as "nêu trên" / "như trên" from other back references', () => {
		expect(refersBackForTime('treo băng rôn, theo các nội dung và thời gian nêu trên.')).toBe(true);
		expect(refersBackForTime('Thời gian thực hiện: như trên.')).toBe(true);
		expect(refersBackForTime('theo các nội dung nêu trên.')).toBe(false);
		expect(refersBackForTime('Nơi nhận: Như trên;')).toBe(false);
	});
});

/**
 * Every date phrase in the five plans' texts (up to "Nơi nhận"), read by hand against the
 * sources: plan, the phrase as printed, and what it means.
 */
const PHRASES: [string, string, string][] = [
	['2023-bac-giang', '10/12/1948 - 10/12/2023', 'anniversary'],
	['2023-bac-giang', '30/11/2023 đến hết ngày 30/12/2023', 'period 2023-11-30..2023-12-30'],
	['2023-bac-giang', '10/12/1948 - 10/12/2023', 'anniversary'],
	['2024-tra-vinh', '10/12/1948 - 10/12/2024', 'anniversary'],
	['2024-tra-vinh', '10/12/1948 - 10/12/2024', 'anniversary'],
	['2024-tra-vinh', 'ngày 20 tháng 11 năm 2024 đến hết ngày 31 tháng 12 năm 2024', 'period 2024-11-20..2024-12-31'],
	['2024-tra-vinh', 'ngày 01 tháng 01 năm 2025', 'on or before 2025-01-01'],
	['2024-tra-vinh', '10/12/1948 - 10/12/2024', 'anniversary'],
	['2024-tra-vinh', 'thời gian nêu trên', 'refers back'],
	['2025-an-giang', '10/12/1948 - 10/12/2025', 'anniversary'],
	['2025-an-giang', 'Kế hoạch được ban hành đến ngày 31/12/2025', 'period issue..2025-12-31'],
	['2025-an-giang', '01/11 đến ngày 09/12/2025', 'period 2025-11-01..2025-12-09'],
	['2025-an-giang', '10/12/2025 đến 31/12/2025', 'period 2025-12-10..2025-12-31'],
	['2025-an-giang', 'Kế hoạch được ban hành đến hết ngày 30/12/2025', 'period issue..2025-12-30'],
	['2025-an-giang', '10/12/1948 - 10/12/2025', 'anniversary'],
	['2025-an-giang', '15/11 - 15/12', 'period 2025-11-15..2025-12-15'],
	['2025-an-giang', '05/02/2026', 'before 2026-02-05'],
	['2025-lang-son', '10/12/1948 — 10/12/2025', 'anniversary'],
	['2025-lang-son', '01/12/2025 - 30/12/2025', 'period 2025-12-01..2025-12-30'],
	['2025-lang-son', '01/12 - 09/12/2025', 'period 2025-12-01..2025-12-09'],
	['2025-lang-son', '10/12/2025 đến 31/12/2025', 'period 2025-12-10..2025-12-31'],
	['2025-lang-son', '01/12/2025 đến hết ngày 31/12/2025', 'period 2025-12-01..2025-12-31'],
	['2025-lang-son', '10/12/1948 — 10/12/2025', 'anniversary'],
	['2025-lang-son', '01/12 đến 31/12/2025', 'period 2025-12-01..2025-12-31'],
	['2025-lang-son', '15/11 đến 15/12/2025', 'period 2025-11-15..2025-12-15'],
	['2025-trung-uong', '10/12/1948 - 10/12/2025', 'anniversary'],
	['2025-trung-uong', '01/12/2025 đến 30/12/2025', 'period 2025-12-01..2025-12-30'],
	['2025-trung-uong', '01/12 đến 09/12/2025', 'period 2025-12-01..2025-12-09'],
	['2025-trung-uong', '10/12/2025 đến 31/12/2025', 'period 2025-12-10..2025-12-31'],
	['2025-trung-uong', '01/12 đến 31/12/2025', 'period 2025-12-01..2025-12-31'],
	['2025-trung-uong', '15/11 – 15/12', 'period 2025-11-15..2025-12-15'],
	['2025-trung-uong', '15/11/2025 đến hết ngày 31/12/2025', 'period 2025-11-15..2025-12-31'],
	['2025-trung-uong', '10/12/1948 – 10/12/2025', 'anniversary'],
	['2025-trung-uong', '10/02/2026', 'before 2026-02-10'],
];

describe('the date phrases of the five plans', () => {
	it('reads every one as the table says', () => {
		const found: [string, string, string][] = [];
		for (const plan of catalogInput().plans) {
			const lines = plan.body.split('\n');
			for (const raw of lines.slice(0, closingLine(lines))) {
				const line = raw.replace(/<Uncertain ocr="[^"]*">([^<]*)<\/Uncertain>/g, '$1').replace(/\\(.)/g, '$1');
				const opts = { year: plan.data.year };
				const phrases: { at: number; row: [string, string, string] }[] = [];
				for (const p of findPeriods(line, opts)) {
					const what = p.kind === 'anniversary' ? 'anniversary' : `period ${p.fromIssue ? 'issue' : p.from}..${p.to}`;
					phrases.push({ at: p.index, row: [plan.id, line.slice(p.index, p.end), what] });
				}
				const d = findDeadline(line, opts);
				if (d) phrases.push({ at: d.index, row: [plan.id, line.slice(d.index, d.end), `${d.inclusive ? 'on or before' : 'before'} ${d.iso}`] });
				const back = /thời gian nêu trên|như trên/.exec(line);
				if (back && refersBackForTime(line)) phrases.push({ at: back.index, row: [plan.id, back[0], 'refers back'] });
				found.push(...phrases.sort((a, b) => a.at - b.at).map((p) => p.row));
			}
		}
		const order = ['2023-bac-giang', '2024-tra-vinh', '2025-an-giang', '2025-lang-son', '2025-trung-uong'];
		expect(found.sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]))).toEqual(PHRASES);
	});
});
