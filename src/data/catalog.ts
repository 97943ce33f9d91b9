/** Loads every collection once per build and builds the catalog of cross-links. */
import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from '../lib/catalog.ts';

let catalog: Promise<Catalog> | undefined;

export function getCatalog(): Promise<Catalog> {
	catalog ??= (async () => {
		const [plans, provinces, agencies, conventions, slogans, documents] = await Promise.all([
			getCollection('plans'),
			getCollection('provinces'),
			getCollection('agencies'),
			getCollection('conventions'),
			getCollection('slogans'),
			getCollection('documents'),
		]);
		return buildCatalog({
			plans: plans.map((p) => ({ id: p.id, data: p.data, body: p.body ?? '' })),
			provinces: provinces.map((e) => e.data),
			agencies: agencies.map((e) => e.data),
			conventions: conventions.map((e) => e.data),
			slogans: slogans.map((e) => e.data),
			documents: documents.map((e) => e.data),
		});
	})();
	return catalog;
}

/** The plan entries themselves (for render()), loaded once. */
let planEntries: ReturnType<typeof getCollection<'plans'>> | undefined;
export function getPlanEntries() {
	planEntries ??= getCollection('plans');
	return planEntries;
}
