/**
 * The build's settings, checked before anything is built. BASE_PATH goes into every link,
 * asset path and the search bundle's address, raw in some outputs (URLs in the Markdown export,
 * feeds, open data): it must be "/" or "/segment/…/" of unreserved URL characters, so it can
 * neither leave the site ("/../x") nor carry markup. SITE_URL is parsed as a URL: http(s), a
 * host, no user name or password, no query or fragment.
 */

/** A path segment: letters, digits and - . _ ~ (RFC 3986's unreserved characters), not "." or "..". */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/** Why BASE_PATH cannot be used, or null. */
export function basePathProblem(value: string): string | null {
	const example = 'e.g. BASE_PATH=/kho-ke-hoach/';
	const shown = JSON.stringify(value);
	if (value === '/') return null;
	if (!value.startsWith('/') || !value.endsWith('/')) return `BASE_PATH must start and end with "/" (${example}), not ${shown}.`;
	const segments = value.slice(1, -1).split('/');
	const bad = segments.find((s) => !SEGMENT.test(s) || s === '.' || s === '..');
	if (bad === undefined) return null;
	if (bad === '') return `BASE_PATH has an empty segment ("//"): ${shown}.`;
	if (bad === '.' || bad === '..') return `BASE_PATH may not contain "${bad}" as a segment: ${shown}.`;
	return `BASE_PATH may only contain letters, digits, "-", ".", "_" and "~" between its slashes (${example}), not ${shown}.`;
}

/** Why SITE_URL cannot be used, or null. */
export function siteUrlProblem(value: string): string | null {
	const shown = JSON.stringify(value);
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return `SITE_URL is not a valid address: ${shown} (e.g. SITE_URL=https://example.org).`;
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return `SITE_URL must be an http(s) address, not ${shown}.`;
	if (url.username || url.password) return `SITE_URL may not contain a user name or password: ${shown}.`;
	if (url.search || url.hash || value.includes('?') || value.includes('#')) return `SITE_URL may not have a query or fragment: ${shown}.`;
	if (url.pathname !== '/') return `SITE_URL is the site's origin only; put a sub-path in BASE_PATH: ${shown}.`;
	return null;
}

/** Every problem with the BASE_PATH and SITE_URL of `env`. */
export function settingsProblems(env: Record<string, string | undefined>): string[] {
	return [env.BASE_PATH === undefined ? null : basePathProblem(env.BASE_PATH), env.SITE_URL ? siteUrlProblem(env.SITE_URL) : null].filter(
		(p): p is string => p !== null,
	);
}
