/**
 * The cross-links of the whole corpus, computed once from the content: which plans implement
 * which, what a province, slogan, convention, agency or year page lists. Pure: it takes plain
 * data, so a plan added to content/ shows up everywhere it belongs.
 */
import type { Agency } from '../schemas/agency.ts';
import type { Convention } from '../schemas/convention.ts';
import type { CitedDocument } from '../schemas/document.ts';
import type { ERRATUM_KINDS, Plan } from '../schemas/plan.ts';

export type ErratumKind = (typeof ERRATUM_KINDS)[number];
import type { Province } from '../schemas/province.ts';
import type { Slogan } from '../schemas/slogan.ts';
import { sortByName, viCollator } from './format.ts';

export interface PlanEntry {
	id: string;
	data: Plan;
	/** The MDX body (full text). */
	body: string;
}

export interface CatalogInput {
	plans: PlanEntry[];
	provinces: Province[];
	agencies: Agency[];
	conventions: Convention[];
	slogans: Slogan[];
	documents: CitedDocument[];
}

export interface SloganUse {
	plan: PlanEntry;
	/** 1-based position in the plan's list. */
	position: number;
	text: string;
}

/** A slogan's uses wording by wording, how many plans print each wording, and the years. */
export interface SloganSummary {
	/** Every use, a wording's uses together, wordings in order of first use. */
	uses: SloganUse[];
	/** Each wording, in order of first use, with the uses that print it. */
	wordings: { text: string; count: number; uses: SloganUse[] }[];
	years: number[];
}

export interface Assignment {
	plan: PlanEntry;
	position: number;
	name: string;
	summary: string;
}

export interface Erratum {
	plan: PlanEntry;
	field: string | null;
	kind: ErratumKind;
	note: string;
}

/** The day a year's plans refer to: Human Rights Day of that year. */
export const referenceDay = (year: number) => `${year}-12-10`;

function byKey<T extends { id: string }>(items: readonly T[]): Map<string, T> {
	return new Map(items.map((i) => [i.id, i]));
}

function group<K, V>(items: Iterable<V>, key: (v: V) => K | K[] | null): Map<K, V[]> {
	const out = new Map<K, V[]>();
	for (const item of items) {
		const keys = key(item);
		for (const k of keys === null ? [] : Array.isArray(keys) ? keys : [keys]) {
			if (!out.has(k)) out.set(k, []);
			out.get(k)!.push(item);
		}
	}
	return out;
}

