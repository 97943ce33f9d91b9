import { getCatalog } from '../../../data/catalog.ts';
import { planDetailFromBulk } from '../../../data/bulk.ts';
import { json } from '../../../data/respond.ts';

export async function getStaticPaths() {
	return (await getCatalog()).plans.map((p) => ({ params: { id: p.id } }));
}

// The record is the plan's line of the bulk download (src/data/bulk.ts), made once per build.
export const GET = async ({ params }: { params: { id: string } }) => json(await planDetailFromBulk(params.id));
