import { getCatalog } from '../../../data/catalog.ts';
import { text } from '../../../data/respond.ts';
import { site } from '../../../data/site.ts';
import { planMarkdown } from '../../../lib/open-data.ts';

export async function getStaticPaths() {
	return (await getCatalog()).plans.map((p) => ({ params: { id: p.id } }));
}

export const GET = async ({ params }: { params: { id: string } }) => {
	const catalog = await getCatalog();
	return text(planMarkdown(catalog.plan(params.id)!, catalog, site), 'text/markdown');
};
