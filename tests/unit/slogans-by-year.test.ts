/** The slogans of a year: the central plan's list, and what provinces added. */
import { describe, expect, it } from 'vitest';
import { slogansOfYear } from '../../src/lib/slogans-by-year.ts';
import { realCatalog } from '../support/catalog.ts';

const catalog = realCatalog();

describe('slogans of a year', () => {
	it('2025: the central plan’s nine in its wording, each with the provinces that used it, then the provinces’ own', () => {
		const y = slogansOfYear(catalog, 2025);
		expect(y.central?.id).toBe('2025-trung-uong');
		expect(y.approved).toHaveLength(9);
		expect(y.approved[0].text).toBe('Nhiệt liệt chào mừng kỷ niệm 77 năm Ngày Nhân quyền thế giới (10/12/1948 – 10/12/2025)!');
		// Lạng Sơn used all nine; An Giang only the first and the torture slogan.
		expect(y.approved[0].provincial.map((p) => p.id).sort()).toEqual(['2025-an-giang', '2025-lang-son']);
		expect(y.approved[1].provincial.map((p) => p.id)).toEqual(['2025-lang-son']);
		const added = y.added.map((a) => a.slogan);
		expect(added).toContain('tich-cuc-chu-dong-vai-tro-thanh-vien-hoi-dong-nhan-quyen');
		expect(y.added.every((a) => a.wordings.every((w) => w.plans.every((p) => p.id === '2025-an-giang')))).toBe(true);
	});

	it('2024: no central plan in the corpus, so every slogan is listed as used by provinces', () => {
		const y = slogansOfYear(catalog, 2024);
		expect(y.central).toBeNull();
		expect(y.approved).toEqual([]);
		expect(y.added.map((a) => a.wordings[0].plans[0].id)).toEqual(Array(8).fill('2024-tra-vinh'));
		expect(y.added.map((a) => a.wordings[0].text)).toContain('Bảo đảm quyền con người cho tất cả mọi người');
	});
});
