/**
 * Who runs the site: SITE_OPERATOR at build time, "name; address" (e.g. "Văn phòng X; số 1 phố Y,
 * Hà Nội"). Shown on /gioi-thieu/; a production build refuses to run without it.
 */
export interface Operator {
	name: string;
	address: string | null;
}

/** Parses SITE_OPERATOR: the name before the first ";", the address after it; null when empty. */
export function parseOperator(value: string | undefined): Operator | null {
	const text = (value ?? '').trim();
	if (!text) return null;
	const cut = text.indexOf(';');
	const name = (cut < 0 ? text : text.slice(0, cut)).trim();
	const address = cut < 0 ? '' : text.slice(cut + 1).trim();
	return name ? { name, address: address || null } : null;
}

/** What a production build lacks of SITE_URL, REPORT_URL and SITE_OPERATOR (name and address). */
export function missingForProduction(env: Record<string, string | undefined>): string[] {
	const missing: string[] = [];
	if (!env.SITE_URL) missing.push('SITE_URL (the address the site is served from, e.g. https://example.org)');
	if (!env.REPORT_URL) missing.push('REPORT_URL (where readers report an error: a mailto: or https: address)');
	const operator = parseOperator(env.SITE_OPERATOR);
	if (!operator?.address) missing.push('SITE_OPERATOR (who runs the site, "name; address")');
	return missing;
}
