/**
 * What a page tells Pagefind about itself. The element carrying these attributes is the page's
 * searchable region (data-pagefind-body); Pagefind reads the result's meta and filters from
 * data-search-* attributes, so titles and names may hold commas and colons.
 *
 * Filter values are the site's ASCII ids, the same vocabulary as /ke-hoach/'s URL parameters:
 * ?nam=2025&tinh=vinh-long&cap=tinh&loai=ke-hoach&cong_uoc=cat.
 */

/** Result types, by filter id. */
export const SEARCH_TYPES = {
	'ke-hoach': 'Kế hoạch',
	'khau-hieu': 'Khẩu hiệu',
	'cong-uoc': 'Công ước',
	'co-quan': 'Cơ quan',
	'van-ban': 'Văn bản',
	tinh: 'Tỉnh/Thành',
} as const;
export type SearchType = keyof typeof SEARCH_TYPES;

export const LEVELS = { 'trung-uong': 'Trung ương', tinh: 'Tỉnh', huyen: 'Huyện', xa: 'Xã' } as const;
export type Level = keyof typeof LEVELS;

/** The search filters, in the order the search form shows them (the year range is tu_nam…den_nam, not a filter of the index). */
export const FILTER_NAMES = ['nam', 'tinh', 'cap', 'ban_hanh', 'loai', 'cong_uoc'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** Older parameter names, still accepted in links to /tim-kiem/ and /ke-hoach/. */
export const FILTER_ALIASES: Record<string, FilterName> = { year: 'nam', province: 'tinh', level: 'cap', type: 'loai', convention: 'cong_uoc' };

export interface SearchMeta {
	/** Result title, e.g. "Kế hoạch số 705/KH-BCĐNQ (Trung ương, 2025)". */
	title: string;
	type: SearchType;
	year?: number | null;
	/** Today's province (a former unit's plan counts for the province it became). */
	province?: { id: string; name: string } | null;
	/** The province as named at the time, when it differs from today's (e.g. Trà Vinh → Vĩnh Long). */
	place?: string | null;
	level?: Level | null;
	/** The issuer's agency kind (a plan's `issuer`, e.g. "bcd-nhan-quyen-tinh"). */
	issuer?: string | null;
	/** A plan's date for the newest/oldest sorts: its issue date, or its year when the date is unknown. */
	date?: { year: number; issuedAt: string | null } | null;
	conventions?: { id: string; abbreviation: string }[];
}

/** "2025-11-20", or "2025-00-00" for a plan of 2025 whose date is unknown (first of its year). */
export function sortDate(date: { year: number; issuedAt: string | null }): string {
	return date.issuedAt ?? `${date.year}-00-00`;
}

export function searchAttributes(meta: SearchMeta): Record<string, string> {
	const attrs: Record<string, string> = { 'data-pagefind-body': '' };
	const metaKeys: string[] = [];
	const filterKeys: string[] = [];
	const put = (list: string[], key: string, attr: string, value: string) => {
		attrs[`data-search-${attr}`] = value;
		list.push(`${key}[data-search-${attr}]`);
	};
	put(metaKeys, 'title', 'title', meta.title);
	put(metaKeys, 'type', 'type', SEARCH_TYPES[meta.type]);
	put(filterKeys, 'loai', 'loai', meta.type);
	if (meta.year) {
		put(metaKeys, 'year', 'year', String(meta.year));
		put(filterKeys, 'nam', 'nam', String(meta.year));
	}
	if (meta.province) {
		const shown = meta.place && meta.place !== meta.province.name ? `${meta.place} (nay thuộc ${meta.province.name})` : meta.province.name;
		put(metaKeys, 'province', 'province', shown);
		put(filterKeys, 'tinh', 'tinh', meta.province.id);
	}
	if (meta.level) put(filterKeys, 'cap', 'cap', meta.level);
	if (meta.issuer) put(filterKeys, 'ban_hanh', 'ban-hanh', meta.issuer);
	if (meta.date) attrs['data-pagefind-sort'] = `date:${sortDate(meta.date)}`;
	meta.conventions?.forEach((c, i) => put(filterKeys, 'cong_uoc', `cong-uoc-${i}`, c.id));
	attrs['data-pagefind-meta'] = metaKeys.join(', ');
	attrs['data-pagefind-filter'] = filterKeys.join(', ');
	return attrs;
}
