import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForMatch, normalizeQuery } from '../../src/lib/search/fold.ts';
import { bestMarkedRun, bestWindow, markSyllables, withTextFragment } from '../../src/lib/search/highlight.ts';
import { searchAttributes } from '../../src/lib/search/page-meta.ts';
import { MAX_VARIED_TERMS, isPhraseQuery, mergeResults, queryTerms, queryVariants } from '../../src/lib/search/query.ts';

describe('search folding', () => {
	it('folds for matching without changing length', () => {
		const text = 'Quyền con người – Đấu tranh';
		expect(foldForMatch(text)).toBe('quyen con nguoi – dau tranh');
		expect(foldForMatch(text)).toHaveLength(text.length);
	});
	it('normalizes NFD and NFC queries alike', () => {
		expect(normalizeQuery('  Đấu   tranh '.normalize('NFD'))).toBe('Đấu tranh');
	});
});

describe('query variants (đ typed as d)', () => {
	it('searches every d/đ combination of the syllables typed with d, the query as typed first', () => {
		expect(queryVariants('dau tranh')).toEqual(['dau tranh', 'đau tranh']);
		expect(queryVariants('Dang va Nha nuoc')).toEqual(['Dang va Nha nuoc', 'Đang va Nha nuoc']);
		expect(queryVariants('705/KH-BCDNQ')).toEqual(['705/KH-BCDNQ', '705/KH-BCĐNQ']);
		expect(queryVariants('đấu tranh dân chủ')).toEqual(['đấu tranh dân chủ', 'đấu tranh đân chủ']);
		expect(queryVariants('lang son')).toEqual(['lang son']);
	});
	it('keeps a quoted phrase quoted (straight quotes, as Pagefind wants)', () => {
		expect(isPhraseQuery('“đấu tranh phản bác”')).toBe(true);
		expect(queryVariants('“dau tranh”')).toEqual(['"dau tranh"', '"đau tranh"']);
	});
	it('never searches more than 2^MAX_VARIED_TERMS variants, all different', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom('dan', 'doan', 'ket', 'do', 'quyen', 'Dang', 'đi'), { minLength: 1, maxLength: 8 }), (words) => {
				const variants = queryVariants(words.join(' '));
				const varied = words.filter((w) => /d/i.test(w) && !/đ/i.test(w)).length;
				expect(variants).toHaveLength(2 ** Math.min(varied, MAX_VARIED_TERMS));
				expect(new Set(variants).size).toBe(variants.length);
				expect(variants[0]).toBe(words.join(' '));
				for (const v of variants) expect(foldForMatch(v)).toBe(foldForMatch(words.join(' ')));
			}),
		);
	});
	it('merges the results of the variants: one per page, its best score, best first', () => {
		const merged = mergeResults([
			[
				{ id: 'a', score: 1 },
				{ id: 'b', score: 5 },
			],
			[
				{ id: 'a', score: 3 },
				{ id: 'c', score: 2 },
			],
		]);
		expect(merged).toEqual([
			{ id: 'b', score: 5 },
			{ id: 'a', score: 3 },
			{ id: 'c', score: 2 },
		]);
	});
});

describe('highlighting and excerpts', () => {
	it('marks whole syllables equal to a query syllable, in the original text', () => {
		const segments = markSyllables('Chủ động đấu tranh, phản bác; Trà Vinh tăng cường tra tấn', 'dau tranh tra tan');
		expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['đấu', 'tranh', 'Trà', 'tra', 'tấn']); // not "tăng", "Vinh"
		expect(segments.map((s) => s.text).join('')).toBe('Chủ động đấu tranh, phản bác; Trà Vinh tăng cường tra tấn');
		expect(queryTerms('705/KH-BCĐNQ')).toEqual(['705', 'kh', 'bcdnq']);
	});
	it('points a link at the longest run of marked syllables, with the text fragment syntax escaped', () => {
		const segments = markSyllables('hành vi tra tấn, nhục hình! và tra hỏi', 'tra tan nhuc hinh');
		expect(bestMarkedRun(segments)).toBe('tra tấn, nhục hình');
		expect(withTextFragment('/ke-hoach/2025/lang-son/', 'tra tấn, nhục-hình')).toBe(
			'/ke-hoach/2025/lang-son/#:~:text=tra%20t%E1%BA%A5n%2C%20nh%E1%BB%A5c%2Dh%C3%ACnh',
		);
		expect(withTextFragment('/a/#muc-1', 'CAT')).toBe('/a/#muc-1:~:text=CAT');
		expect(withTextFragment('/a/', null)).toBe('/a/');
	});
	it('chooses the excerpt window that holds the phrase over one with more scattered hits', () => {
		const words = `${'quyền con người, nhân dân; '.repeat(20)} ở đây là nhân quyền của mọi người ${'lời '.repeat(40)}`.trim().split(/\s+/);
		const w = bestWindow(words, 'nhan quyen', 12);
		expect(w.phrase).toBe(true);
		expect(words.slice(w.start, w.end).join(' ')).toContain('nhân quyền');
		const none = bestWindow(words, 'xyz', 12);
		expect(none).toMatchObject({ start: 0, phrase: false, hits: 0 });
	});
	it('stays fast on a long section with a common word', () => {
		const words = 'quyền con người được bảo đảm '.repeat(4000).trim().split(/\s+/);
		const started = performance.now();
		bestWindow(words, 'quyen');
		expect(performance.now() - started).toBeLessThan(200);
	});
});

describe('what a page gives the index', () => {
	it('meta and filters by attribute, so names with commas and colons survive; filter values are ASCII ids', () => {
		const attrs = searchAttributes({
			title: 'Kế hoạch số 1/KH, năm: 2025',
			type: 'ke-hoach',
			year: 2024,
			province: { id: 'vinh-long', name: 'Vĩnh Long' },
			place: 'Trà Vinh',
			level: 'tinh',
			conventions: [
				{ id: 'cat', abbreviation: 'CAT' },
				{ id: 'crc', abbreviation: 'CRC' },
			],
		});
		expect(attrs['data-pagefind-meta']).toBe('title[data-search-title], type[data-search-type], year[data-search-year], province[data-search-province]');
		expect(attrs['data-search-title']).toBe('Kế hoạch số 1/KH, năm: 2025');
		expect(attrs['data-search-province']).toBe('Trà Vinh (nay thuộc Vĩnh Long)');
		expect(attrs['data-pagefind-filter']).toBe(
			'loai[data-search-loai], nam[data-search-nam], tinh[data-search-tinh], cap[data-search-cap], cong_uoc[data-search-cong-uoc-0], cong_uoc[data-search-cong-uoc-1]',
		);
		expect([attrs['data-search-tinh'], attrs['data-search-cap'], attrs['data-search-cong-uoc-1']]).toEqual(['vinh-long', 'tinh', 'crc']);
	});
});
