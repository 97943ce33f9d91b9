/**
 * The ids the site's own markup uses on a plan page (layout and panels). Headings of a plan's
 * text never take one of them: a heading "Toàn văn" in a plan becomes `#toan-van-2`.
 * A build test checks that every id the page itself carries is listed here.
 */
export const RESERVED_PAGE_IDS = [
	'noi-dung',
	'site-search-q',
	'thong-tin',
	'thuc-hien',
	'moc-thoi-gian',
	'ghi-chu',
	'khau-hieu',
	'cong-uoc',
	'phan-cong',
	'toan-van',
	'trich-dan',
	'van-ban-vien-dan',
	'tinh-su-dung',
] as const;

/** Prefixes of the ids the plan page numbers or generates: its task rows ("nv-3"), its chart ("tl-…"), its data notes ("gc-2") and its slogans ("kh-1"). A heading's id never starts with one. */
export const RESERVED_ID_PREFIXES = ['nv-', 'tl-', 'gc-', 'kh-'] as const;

/** True when the page's own markup may use `id`. */
export const isReservedId = (id: string) => (RESERVED_PAGE_IDS as readonly string[]).includes(id) || RESERVED_ID_PREFIXES.some((p) => id.startsWith(p));
