import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareConventions, compareDates, compareSlogans, lineage, matchAssignments, sameWords, wordDiff } from '../../src/lib/compare.ts';
import { realCatalog } from '../support/catalog.ts';

const catalog = realCatalog();
const central = catalog.plan('2025-trung-uong')!.data;
const langSon = catalog.plan('2025-lang-son')!.data;
const anGiang = catalog.plan('2025-an-giang')!.data;
const agencies = new Map(catalog.agencies.map((a) => [a.id, a]));

describe('provincial vs central comparison', () => {
	it('sorts slogans into verbatim, punctuation-only, changed (with a word diff), omitted and added', () => {
		const s = compareSlogans(central, langSon);
		expect(s.verbatim).toHaveLength(5);
		// The OCR's dash glyph ("-" for "–") and a dropped "!" are not changes of wording; "99" for "77" is.
		expect(s.punctuation.map((c) => c.slogan)).toEqual([
			'bao-dam-quyen-cua-moi-nguoi-dan-tu-chinh-sach-den-hanh-dong',
			'quyen-cua-moi-dan-toc-moi-ton-giao-moi-nguoi-dan',
			'quyet-tam-day-lui-nan-mua-ban-nguoi',
		]);
		expect(s.changed.map((c) => c.slogan)).toEqual(['chao-mung-ky-niem-ngay-nhan-quyen-the-gioi']);
		expect(s.omitted).toHaveLength(0);
		const first = s.changed.find((c) => c.slogan === 'chao-mung-ky-niem-ngay-nhan-quyen-the-gioi')!;
		expect(first.diff.filter((c) => c.removed).map((c) => c.value.trim())).toContain('77');
		expect(first.diff.filter((c) => c.added).map((c) => c.value.trim())).toContain('99');
		const ag = compareSlogans(central, anGiang);
		expect(ag.added.length).toBeGreaterThan(0);
		expect(ag.omitted.length).toBeGreaterThan(0);
	});

	it('diffs whole words; a replaced word’s space stays outside the marks', () => {
		expect(wordDiff('kỷ niệm 77 năm Ngày', 'kỷ niệm 99 năm Ngày')).toEqual([
			{ value: 'kỷ niệm ', added: false, removed: false },
			{ value: '77', added: false, removed: true },
			{ value: '99', added: true, removed: false },
			{ value: ' ', added: false, removed: false },
			{ value: 'năm Ngày', added: false, removed: false },
		]);
		// An inserted word is one token, not letters matched inside other words.
		const d = wordDiff('a b c nhiều d', 'a b x c d');
		expect(d.filter((c) => c.added).map((c) => c.value)).toEqual(['x ']);
		expect(d.filter((c) => c.removed).map((c) => c.value)).toEqual(['nhiều ']);
		// Both versions can be read back from the diff.
		const back = (keep: 'added' | 'removed') =>
			d
				.filter((c) => !c[keep])
				.map((c) => c.value)
				.join('');
		expect([back('added'), back('removed')]).toEqual(['a b c nhiều d', 'a b x c d']);
	});

	it('always gives back both wordings, whatever the words and spaces (property)', () => {
		const text = fc
			.array(fc.oneof(fc.constantFrom('quyền', 'con', 'người', '77', '99', 'Việt', 'Nam!', '–'), fc.string({ maxLength: 4 })), { maxLength: 12 })
			.map((w) => w.join(' '));
		fc.assert(
			fc.property(text, text, (from, to) => {
				const d = wordDiff(from, to);
				expect(
					d
						.filter((c) => !c.added)
						.map((c) => c.value)
						.join(''),
				).toBe(from);
				expect(
					d
						.filter((c) => !c.removed)
						.map((c) => c.value)
						.join(''),
				).toBe(to);
			}),
		);
	});

	it('tells punctuation and capitals from wording', () => {
		expect(sameWords('Bảo đảm quyền – Từ chính sách!', 'bảo đảm quyền - từ chính sách')).toBe(true);
		expect(sameWords('“Việt Nam luôn bảo đảm”;', 'Việt Nam luôn bảo đảm')).toBe(true);
		expect(sameWords('kỷ niệm 77 năm', 'kỷ niệm 99 năm')).toBe(false);
		// Tone marks make different words.
		expect(sameWords('bảo đảm', 'bao đảm')).toBe(false);
	});

	it('compares conventions', () => {
		expect(compareConventions(central, anGiang)).toEqual({ kept: ['iccpr', 'cerd', 'cat'], dropped: ['cedaw'], added: [] });
		expect(compareConventions(central, langSon).added).toEqual(['crc', 'crpd', 'ilo']);
	});

	it('gives days earlier or later for periods and deadline', () => {
		const rows = compareDates(central, langSon);
		expect(rows.find((r) => r.label === 'Bắt đầu treo băng rôn')?.days).toBe(16);
		expect(rows.find((r) => r.label === 'Hạn báo cáo')?.days).toBeNull();
		expect(compareDates(central, anGiang).find((r) => r.label === 'Hạn báo cáo')?.days).toBe(-5);
	});

	it('matches assigned bodies through counterparts and the 2025 lineage', () => {
		expect(lineage('bo-noi-vu', agencies).has('bo-lao-dong-thuong-binh-xa-hoi')).toBe(true);
		const rows = matchAssignments(central, langSon, agencies);
		const local = (agency: string) => rows.find((r) => r.central?.agency === agency)?.local.map((l) => l.agency);
		expect(local('bo-tu-phap')).toEqual(['so-tu-phap']);
		expect(local('bo-cong-an')).toEqual(['cong-an-tinh']);
		expect(local('bo-noi-vu')).toEqual(['so-lao-dong-thuong-binh-xa-hoi']);
		expect(local('bo-ngoai-giao')).toEqual([]);
		expect(rows.filter((r) => r.central === null).map((r) => r.local[0].agency)).toEqual(['ubnd-cap-xa']);
	});
});
