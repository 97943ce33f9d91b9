/**
 * The data behind the visual overviews, from the catalogue: the coverage map's tiles, the
 * campaign chart's rows, the slogan × year matrix and the task matrices. Pure: pages pass the
 * catalogue and a function that turns a site path into a link (the base path added).
 */
import { referenceDay, type Catalog, type PlanEntry } from '../catalog.ts';
import { viCollator } from '../format.ts';
import { jurisdictionName } from '../plan-label.ts';
import { paths } from '../urls.ts';
import type { Agency } from '../../schemas/agency.ts';
import type { Slogan } from '../../schemas/slogan.ts';
import { layoutForDay, type TileLayoutId } from './tile-grid.ts';
import type { MapTile } from './tile-map.ts';
import { chartRowOf, type ChartRow } from './timeline-chart.ts';

type Link = (path: string) => string;

/**
 * The tiles of a year's coverage map, in the layout in force on 10/12 of that year. In the
 * 34-unit layout a unit also counts the plans of the units that merged into it.
 */
export function coverageTiles(catalog: Catalog, year: number, link: Link): { layout: TileLayoutId; tiles: MapTile[] } {
	const day = referenceDay(year);
	const layout = layoutForDay(day);
	const byUnit = Map.groupBy(
		catalog.plansOfYear(year).filter((p) => p.data.province),
		(p) => p.data.province!,
	);
	const tiles = catalog.provincesOn(day).map((u) => ({
		id: u.id,
		name: u.name,
		href: link(paths.province(u.id)),
		plans: byUnit.get(u.id)?.length ?? 0,
		mergedPlans: layout === '34' ? catalog.mergedUnits(u.id).reduce((n, m) => n + (byUnit.get(m.id)?.length ?? 0), 0) : 0,
	}));
	return { layout, tiles };
}

/** The 34 units of today, each with all its plans of every year (those of the units merged into it counted apart). */
export function todayTiles(catalog: Catalog, link: Link): MapTile[] {
	return catalog.provincesOn(referenceDay(Math.max(2025, ...catalog.years))).map((u) => {
		const own = catalog.plansOfProvince(u.id).length;
		return { id: u.id, name: u.name, href: link(paths.province(u.id)), plans: own, mergedPlans: catalog.plansOfProvinceToday(u.id).length - own };
	});
}

/** Where a plan is from, for a chart's row or column: "Trung ương", "tỉnh Lạng Sơn", or, without a province, its number. */
function placeOf(catalog: Catalog, p: PlanEntry, title = true): string {
	const where = jurisdictionName(p.data, title ? catalog.provinceTitle(p.data.province) : catalog.provinceName(p.data.province));
	return where || p.data.number || p.data.numberIllegible || 'Không rõ tỉnh';
}

/** A row of a campaign chart, named in full for screen readers (a province may issue several plans a year). */
function chartRow(catalog: Catalog, p: PlanEntry, link: Link): ChartRow {
	const row = chartRowOf(p, placeOf(catalog, p), link(paths.plan(p.id)), p.data.province ? link(paths.province(p.data.province)) : undefined);
	// Its visible label first, so that the name holds what is seen ("Kế hoạch tỉnh Lạng Sơn năm 2025").
	const number = p.data.number ?? p.data.numberIllegible;
	return { ...row, name: `Kế hoạch ${row.label}${number ? ` số ${number}` : ''} năm ${p.data.year}` };
}

/** The rows of a year's campaign chart, in the catalogue's order: the central plan first, then the provinces by name. */
export function yearChartRows(catalog: Catalog, year: number, link: Link): ChartRow[] {
	return catalog.plansOfYear(year).map((p) => chartRow(catalog, p, link));
}

/** One plan's row and, first, the row of the central plan it implements (for the plan page). */
export function planChartRows(catalog: Catalog, plan: PlanEntry, link: Link): ChartRow[] {
	const central = plan.data.level === 'tinh' ? catalog.implementedPlan(plan) : undefined;
	return [...(central ? [central] : []), plan].map((p) => chartRow(catalog, p, link));
}

export interface SloganYearRow {
	slogan: Slogan;
	/**
	 * Per year of `years`: the plans that used it, in how many wordings, and which plans printed a
	 * wording other than the year's reference one (the central plan's, else the most used).
	 */
	cells: { year: number; plans: number; wordings: number; varying: PlanEntry[] }[];
	total: number;
}

