import { getCatalog } from '../../../data/catalog.ts';
import { json } from '../../../data/respond.ts';
import { site } from '../../../data/site.ts';
import { planDetailRecord } from '../../../lib/open-data.ts';

export async function getStaticPaths() {
	return (await getCatalog()).plans.map((p) => ({ params: { id: p.id } }));
}

export const GET = async ({ params }: { params: { id: string } }) => {
	const catalog = await getCatalog();
	return json(planDetailRecord(catalog.plan(params.id)!, catalog, site));
};
