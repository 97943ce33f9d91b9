/** Each plan as a Word document laid out like the original (src/lib/docx.ts). */
import { getCatalog } from '../../../data/catalog.ts';
import { site } from '../../../data/site.ts';
import { planDocx } from '../../../lib/docx.ts';
import { absoluteUrl } from '../../../lib/open-data.ts';
import { paths } from '../../../lib/urls.ts';
import { contentDates } from '../../../lib/content-dates.ts';

export async function getStaticPaths() {
	return (await getCatalog()).plans.map((p) => ({ params: { id: p.id } }));
}

export const GET = async ({ params }: { params: { id: string } }) => {
	const plan = (await getCatalog()).plan(params.id)!;
	// The data's date (last change of the plan), else its issue date, else its Human Rights Day: never the build's.
	const date = contentDates().get(`content/plans/${plan.id.replace('-', '/')}.mdx`) ?? plan.data.issuedAt ?? `${plan.data.year}-12-10`;
	const file = await planDocx(plan.data, plan.body, absoluteUrl(site, paths.plan(plan.id)), date);
	return new Response(new Uint8Array(file), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } });
};
