import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusWith, FIXTURES } from '../support/corpus.ts';
import { realCatalog } from '../support/catalog.ts';

const catalog = realCatalog();

describe('catalog cross-links', () => {
	it('orders plans newest first, central first within a year', () => {
		expect(catalog.plans.map((p) => p.id)).toEqual(['2025-trung-uong', '2025-an-giang', '2025-lang-son', '2024-tra-vinh', '2023-bac-giang']);
	});

	it('links provincial plans to the central plan they implement', () => {
		expect(catalog.implementersOf('2025-trung-uong').map((p) => p.id)).toEqual(['2025-an-giang', '2025-lang-son']);
		expect(catalog.implementersOf('05-kh-bcdnq-2024').map((p) => p.id)).toEqual(['2024-tra-vinh']);
		expect(catalog.implementedDocument(catalog.plan('2023-bac-giang')!)?.number).toBe('04/KH-BCĐNQ');
	});

	it('follows the 2025 mergers: Trà Vinh → Vĩnh Long, Bắc Giang → Bắc Ninh, Kiên Giang → An Giang', () => {
		expect(catalog.provinceToday('tra-vinh')?.id).toBe('vinh-long');
		expect(catalog.provinceToday('bac-giang')?.id).toBe('bac-ninh');
		expect(catalog.provinceToday('lang-son')?.id).toBe('lang-son');
		expect(catalog.mergedUnits('an-giang').map((p) => p.id)).toEqual(['kien-giang']);
		expect(catalog.plansOfProvinceToday('vinh-long').map((p) => p.id)).toEqual(['2024-tra-vinh']);
	});

	it('counts 63 province-level units before 01/07/2025 and 34 after', () => {
		expect(catalog.provincesOn('2025-06-30')).toHaveLength(63);
		expect(catalog.provincesOn('2025-07-01')).toHaveLength(34);
		expect(catalog.coverage(2024).units).toHaveLength(63);
		const cov = catalog.coverage(2025);
		expect(cov.units).toHaveLength(34);
		expect(cov.covered.map((u) => u.id)).toEqual(['an-giang', 'lang-son']);
	});

	it('collects each slogan with the wording each plan printed', () => {
		const uses = catalog.sloganUses('chao-mung-ky-niem-ngay-nhan-quyen-the-gioi');
		expect(uses.map((u) => u.plan.id)).toEqual(['2025-trung-uong', '2025-an-giang', '2025-lang-son', '2023-bac-giang']);
		expect(uses.find((u) => u.plan.id === '2025-lang-son')?.text).toContain('99 năm');
	});

	it('lists every task assigned to an agency kind, and its lineage', () => {
		expect(catalog.assignmentsOf('cong-an-tinh').map((a) => a.plan.id)).toEqual(['2025-an-giang', '2025-lang-son', '2024-tra-vinh', '2023-bac-giang']);
		expect(catalog.successorsOf('so-lao-dong-thuong-binh-xa-hoi').map((s) => s.to.id)).toEqual(['so-noi-vu']);
		expect(catalog.counterpartsOf('bo-tu-phap').map((a) => a.id)).toEqual(['so-tu-phap']);
	});

	it('gathers every erratum', () => {
		expect(catalog.errata.length).toBeGreaterThanOrEqual(8);
		expect(catalog.errata.some((e) => e.plan.id === '2023-bac-giang' && /12\/2022/.test(e.note))).toBe(true);
	});

	it('puts a newly added plan on its year, province, slogan, convention and agency lists', () => {
		const extended = realCatalog(corpusWith(join(FIXTURES, 'valid')));
		const id = '2025-tuyen-quang';
		expect(extended.plansOfYear(2025).map((p) => p.id)).toContain(id);
		expect(extended.plansOfProvinceToday('tuyen-quang').map((p) => p.id)).toContain(id);
		expect(extended.sloganUses('chao-mung-ky-niem-ngay-nhan-quyen-the-gioi').map((u) => u.plan.id)).toContain(id);
		expect(extended.plansCiting('cat').map((p) => p.id)).toContain(id);
		expect(extended.assignmentsOf('cong-an-tinh').map((a) => a.plan.id)).toContain(id);
		expect(extended.implementersOf('2025-trung-uong').map((p) => p.id)).toContain(id);
		expect(extended.coverage(2025).covered.map((u) => u.id)).toContain('tuyen-quang');
	});
});

describe('what can be in force', () => {
	it('keeps the periods and deadlines not ended by a day, and finds those running on it', async () => {
		const { notEndedBy, inForce, planEvents } = await import('../../src/lib/timeline.ts');
		const events = planEvents(realCatalog().plans);
		const open = notEndedBy(events, '2025-12-31');
		expect(open.every((e) => e.to !== null && e.to >= '2025-12-31')).toBe(true);
		expect(open.map((e) => `${e.plan.id} ${e.kind}`)).toContain('2025-trung-uong banners');
		expect(inForce(open, '2025-12-31').map((e) => `${e.plan.id} ${e.kind}`)).not.toContain('2025-trung-uong campaign');
		expect(notEndedBy(events, '2030-01-01')).toEqual([]);
	});
});
