/** Atom feeds of plans, newest first (written with the `feed` library). */
import { Feed } from 'feed';
import type { Catalog, PlanEntry } from './catalog.ts';
import { absoluteUrl, feedDate, type Site } from './open-data.ts';
import { planLabel } from './plan-label.ts';
import { paths } from './urls.ts';

interface FeedOptions {
	title: string;
	/** The site path of the feed itself and of the page it belongs to. */
	feedPath: string;
	pagePath: string;
	plans: PlanEntry[];
}

export function plansAtom(catalog: Catalog, site: Site, { title, feedPath, pagePath, plans }: FeedOptions): string {
	const sorted = [...plans].sort((a, b) => feedDate(b).localeCompare(feedDate(a)) || a.id.localeCompare(b.id));
	const newest = sorted[0] ? feedDate(sorted[0]) : '1948-12-10';
	const feed = new Feed({
		title,
		id: absoluteUrl(site, feedPath),
		link: absoluteUrl(site, pagePath),
		language: 'vi',
		updated: new Date(`${newest}T00:00:00Z`),
		copyright: 'Văn bản quản lý nhà nước; dữ liệu được phép sử dụng lại, ghi rõ nguồn.',
		feedLinks: { atom: absoluteUrl(site, feedPath) },
		author: { name: 'Kho kế hoạch nhân quyền', link: absoluteUrl(site, paths.home()) },
	});
	for (const plan of sorted) {
		const d = plan.data;
		const url = absoluteUrl(site, paths.plan(plan.id));
		feed.addItem({
			title: planLabel(d, catalog.provinceTitle(d.province)),
			id: url,
			link: url,
			date: new Date(`${feedDate(plan)}T00:00:00Z`),
			description: `${d.issuerName}: ${d.title}`,
			author: [{ name: d.issuerName }],
			category: [{ name: String(d.year) }, ...(d.province ? [{ name: catalog.provinceName(d.province) }] : [])],
		});
	}
	return feed.atom1();
}
