/** The data behind the overviews (map tiles, chart rows, matrices) on the real corpus and on a year of 400 plans. */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildCatalog, type PlanEntry } from '../../src/lib/catalog.ts';
import {
	agencyLines,
	agencyYearMatrix,
	coverageTiles,
	planChartRows,
	sloganYearMatrix,
	TASK_MATRIX_MAX_COLUMNS,
	taskMatrix,
	todayTiles,
	yearChartRows,
} from '../../src/lib/charts/overview.ts';
import { campaignChartSvg } from '../../src/lib/charts/timeline-chart.ts';
import { tileMapSvg } from '../../src/lib/charts/tile-map.ts';
import { readRealCorpus } from '../../src/lib/content/real-corpus.ts';
import { generateCorpus } from '../../src/lib/synthetic.ts';
import { planSchema } from '../../src/schemas/plan.ts';
import { catalogInput, realCatalog } from '../support/catalog.ts';
import { ROOT } from '../support/corpus.ts';

const catalog = realCatalog();
const link = (path: string) => `/kho${path}`;

describe('coverage map tiles', () => {
	it('2025: the 34 units of 10/12/2025, An Giang and Lạng Sơn with a plan', () => {
		const { layout, tiles } = coverageTiles(catalog, 2025, link);
		expect(layout).toBe('34');
		expect(tiles).toHaveLength(34);
		expect(tiles.filter((t) => t.plans + t.mergedPlans > 0).map((t) => t.id)).toEqual(['an-giang', 'lang-son']);
		expect(tiles.find((t) => t.id === 'lang-son')!.href).toBe('/kho/tinh/lang-son/');
		// The SVG draws exactly these tiles, well under the size limit.
		expect(tileMapSvg({ layout, tiles, title: 'x', idPrefix: 'm' }).length).toBeLessThan(30_000);
	});

	it('2024: the 63 units before the mergers, Trà Vinh with its plan and no merged counts', () => {
		const { layout, tiles } = coverageTiles(catalog, 2024, link);
		expect(layout).toBe('63');
		expect(tiles).toHaveLength(63);
		expect(tiles.filter((t) => t.plans > 0).map((t) => t.id)).toEqual(['tra-vinh']);
		expect(tiles.every((t) => t.mergedPlans === 0)).toBe(true);
		// Huế was tỉnh Thừa Thiên Huế until 31/12/2024: the maps of 2023 and 2024 name it so, 2025 and today as Huế.
		expect(tiles.find((t) => t.id === 'hue')!.name).toBe('Thừa Thiên Huế');
		expect(coverageTiles(catalog, 2023, link).tiles.find((t) => t.id === 'hue')!.name).toBe('Thừa Thiên Huế');
		expect(coverageTiles(catalog, 2025, link).tiles.find((t) => t.id === 'hue')!.name).toBe('Huế');
	});

	it('today, all years: a unit counts the plans of the units merged into it apart from its own', () => {
		const tiles = todayTiles(catalog, link);
		expect(tiles).toHaveLength(34);
		expect(tiles.find((t) => t.id === 'vinh-long')).toMatchObject({ plans: 0, mergedPlans: 1 }); // Trà Vinh 2024
		expect(tiles.find((t) => t.id === 'bac-ninh')).toMatchObject({ plans: 0, mergedPlans: 1 }); // Bắc Giang 2023
		expect(tiles.find((t) => t.id === 'lang-son')).toMatchObject({ plans: 1, mergedPlans: 0 });
	});
});

