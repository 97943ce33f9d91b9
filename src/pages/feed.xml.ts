import { getCatalog } from '../data/catalog.ts';
import { text } from '../data/respond.ts';
import { site } from '../data/site.ts';
import { plansAtom } from '../lib/feeds.ts';
import { apiPaths } from '../lib/open-data.ts';
import { paths } from '../lib/urls.ts';

export const GET = async () => {
	const catalog = await getCatalog();
	return text(
		plansAtom(catalog, site, { title: 'Kho kế hoạch nhân quyền — kế hoạch mới', feedPath: apiPaths.feed(), pagePath: paths.plans(), plans: catalog.plans }),
		'application/atom+xml',
	);
};
