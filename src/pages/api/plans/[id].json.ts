import { getCatalog } from '../../../data/catalog.ts';
import { json } from '../../../data/respond.ts';
import { site } from '../../../data/site.ts';
import { planAlignment, planMarkdown, planRecord, planText } from '../../../lib/open-data.ts';

export async function getStaticPaths() {
	return (await getCatalog()).plans.map((p) => ({ params: { id: p.id } }));
}

export const GET = async ({ params }: { params: { id: string } }) => {
	const catalog = await getCatalog();
	const plan = catalog.plan(params.id)!;
	return json({
		...planRecord(plan, catalog, site),
		markdown: planMarkdown(plan, catalog, site),
		text: planText(plan),
		alignment: planAlignment(plan, catalog),
	});
};
