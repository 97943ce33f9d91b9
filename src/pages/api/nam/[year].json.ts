import { getCatalog } from '../../../data/catalog.ts';
import { json } from '../../../data/respond.ts';
import { site } from '../../../data/site.ts';
import { planRecord } from '../../../lib/open-data.ts';

export async function getStaticPaths() {
	const catalog = await getCatalog();
	return catalog.years.map((year) => ({ params: { year: String(year) }, props: { year } }));
}

export const GET = async ({ props }: { props: { year: number } }) => {
	const catalog = await getCatalog();
	return json({ year: props.year, plans: catalog.plansOfYear(props.year).map((p) => planRecord(p, catalog, site)) });
};
