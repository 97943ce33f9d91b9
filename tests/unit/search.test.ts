import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { excerpt, hasPhrase, relevanceBoost } from '../../src/lib/search/excerpt.ts';
import { dPositions, foldD, foldForMatch, prepareQuery, restoreD } from '../../src/lib/search/fold.ts';
import { pageRecords } from '../../src/lib/search/records.ts';
import { ROOT } from '../support/corpus.ts';

describe('search folding', () => {
	it('folds đ to d and restores it exactly', () => {
		const text = 'Đảng và đồng bào đấu tranh; dân tộc';
		const folded = foldD(text);
		expect(folded).toBe('Dảng và dồng bào dấu tranh; dân tộc');
		expect(restoreD(folded, dPositions(text))).toBe(text);
	});
	it('folds for matching without changing length', () => {
		const text = 'Quyền con người – Đấu tranh';
		expect(foldForMatch(text)).toBe('quyen con nguoi – dau tranh');
		expect(foldForMatch(text)).toHaveLength(text.length);
	});
	it('prepares NFD and NFC queries alike', () => {
		expect(prepareQuery('  Đấu   tranh '.normalize('NFD'))).toBe(prepareQuery('Đấu tranh'));
		expect(prepareQuery('Đấu tranh')).toBe('Dấu tranh');
	});
});

describe('phrases, boosts and excerpts', () => {
	it('tells syllables standing together from scattered ones', () => {
		expect(hasPhrase('Việt Nam kiên quyết đấu tranh với hành vi tra tấn, nhục hình!', 'tra tan nhuc hinh')).toBe(true);
		expect(hasPhrase('nhân dân … quyền con người', 'nhan quyen')).toBe(false);
		expect(relevanceBoost('a nhân quyền b', 'x', 'nhan quyen')).toBeGreaterThan(relevanceBoost('nhân dân, quyền', 'x', 'nhan quyen'));
	});
	it('marks hits in the original text, never a folded copy', () => {
		const segments = excerpt('Chủ động đấu tranh, phản bác các thông tin xuyên tạc.', 'dau tranh');
		expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['đấu', 'tranh']);
		expect(segments.map((s) => s.text).join('')).toContain('Chủ động đấu tranh, phản bác');
	});
});

describe('search records', () => {
	it('cuts a plan page into section records with deep links, filters and restorable text', () => {
		const html = readFileSync(join(ROOT, 'dist/ke-hoach/2025/lang-son/index.html'), 'utf8');
		const records = pageRecords(html, '/ke-hoach/2025/lang-son/');
		expect(records.length).toBeGreaterThan(10);
		const section = records.find((r) => r.url.endsWith('#iii-phan-cong-nhiem-vu'));
		expect(section?.meta.section).toBe('III. PHÂN CÔNG NHIỆM VỤ');
		expect(records[0].filters).toMatchObject({ loai: ['Kế hoạch'], nam: ['2025'], tinh: ['Lạng Sơn'], cap: ['Tỉnh'] });
		for (const r of records) {
			expect(r.content).not.toMatch(/[đĐ]/);
		}
		const all = records.map((r) => restoreD(r.content, r.meta.dpos)).join(' ');
		expect(all).toContain('Ban Tuyên giáo và Dân vận Tỉnh ủy');
		expect(all).not.toContain('Mục lục'); // the table of contents is not indexed
	});
	it('does not index pages without a content region (e.g. the raw OCR source)', () => {
		const html = readFileSync(join(ROOT, 'dist/ke-hoach/2025/lang-son/nguon/index.html'), 'utf8');
		expect(pageRecords(html, '/ke-hoach/2025/lang-son/nguon/')).toEqual([]);
	});
});
