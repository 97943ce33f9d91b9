/**
 * What a page tells the search indexer about itself, as data-search-* attributes on its
 * [data-pagefind-body] element: the result's title, type and filters.
 */
export interface SearchMeta {
	/** Result title, e.g. "Kế hoạch số 705/KH-BCĐNQ (Trung ương, 2025)". */
	title: string;
	/** Loại: "Kế hoạch", "Khẩu hiệu", "Công ước", "Cơ quan", "Văn bản", "Tỉnh/Thành". */
	type: string;
	year?: number | null;
	/** Today's province name (a former unit's plan counts for the province it became). */
	province?: string | null;
	/** The province as named at the time, when it differs from today's (e.g. Trà Vinh → Vĩnh Long). */
	place?: string | null;
	/** Cấp: "Trung ương" or "Tỉnh". */
	level?: string | null;
	/** Convention abbreviations. */
	conventions?: string[];
}

export function searchAttributes(meta: SearchMeta): Record<string, string> {
	const attrs: Record<string, string> = {
		'data-pagefind-body': '',
		'data-search-title': meta.title,
		'data-search-type': meta.type,
	};
	if (meta.year) attrs['data-search-year'] = String(meta.year);
	if (meta.province) attrs['data-search-province'] = meta.province;
	if (meta.place && meta.place !== meta.province) attrs['data-search-place'] = meta.place;
	if (meta.level) attrs['data-search-level'] = meta.level;
	if (meta.conventions?.length) attrs['data-search-conventions'] = meta.conventions.join('|');
	return attrs;
}