/** The plans whose wording differs from the reference one: the central plan's, else the most used (the first of equals). */
export function varyingPlans(uses: readonly { plan: PlanEntry; text: string }[]): PlanEntry[] {
	if (new Set(uses.map((u) => u.text)).size < 2) return [];
	const central = uses.find((u) => u.plan.data.level === 'trung-uong');
	const counts = Map.groupBy(uses, (u) => u.text);
	const reference = central?.text ?? [...counts].sort((a, b) => b[1].length - a[1].length)[0][0];
	return [...new Set(uses.filter((u) => u.text !== reference).map((u) => u.plan))];
}

/** Slogans × years (oldest first): how many plans used each slogan each year, and in how many wordings; slogans most used first. */
export function sloganYearMatrix(catalog: Catalog): { years: number[]; rows: SloganYearRow[] } {
	const years = [...catalog.years].sort((a, b) => a - b);
	const rows = catalog.slogans
		.map((slogan) => {
			const byYear = Map.groupBy(catalog.sloganUses(slogan.id), (u) => u.plan.data.year);
			const cells = years.map((year) => {
				const uses = byYear.get(year) ?? [];
				return { year, plans: new Set(uses.map((u) => u.plan.id)).size, wordings: new Set(uses.map((u) => u.text)).size, varying: varyingPlans(uses) };
			});
			return { slogan, cells, total: cells.reduce((n, c) => n + c.plans, 0) };
		})
		.sort((a, b) => b.total - a.total || viCollator.compare(a.slogan.text, b.slogan.text));
	return { years, rows };
}

/** The agency kind a row of a task matrix stands for: the latest kind of its lineage, with the names it had before. */
export interface AgencyLine {
	agency: Agency;
	/** The kinds it took over whole in renames and mergers, transitively. */
	others: Agency[];
	ids: Set<string>;
	/** Kinds split among several successors of which this one took a part (counted in their own line, not here). */
	partly: Agency[];
	/** For a kind split among several successors: those successors. */
	splitInto: Agency[];
}

/**
 * Agency kinds joined along their lineage, one line per kind no other kind took over whole;
 * each line holds the kinds it took over, transitively. A kind split between two successors
 * keeps its own line (its tasks were given to it, not to either successor), so that no task is
 * counted twice.
 */
export function agencyLines(agencies: readonly Agency[]): AgencyLine[] {
	let lines = linesCache.get(agencies);
	if (!lines) linesCache.set(agencies, (lines = lineageLines(agencies)));
	return lines;
}
/** The catalogue's agencies are one array for the whole build: their lines are worked out once. */
const linesCache = new WeakMap<readonly Agency[], AgencyLine[]>();

function lineageLines(agencies: readonly Agency[]): AgencyLine[] {
	const byId = new Map(agencies.map((a) => [a.id, a]));
	const successors = Map.groupBy(
		agencies.flatMap((a) => a.predecessors.map((p) => ({ before: p.agency, after: a }))),
		(x) => x.before,
	);
	const split = (id: string) => new Set((successors.get(id) ?? []).map((x) => x.after.id)).size > 1;
	return agencies
		.filter((a) => !successors.has(a.id) || split(a.id))
		.map((agency) => {
			const ids = new Set([agency.id]);
			const partly: Agency[] = [];
			const queue = [agency];
			for (let a = queue.shift(); a; a = queue.shift())
				for (const p of a.predecessors) {
					const before = byId.get(p.agency);
					if (!before || ids.has(before.id) || partly.includes(before)) continue;
					if (split(before.id)) partly.push(before);
					else {
						ids.add(before.id);
						queue.push(before);
					}
				}
			const splitInto = split(agency.id) ? [...new Set(successors.get(agency.id)!.map((x) => x.after))] : [];
			return { agency, others: [...ids].filter((id) => id !== agency.id).map((id) => byId.get(id)!), ids, partly, splitInto };
		});
}

export interface TaskColumn {
	label: string;
	href: string;
	plans: PlanEntry[];
}

export interface TaskMatrix {
	columns: TaskColumn[];
	/** Central kinds, then local ones (provincial, district, commune); each row's cells follow the columns: the tasks (plan, 1-based position) it holds there. */
	groups: LevelGroup<{ line: AgencyLine; cells: { plan: PlanEntry; position: number }[][] }>[];
	/** True when the columns are provinces, each with several plans (too many plans for a column each). */
	grouped: boolean;
}