describe('campaign chart rows', () => {
	it("a year's rows: the central plan first, then the provinces by name, with their dates", () => {
		const rows = yearChartRows(catalog, 2025, link);
		expect(rows.map((r) => r.label)).toEqual(['Trung ương', 'tỉnh An Giang', 'tỉnh Lạng Sơn']);
		expect(rows[0]).toMatchObject({ central: true, href: '/kho/ke-hoach/2025/trung-uong/', campaign: { from: '2025-12-01', to: '2025-12-30' } });
		// An Giang's campaign runs "from the plan's issue date": its start is unknown.
		expect(rows[1].campaign).toEqual({ from: null, to: '2025-12-31' });
		expect(yearChartRows(catalog, 2026, link)).toEqual([]);
	});

	it("a plan's own row comes after the central plan's; the central plan has its row alone", () => {
		expect(planChartRows(catalog, catalog.plan('2025-lang-son')!, link).map((r) => r.id)).toEqual(['2025-trung-uong', '2025-lang-son']);
		expect(planChartRows(catalog, catalog.plan('2025-trung-uong')!, link).map((r) => r.id)).toEqual(['2025-trung-uong']);
		// Trà Vinh's central plan is cited, not in the corpus.
		expect(planChartRows(catalog, catalog.plan('2024-tra-vinh')!, link).map((r) => r.id)).toEqual(['2024-tra-vinh']);
	});
});

describe('slogan × year matrix', () => {
	it('counts plans and wordings per year, years oldest first, most used slogans first', () => {
		const { years, rows } = sloganYearMatrix(catalog);
		expect(years).toEqual([2023, 2024, 2025]);
		const anniversary = rows.find((r) => r.slogan.id === 'chao-mung-ky-niem-ngay-nhan-quyen-the-gioi')!;
		// 2025: the central plan and two provinces, each with its own wording (the anniversary number, "99", the dash).
		const cell2025 = anniversary.cells.find((c) => c.year === 2025)!;
		expect(cell2025).toMatchObject({ year: 2025, plans: 3, wordings: 3 });
		// The plans that changed the wording are named: the two provinces, not the central plan whose wording is the reference.
		expect(cell2025.varying.map((p) => p.id).sort()).toEqual(['2025-an-giang', '2025-lang-son']);
		expect(
			rows
				.flatMap((r) => r.cells)
				.filter((c) => c.wordings < 2)
				.every((c) => c.varying.length === 0),
		).toBe(true);
		expect(anniversary.total).toBe(anniversary.cells.reduce((n, c) => n + c.plans, 0));
		const totals = rows.map((r) => r.total);
		expect(totals).toEqual([...totals].sort((a, b) => b - a));
		expect(rows).toHaveLength(catalog.slogans.length);
	});
});