export function buildCatalog(input: CatalogInput) {
	const provinceById = byKey(input.provinces);
	const agencyById = byKey(input.agencies);
	const conventionById = byKey(input.conventions);
	const sloganById = byKey(input.slogans);
	const documentById = byKey(input.documents);
	const planById = byKey(input.plans);

	const provinceName = (id: string | null) => (id ? (provinceById.get(id)?.name ?? id) : '');
	/** "tỉnh Lạng Sơn" or "thành phố Hà Nội". */
	const provinceTitle = (id: string | null) => {
		const p = id ? provinceById.get(id) : undefined;
		return p ? `${p.kind === 'thanh-pho' ? 'thành phố' : 'tỉnh'} ${p.name}` : '';
	};
	/** Newest year first; the central plan first within a year; then by province name. */
	const comparePlans = (a: PlanEntry, b: PlanEntry) =>
		b.data.year - a.data.year ||
		(a.data.level === b.data.level ? 0 : a.data.level === 'trung-uong' ? -1 : 1) ||
		viCollator.compare(provinceName(a.data.province), provinceName(b.data.province)) ||
		a.id.localeCompare(b.id);
	const plans = [...input.plans].sort(comparePlans);

	/** The province a unit belongs to today, following mergers. */
	const provinceToday = (id: string): Province | undefined => {
		let p = provinceById.get(id);
		const seen = new Set<string>();
		while (p?.mergedInto && !seen.has(p.id)) {
			seen.add(p.id);
			p = provinceById.get(p.mergedInto);
		}
		return p;
	};
	/** The units that merged into `id` (not including itself). */
	const mergedUnits = group(input.provinces, (p) => p.mergedInto);
	/** The units in force on a day, each under the name and kind it had that day. */
	const provincesOn = (day: string) =>
		input.provinces
			.filter((p) => p.until === null || p.until >= day)
			.map((p) => {
				const former = (p.formerNames ?? []).filter((f) => f.until >= day).sort((a, b) => a.until.localeCompare(b.until))[0];
				return former ? { ...p, name: former.name, kind: former.kind } : p;
			});

	const plansByProvince = group(plans, (p) => p.data.province);
	const plansByProvinceToday = group(plans, (p) => (p.data.province ? (provinceToday(p.data.province)?.id ?? null) : null));
	const plansByYear = group(plans, (p) => p.data.year);
	const implementers = group(plans, (p) => p.data.implements);
	const citers = group(plans, (p) => p.data.references);
	const plansByConvention = group(plans, (p) => p.data.conventions);
	const plansByIssuer = group(plans, (p) => p.data.issuer);
	/** Computed once per slogan, not once per page of its list. */
	const sloganSummaries = new Map<string, SloganSummary>();

	const sloganUses = new Map<string, SloganUse[]>();
	const assignments = new Map<string, Assignment[]>();
	for (const plan of plans) {
		plan.data.slogans.forEach((s, i) => {
			if (!sloganUses.has(s.slogan)) sloganUses.set(s.slogan, []);
			sloganUses.get(s.slogan)!.push({ plan, position: i + 1, text: s.text });
		});
		plan.data.assignments.forEach((a, i) => {
			if (!assignments.has(a.agency)) assignments.set(a.agency, []);
			assignments.get(a.agency)!.push({ plan, position: i + 1, name: a.name, summary: a.summary });
		});
	}

	const successors = group(
		input.agencies.flatMap((a) => a.predecessors.map((p) => ({ from: p.agency, to: a, since: p.since, note: p.note }))),
		(l) => l.from,
	);
	const counterpartsOf = group(input.agencies, (a) => a.counterpart);

	const years = [...plansByYear.keys()].sort((a, b) => b - a);

	/** The central plan of a year, if the corpus has it. */
	const centralPlan = (year: number) => plansByYear.get(year)?.find((p) => p.data.level === 'trung-uong');

	/** The plan a plan implements, when its text is in the corpus. */
	const implementedPlan = (plan: PlanEntry) => (plan.data.implements ? planById.get(plan.data.implements) : undefined);
	const implementedDocument = (plan: PlanEntry) => (plan.data.implements ? documentById.get(plan.data.implements) : undefined);

	const errata: Erratum[] = plans.flatMap((plan) => plan.data.errata.map((e) => ({ plan, field: e.field ?? null, kind: e.kind, note: e.note })));

	/** Which of the year's provinces have a plan here and which do not. */
	const coverage = (year: number) => {
		const units = provincesOn(referenceDay(year));
		const withPlan = new Set((plansByYear.get(year) ?? []).map((p) => p.data.province));
		const sorted = sortByName(units, (u) => u.name);
		return { units: sorted, covered: sorted.filter((u) => withPlan.has(u.id)), missing: sorted.filter((u) => !withPlan.has(u.id)) };
	};

	return {
		plans,
		years,
		provinces: sortByName(input.provinces, (p) => p.name),
		agencies: sortByName(input.agencies, (a) => a.name),
		conventions: input.conventions,
		slogans: input.slogans,
		documents: input.documents,
		errata,
		plan: (id: string) => planById.get(id),
		province: (id: string) => provinceById.get(id),
		agency: (id: string) => agencyById.get(id),
		convention: (id: string) => conventionById.get(id),
		slogan: (id: string) => sloganById.get(id),
		document: (id: string) => documentById.get(id),
		provinceName,
		provinceTitle,
		provinceToday,
		mergedUnits: (id: string) => mergedUnits.get(id) ?? [],
		provincesOn,
		plansOfYear: (year: number) => plansByYear.get(year) ?? [],
		plansOfProvince: (id: string) => plansByProvince.get(id) ?? [],
		plansOfProvinceToday: (id: string) => plansByProvinceToday.get(id) ?? [],
		implementersOf: (id: string) => implementers.get(id) ?? [],
		citersOf: (id: string) => citers.get(id) ?? [],
		plansCiting: (conventionId: string) => plansByConvention.get(conventionId) ?? [],
		plansIssuedBy: (agencyId: string) => plansByIssuer.get(agencyId) ?? [],
		sloganUses: (id: string) => sloganUses.get(id) ?? [],
		sloganSummary: (id: string): SloganSummary => {
			let summary = sloganSummaries.get(id);
			if (!summary) {
				const byText = Map.groupBy(sloganUses.get(id) ?? [], (u) => u.text);
				summary = {
					uses: [...byText.values()].flat(),
					wordings: [...byText].map(([text, list]) => ({ text, count: list.length, uses: list })),
					years: [...new Set((sloganUses.get(id) ?? []).map((u) => u.plan.data.year))].sort(),
				};
				sloganSummaries.set(id, summary);
			}
			return summary;
		},
		assignmentsOf: (agencyId: string) => assignments.get(agencyId) ?? [],
		successorsOf: (agencyId: string) => successors.get(agencyId) ?? [],
		counterpartsOf: (agencyId: string) => counterpartsOf.get(agencyId) ?? [],
		centralPlan,
		implementedPlan,
		implementedDocument,
		coverage,
	};
}

export type Catalog = ReturnType<typeof buildCatalog>;
