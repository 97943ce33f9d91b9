import { getCatalog } from '../../data/catalog.ts';
import { csv } from '../../data/respond.ts';
import { site } from '../../data/site.ts';
import { planRecord, sloganRows } from '../../lib/open-data.ts';

export const GET = async () => {
	const catalog = await getCatalog();
	return csv(sloganRows(catalog.plans.map((p) => planRecord(p, catalog, site))));
};
