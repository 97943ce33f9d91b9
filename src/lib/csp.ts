/**
 * The site's Content-Security-Policy: no inline script or style at all (Astro is set to emit
 * every script and stylesheet as a file), no third-party origin; Pagefind needs
 * 'wasm-unsafe-eval' for its WebAssembly. The same policy goes into the HTTP header files
 * (public/_headers, the nginx snippet in docs/deploying.md) and, without frame-ancestors (which a <meta>
 * cannot carry), into every page's <meta http-equiv>.
 */
export const CSP_DIRECTIVES: Record<string, string[]> = {
	'default-src': ["'self'"],
	'script-src': ["'self'", "'wasm-unsafe-eval'"],
	'style-src': ["'self'"],
	'img-src': ["'self'", 'data:'],
	'font-src': ["'self'"],
	'connect-src': ["'self'"],
	'worker-src': ["'self'"],
	'object-src': ["'none'"],
	'base-uri': ["'self'"],
	'form-action': ["'self'"],
	'frame-ancestors': ["'none'"],
};

/** Directives a <meta http-equiv> policy cannot carry. */
const HEADER_ONLY = new Set(['frame-ancestors']);

export function contentSecurityPolicy({ meta = false } = {}): string {
	return Object.entries(CSP_DIRECTIVES)
		.filter(([name]) => !(meta && HEADER_ONLY.has(name)))
		.map(([name, values]) => `${name} ${values.join(' ')}`)
		.join('; ');
}
