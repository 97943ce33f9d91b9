/**
 * Atom feeds of plans, the FEED_ENTRIES newest (a feed tells what is new; the whole list is on
 * the site and in the open data), written with fast-xml-builder: every text is
 * escaped and titles and summaries are plain text (`type="text"`), so a feed reader shows
 * frontmatter as written and never interprets it as HTML.
 */
import { createHash } from 'node:crypto';
import XMLBuilder from 'fast-xml-builder';
import type { Catalog, PlanEntry } from './catalog.ts';
import { absoluteUrl, feedDate, type Site } from './open-data.ts';
import { issuerWithProvince, planLabel } from './plan-label.ts';
import { paths } from './urls.ts';

interface FeedOptions {
	title: string;
	/** The site path of the feed itself and of the page it belongs to. */
	feedPath: string;
	pagePath: string;
	plans: PlanEntry[];
}

export const FEED_ENTRIES = 50;

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '    ', suppressEmptyNode: true });

const plain = (value: string) => ({ '@_type': 'text', '#text': value });
const timestamp = (isoDate: string) => `${isoDate}T00:00:00Z`;

/**
 * An Atom id: the page's URL, or — when the site's address is not known — a name-based UUID
 * URN of its path, since an id must be an absolute IRI.
 */
export function atomId(site: Site, path: string): string {
	if (site.origin) return absoluteUrl(site, path);
	const h = createHash('sha1').update(`kho-ke-hoach-nhan-quyen:${path}`).digest('hex');
	return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function plansAtom(catalog: Catalog, site: Site, { title, feedPath, pagePath, plans }: FeedOptions): string {
	const sorted = [...plans].sort((a, b) => feedDate(b).localeCompare(feedDate(a)) || a.id.localeCompare(b.id)).slice(0, FEED_ENTRIES);
	const newest = sorted[0] ? feedDate(sorted[0]) : '1948-12-10';
	const feed = {
		'@_xmlns': 'http://www.w3.org/2005/Atom',
		'@_xml:lang': 'vi',
		id: atomId(site, feedPath),
		title: plain(title),
		updated: timestamp(newest),
		generator: 'Kho kế hoạch nhân quyền',
		author: { name: 'Kho kế hoạch nhân quyền', uri: absoluteUrl(site, paths.home()) },
		link: [
			{ '@_rel': 'alternate', '@_href': absoluteUrl(site, pagePath) },
			{ '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': absoluteUrl(site, feedPath) },
		],
		rights: plain('Văn bản quản lý nhà nước; dữ liệu được phép sử dụng lại, ghi rõ nguồn.'),
		entry: sorted.map((plan) => {
			const d = plan.data;
			const url = absoluteUrl(site, paths.plan(plan.id));
			return {
				title: plain(planLabel(d, catalog.provinceTitle(d.province))),
				id: atomId(site, paths.plan(plan.id)),
				link: { '@_rel': 'alternate', '@_href': url },
				updated: timestamp(feedDate(plan)),
				summary: plain(`${issuerWithProvince(d, catalog.provinceName(d.province), catalog.provinceTitle(d.province))}: ${d.title}`),
				author: { name: issuerWithProvince(d, catalog.provinceName(d.province), catalog.provinceTitle(d.province)) },
				category: [String(d.year), ...(d.province ? [catalog.provinceName(d.province)] : [])].map((term) => ({ '@_term': term })),
			};
		}),
	};
	return builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' }, feed });
}