export const TASK_MATRIX_MAX_COLUMNS = 40;

/**
 * Agency kinds × plans: a mark where a plan assigns the kind (or a kind of its lineage) a task.
 * Columns follow `plans` (pass them in the catalogue's order: central first, then by province); beyond
 * `maxColumns` plans, one column per province (as the plans name it) holds all its plans.
 */
export function taskMatrix(catalog: Catalog, plans: readonly PlanEntry[], link: Link, maxColumns = TASK_MATRIX_MAX_COLUMNS): TaskMatrix {
	const grouped = plans.length > maxColumns;
	// Grouped: one column per unit as the plans name it (the units of their year), central plans together, plans without a province together.
	const groupKey = (p: PlanEntry) => (p.data.level === 'trung-uong' ? 'trung-uong' : (p.data.province ?? ''));
	const columns: TaskColumn[] = grouped
		? [...Map.groupBy(plans, groupKey)].map(([key, list]) => ({
				label: key === 'trung-uong' ? 'Trung ương' : key ? catalog.provinceName(key) : 'Không rõ tỉnh',
				href: link(key && key !== 'trung-uong' ? paths.province(key) : paths.plan(list[0].id)),
				plans: list,
			}))
		: plans.map((p) => ({ label: placeOf(catalog, p, false), href: link(paths.plan(p.id)), plans: [p] }));
	// Two plans of one province in a year: told apart by their number.
	if (!grouped)
		for (const [, same] of Map.groupBy(columns, (c) => c.label))
			if (same.length > 1) for (const c of same) c.label = `${c.label} (${c.plans[0].data.number ?? c.plans[0].data.numberIllegible ?? c.plans[0].id})`;
	const lines = agencyLines(catalog.agencies);
	const linesOf = Map.groupBy(
		lines.flatMap((l) => [...l.ids].map((id) => [id, l] as const)),
		([id]) => id,
	);
	const cellsOf = new Map<AgencyLine, { plan: PlanEntry; position: number }[][]>();
	columns.forEach((col, c) => {
		for (const plan of col.plans)
			plan.data.assignments.forEach((a, i) => {
				for (const [, line] of linesOf.get(a.agency) ?? []) {
					let cells = cellsOf.get(line);
					if (!cells) cellsOf.set(line, (cells = columns.map(() => [])));
					cells[c].push({ plan, position: i + 1 });
				}
			});
	});
	return { columns, groups: byLevel(lines.filter((l) => cellsOf.has(l)).map((line) => ({ line, cells: cellsOf.get(line)! }))), grouped };
}

export interface LevelGroup<R> {
	level: 'trung-uong' | 'tinh';
	label: string;
	rows: R[];
}

/** A matrix's rows grouped by level: central kinds, then local ones (provincial, district, commune); empty groups left out. */
function byLevel<R extends { line: AgencyLine }>(rows: readonly R[]): LevelGroup<R>[] {
	const central = (r: R) => r.line.agency.level === 'trung-uong';
	return [
		{ level: 'trung-uong' as const, label: 'Cơ quan trung ương', rows: rows.filter(central) },
		{ level: 'tinh' as const, label: 'Cơ quan địa phương', rows: rows.filter((r) => !central(r)) },
	].filter((g) => g.rows.length > 0);
}

/** Agency kinds × years (for /co-quan/, which cannot list every plan): how many plans tasked each line each year, grouped by level. */
export function agencyYearMatrix(catalog: Catalog): { years: number[]; groups: LevelGroup<{ line: AgencyLine; counts: number[]; total: number }>[] } {
	const years = [...catalog.years].sort((a, b) => a - b);
	const column = new Map(years.map((y, i) => [y, i]));
	const rows = agencyLines(catalog.agencies)
		.map((line) => {
			// Each plan once per year, however many kinds of the line it tasks.
			const plans = years.map(() => new Set<string>());
			for (const id of line.ids) for (const a of catalog.assignmentsOf(id)) plans[column.get(a.plan.data.year)!].add(a.plan.id);
			const counts = plans.map((set) => set.size);
			return { line, counts, total: counts.reduce((n, x) => n + x, 0) };
		})
		.filter((r) => r.total > 0);
	return { years, groups: byLevel(rows) };
}
