/** Display formatting: Vietnamese dates, collation, page titles. */

/** `2025-11-01` → `01/11/2025`; null → null. */
export function formatDate(iso: string | null | undefined): string | null {
	if (!iso) return null;
	const [y, m, d] = iso.split('-');
	return `${d}/${m}/${y}`;
}

export const viCollator = new Intl.Collator('vi');

/** Sorts by a Vietnamese name (Đ after D, Ă/Â after A). */
export function sortByName<T>(items: readonly T[], name: (item: T) => string): T[] {
	return [...items].sort((a, b) => viCollator.compare(name(a), name(b)));
}

/** Days from `a` to `b` (ISO dates); positive when b is later. */
export function daysBetween(a: string, b: string): number {
	return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Folds Vietnamese to ASCII: strips tone and vowel marks, đ → d. */
export function foldVietnamese(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.normalize('NFC');
}

/** An ASCII URL slug from Vietnamese text. */
export function slugify(text: string): string {
	return foldVietnamese(text)
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** The ISO date of the next day. */
export function dayAfter(iso: string): string {
	return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** "01/12/2025 – 30/12/2025"; an unknown end reads "không rõ". */
export function formatPeriod(period: { from: string | null; to: string | null } | null): string | null {
	if (!period) return null;
	return `${formatDate(period.from) ?? 'không rõ'} – ${formatDate(period.to) ?? 'không rõ'}`;
}

/**
 * A page's <title>: the page's own title, then the site's name, always; only a title longer
 * than `max` characters is shortened (at a word, with "…") so that the site's name still shows.
 */
export function documentTitle(title: string, site: string, max = 72): string {
	if (title === site) return site;
	const own = title.length <= max ? title : `${title.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
	return `${own} · ${site}`;
}

/** A whole number as Vietnamese writes it: "3.216". */
export const formatNumber = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

/** A file size as people read it, in Vietnamese: "850 byte", "12,4 kB", "3,1 MB" (powers of 1,000). */
export function formatBytes(bytes: number): string {
	if (bytes < 1000) return `${formatNumber(bytes)} byte`;
	const [value, unit] = bytes < 1e6 ? [bytes / 1e3, 'kB'] : bytes < 1e9 ? [bytes / 1e6, 'MB'] : [bytes / 1e9, 'GB'];
	return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(value)} ${unit}`;
}

/**
 * A slogan's canonical wording for reading: the anniversary number and the year, which change
 * every year, become "…" ("Chào mừng kỷ niệm … năm Ngày Nhân quyền thế giới (10/12/1948 – 10/12/…)").
 */
export const sloganWording = (text: string): string => text.replaceAll('{n}', '…').replaceAll('{yyyy}', '…');

/** A label that begins a sentence or a table cell, with a capital: "tỉnh An Giang" → "Tỉnh An Giang". */
export const sentenceCase = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
