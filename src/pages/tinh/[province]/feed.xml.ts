import { getCatalog } from '../../../data/catalog.ts';
import { text } from '../../../data/respond.ts';
import { site } from '../../../data/site.ts';
import { plansAtom } from '../../../lib/feeds.ts';
import { apiPaths } from '../../../lib/open-data.ts';
import { paths } from '../../../lib/urls.ts';

export async function getStaticPaths() {
	return (await getCatalog()).provinces.map((p) => ({ params: { province: p.id } }));
}

/** A province's plans, with those of the units merged into it. */
export const GET = async ({ params }: { params: { province: string } }) => {
	const catalog = await getCatalog();
	const id = params.province;
	const plans = [...catalog.plansOfProvince(id), ...catalog.mergedUnits(id).flatMap((m) => catalog.plansOfProvince(m.id))];
	const title = `Kho kế hoạch nhân quyền — ${catalog.provinceTitle(id)}`;
	return text(plansAtom(catalog, site, { title, feedPath: apiPaths.provinceFeed(id), pagePath: paths.province(id), plans }), 'application/atom+xml');
};
