/**
 * The slogans of one year: those the central plan approved, in its order and wording, with how
 * many provincial plans of the year used each; then those that provinces added, with their
 * wordings and the plans that printed them.
 */
import type { Catalog, PlanEntry } from './catalog.ts';

export interface ApprovedSlogan {
	slogan: string;
	/** The central plan's wording. */
	text: string;
	/** Provincial plans of the year that used it. */
	provincial: PlanEntry[];
}

export interface AddedSlogan {
	slogan: string;
	wordings: { text: string; plans: PlanEntry[] }[];
}

export interface YearSlogans {
	year: number;
	central: PlanEntry | null;
	approved: ApprovedSlogan[];
	added: AddedSlogan[];
}

export function slogansOfYear(catalog: Catalog, year: number): YearSlogans {
	const plans = catalog.plansOfYear(year);
	const central = plans.find((p) => p.data.level === 'trung-uong') ?? null;
	const provincial = plans.filter((p) => p.data.level !== 'trung-uong');
	const usedBy = (slogan: string) => provincial.filter((p) => p.data.slogans.some((s) => s.slogan === slogan));
	const approved = (central?.data.slogans ?? []).map((s) => ({ slogan: s.slogan, text: s.text, provincial: usedBy(s.slogan) }));
	const centralIds = new Set(approved.map((a) => a.slogan));
	const added = new Map<string, Map<string, PlanEntry[]>>();
	for (const p of provincial) {
		for (const s of p.data.slogans) {
			if (centralIds.has(s.slogan)) continue;
			const wordings = added.get(s.slogan) ?? new Map<string, PlanEntry[]>();
			wordings.set(s.text, [...(wordings.get(s.text) ?? []), p]);
			added.set(s.slogan, wordings);
		}
	}
	return {
		year,
		central,
		approved,
		added: [...added]
			.map(([slogan, wordings]) => ({ slogan, wordings: [...wordings].map(([text, plans]) => ({ text, plans })) }))
			.sort((a, b) => count(b) - count(a) || a.slogan.localeCompare(b.slogan)),
	};
}

const count = (a: AddedSlogan) => a.wordings.reduce((n, w) => n + w.plans.length, 0);

/** A slogan's anchor on its year's page (/khau-hieu/nam/<year>/#kh-<id>). */
export const sloganAnchor = (sloganId: string) => `kh-${sloganId}`;
