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
] as const;
