import { getCatalog } from '../../data/catalog.ts';
import { json } from '../../data/respond.ts';
import { site } from '../../data/site.ts';
import { planRecord } from '../../lib/open-data.ts';

export const GET = async () => {
	const catalog = await getCatalog();
	return json(catalog.plans.map((p) => planRecord(p, catalog, site)));
};