describe('task matrices', () => {
	it('joins renamed and merged kinds into the line of the kind that took them over', () => {
		const lines = agencyLines(catalog.agencies);
		const propaganda = lines.find((l) => l.ids.has('ban-tuyen-giao-tu'))!;
		expect(propaganda.agency.id).toBe('ban-tuyen-giao-dan-van-tu');
		expect(lines.some((l) => l.agency.id === 'ban-tuyen-giao-tu')).toBe(false);
		// Every kind is in some line; a line's root is a kind nobody took over.
		expect(new Set(lines.flatMap((l) => [...l.ids]))).toEqual(new Set(catalog.agencies.map((a) => a.id)));
	});

	it("2025: one column per plan, a mark for each task linking to the plan's task row", () => {
		const m = taskMatrix(catalog, catalog.plansOfYear(2025), link);
		expect(m.grouped).toBe(false);
		expect(m.columns.map((c) => c.label)).toEqual(['Trung ương', 'An Giang', 'Lạng Sơn']);
		const health = m.groups.find((g) => g.level === 'tinh')!.rows.find((r) => r.line.agency.id === 'so-y-te')!;
		const langSon = catalog.plan('2025-lang-son')!;
		const position = langSon.data.assignments.findIndex((a) => a.agency === 'so-y-te') + 1;
		expect(health.cells[2]).toEqual([{ plan: langSon, position }]);
		// Every task of every plan is marked once, never twice.
		const marks = m.groups.flatMap((g) => g.rows.flatMap((r) => r.cells.flat()));
		expect(marks.length).toBe(catalog.plansOfYear(2025).reduce((n, p) => n + p.data.assignments.length, 0));
	});

	it('counts a task to a body split among successors once: Lạng Sơn 2025 has 12 tasks, 12 marks', () => {
		const m = taskMatrix(catalog, catalog.plansOfYear(2025), link);
		const column = m.columns.findIndex((c) => c.label === 'Lạng Sơn');
		const marks = m.groups.flatMap((g) => g.rows.flatMap((r) => r.cells[column]));
		expect(catalog.plan('2025-lang-son')!.data.assignments).toHaveLength(12);
		expect(marks).toHaveLength(12);
		// Sở Thông tin và Truyền thông (split in 2025 between Sở Khoa học và Công nghệ and Sở Văn hóa và Thể thao) keeps its own row.
		const rows = m.groups
			.flatMap((g) => g.rows)
			.filter((r) => r.cells[column].some((c) => c.plan.data.assignments[c.position - 1].agency === 'so-thong-tin-truyen-thong'));
		expect(rows.map((r) => r.line.agency.id)).toEqual(['so-thong-tin-truyen-thong']);
		expect(rows[0].line.splitInto.map((a) => a.id).sort()).toEqual(['so-khoa-hoc-cong-nghe', 'so-van-hoa-the-thao']);
	});

	it('every plan of every year: one mark per task', () => {
		for (const year of catalog.years) {
			const m = taskMatrix(catalog, catalog.plansOfYear(year), link);
			m.columns.forEach((col, c) => {
				const marks = m.groups.flatMap((g) => g.rows.flatMap((r) => r.cells[c]));
				expect(marks.length, col.label).toBe(col.plans.reduce((n, p) => n + p.data.assignments.length, 0));
			});
		}
	});

	it('kinds × years for the whole corpus', () => {
		const { years, groups } = agencyYearMatrix(catalog);
		const rows = groups.flatMap((g) => g.rows);
		expect(years).toEqual([2023, 2024, 2025]);
		const justice = rows.find((r) => r.line.agency.id === 'so-tu-phap')!;
		expect(justice.total).toBe(justice.counts.reduce((n, x) => n + x, 0));
		expect(justice.counts[2]).toBeGreaterThan(0);
		// Bắc Giang 2023's Sở TT&TT and Trà Vinh 2024's Sở VHTTDL (each split in 2025) are counted in one row each.
		const tasking = (id: string, year: number) => rows.filter((r) => r.line.ids.has(id) && r.counts[years.indexOf(year)] > 0).map((r) => r.line.agency.id);
		expect(tasking('so-thong-tin-truyen-thong', 2023)).toEqual(['so-thong-tin-truyen-thong']);
		expect(tasking('so-van-hoa-the-thao-du-lich', 2024)).toEqual(['so-van-hoa-the-thao-du-lich']);
		// A plan is counted at most once per year in all the rows that hold one of its tasks' kinds.
		for (const plan of catalog.plans) {
			const lines = rows.filter((r) => plan.data.assignments.some((a) => r.line.ids.has(a.agency)));
			expect(lines.length, plan.id).toBe(new Set(plan.data.assignments.map((a) => lines.find((r) => r.line.ids.has(a.agency))!.line)).size);
		}
	});
});

describe('a year of 400 plans', () => {
	const real = readRealCorpus(ROOT).corpus;
	const files = generateCorpus({ plans: 400, seed: 3, real });
	// The synthetic plans, all moved into one year (their units are those of several years: 34 and 63).
	const plans: PlanEntry[] = [...files]
		.filter(([path]) => path.endsWith('.mdx'))
		.map(([path, text]) => {
			const data = planSchema.parse(parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]));
			return { id: path, data: { ...data, year: 2030, anniversary: 82, numberIllegible: null, errata: [] }, body: '' };
		});
	const big = buildCatalog({ ...catalogInput(), plans });

	it('the campaign chart groups rows by province beyond what fits and stays under 150 kB', () => {
		const rows = yearChartRows(big, 2030, link);
		expect(rows.length).toBe(400);
		const svg = campaignChartSvg({ year: 2030, rows, title: 'Năm 2030', idPrefix: 'tl-2030' });
		expect(svg.length).toBeLessThan(150_000);
		expect(svg).toMatch(/\(\d+ kế hoạch\)/);
	});

	it('the task matrix has one column per province, not per plan', () => {
		const m = taskMatrix(big, plans, link);
		expect(plans.length).toBeGreaterThan(TASK_MATRIX_MAX_COLUMNS);
		expect(m.grouped).toBe(true);
		expect(m.columns.length).toBeLessThanOrEqual(64);
		expect(m.columns.reduce((n, c) => n + c.plans.length, 0)).toBe(400);
	});
});
