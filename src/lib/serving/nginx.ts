/**
 * The nginx configuration the site is served with (deploy/nginx.conf), generated from the
 * site's security headers (src/lib/csp.ts) so the two never drift apart. One `server` block:
 *
 * - every response, error pages included, carries the security headers (nginx drops a level's
 *   add_header when a location adds its own, so each location repeats them);
 * - hashed files are cached for a year, `immutable`: Astro's `_astro/` and Pagefind's index,
 *   fragments, filters and metadata (`pagefind.<lang>_<hash>.pf_meta`), in the reference index
 *   and in each year bucket of the plans (`pagefind/plans-<years>/`); everything else — HTML,
 *   feeds, the open data, Pagefind's entry and runtime, whose names do not change — briefly;
 * - precompressed copies (`.gz`, and `.br` with the ngx_brotli static module) are served as
 *   they are; an unknown path gets the site's 404 page with status 404;
 * - types nginx's mime.types lacks: Markdown, CSV, NDJSON, gzip (it maps `.wasm` to
 *   application/wasm itself; the serving test checks it).
 */
import { basePathProblem } from '../build/settings.ts';
import { securityHeaders } from '../csp.ts';

export interface NginxOptions {
	/** The folder the site is copied to (its `dist/`; for a base path, the folder above it). */
	root: string;
	/** The `listen` value: a port, or address:port. */
	listen: string;
	serverName: string;
	/** The site's base path (BASE_PATH), "/" or "/sub/path/". */
	base: string;
	/** `brotli_static on`: needs ngx_brotli's static module (Debian: libnginx-mod-http-brotli-static). */
	brotli: boolean;
}

export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** HTML, feeds and data: five minutes, then the browser asks again (ETag). */
export const SHORT = 'public, max-age=300';

export const EXTRA_TYPES: [type: string, extensions: string][] = [
	['text/markdown', 'md'],
	['text/csv', 'csv'],
	['application/x-ndjson', 'ndjson'],
	['application/gzip', 'gz'],
];

const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;
const regexEscape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The headers of one location, indented for it. */
function headerLines(cacheControl: string, indent: string): string[] {
	return [...securityHeaders(), ['Cache-Control', cacheControl] as [string, string]].map(
		([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`,
	);
}

function location(match: string, cacheControl: string, body: string[] = []): string[] {
	return [`\tlocation ${match} {`, ...headerLines(cacheControl, '\t\t'), ...body.map((l) => `\t\t${l}`), '\t}'];
}

/** The base path, checked by the build's own rule (src/lib/build/settings.ts). */
function validateBase(base: string): string {
	const problem = basePathProblem(base);
	if (problem) throw new Error(`base path: ${problem}`);
	return base;
}

export function nginxConfig(options: NginxOptions): string {
	const base = validateBase(options.base);
	const b = regexEscape(base);
	const compression = ['gzip_static on;', ...(options.brotli ? ['brotli_static on;'] : []), 'gzip_vary on;'];
	const lines = [
		'# Generated from src/lib/csp.ts by src/lib/serving/nginx.ts (`npm run nginx-conf`): do not edit by hand.',
		`# The site built with${base === '/' ? 'out BASE_PATH' : ` BASE_PATH=${base}`}; see docs/deploying.md.`,
		...(options.brotli
			? [
					'# brotli_static needs the ngx_brotli static module (Debian: apt-get install libnginx-mod-http-brotli-static);',
					'# without it, generate this file with --no-brotli.',
				]
			: ['# Without brotli_static: gzip copies only.']),
		'server {',
		`\tlisten ${options.listen};`,
		`\tserver_name ${options.serverName};`,
		`\troot ${options.root};`,
		'\tserver_tokens off;',
		'\t# Redirects (/ke-hoach → /ke-hoach/) keep the address the visitor used.',
		'\tabsolute_redirect off;',
		'\tcharset utf-8;',
		'\tcharset_types text/css text/plain text/xml text/markdown text/csv application/javascript application/json application/x-ndjson application/atom+xml;',
		'\tinclude mime.types;',
		'\ttypes {',
		...EXTRA_TYPES.map(([type, ext]) => `\t\t${type} ${ext};`),
		'\t}',
		...compression.map((l) => `\t${l}`),
		`\terror_page 404 ${base}404.html;`,
		'',
		'\t# Hashed names: a changed file gets a new name.',
		...location(`^~ ${base}_astro/`, IMMUTABLE),
		...location(`~ ^${b}pagefind/(?:plans-[0-9-]+/)?(?:index|fragment|filter)/`, IMMUTABLE),
		...location(`~ ^${b}pagefind/(?:plans-[0-9-]+/)?pagefind\\.[^/]+\\.pf_meta$`, IMMUTABLE),
		'',
		'\t# Atom feeds.',
		...location(`~ ^${b}(?:.+/)?feed\\.xml$`, SHORT, ['types { application/atom+xml xml; }']),
		'',
		'\t# Pages, open data, Pagefind’s entry and runtime.',
		...location(base, SHORT, ['try_files $uri $uri/ =404;']),
		...(base === '/' ? [] : ['', '\t# Outside the base path: the site’s 404 page (or the host’s other sites).', ...location('/', SHORT, ['return 404;'])]),
		'}',
		'',
	];
	return lines.join('\n');
}

/** The committed configurations: deploy/<file> → options. */
export const DEPLOY_FILES: Record<string, NginxOptions> = {
	'nginx.conf': { root: '/srv/kho-ke-hoach/dist', listen: '80', serverName: 'nhanquyen.example.org', base: '/', brotli: true },
	'nginx-subpath.conf': { root: '/srv/kho-ke-hoach/www', listen: '80', serverName: 'nhanquyen.example.org', base: '/kho-ke-hoach/', brotli: true },
};
