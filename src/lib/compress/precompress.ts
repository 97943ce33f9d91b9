/**
 * Precompressed copies of the built site's text files, for hosts that serve them as they are
 * (nginx's gzip_static and brotli_static): `page.html.gz` and `page.html.br` beside `page.html`.
 * Deterministic: the same bytes in give the same bytes out (gzip carries no name and no time,
 * Brotli's parameters are fixed), so two builds of the same content stay byte-identical.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Formats worth compressing: pages, styles, scripts, data, feeds, sitemaps, exports, and
 * Pagefind's files (of which only its scripts, styles and entry are text: its index files and
 * WebAssembly are gzip streams, found by their first bytes and left alone).
 */
const EXTENSIONS = new Set([
	'html',
	'css',
	'js',
	'mjs',
	'json',
	'ndjson',
	'xml',
	'csv',
	'md',
	'svg',
	'txt',
	'pagefind',
	'pf_meta',
	'pf_index',
	'pf_fragment',
	'pf_filter',
]);

/** Below this a compressed response saves less than its own headers cost. */
export const MIN_BYTES = 1024;

export const VARIANTS = ['gz', 'br'] as const;
export type Variant = (typeof VARIANTS)[number];

/** Whether a built file (a path relative to the site's root, "/"-separated) gets compressed copies. */
export function isPrecompressible(path: string, size: number): boolean {
	const ext = /\.([a-z0-9_]+)$/i.exec(path)?.[1]?.toLowerCase();
	return size > MIN_BYTES && ext !== undefined && EXTENSIONS.has(ext);
}

/** Pagefind's index files are gzip streams already (its worker inflates them): compressing them again gains nothing. */
export function isGzipStream(bytes: Uint8Array): boolean {
	return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Whether a built file is itself a compressed copy (so it is never compressed again). */
export const isVariant = (path: string) => /\.(gz|br)$/.test(path);

export function gzip(bytes: Uint8Array): Buffer {
	return gzipSync(bytes, { level: 9, memLevel: 9 });
}

/**
 * Brotli at quality 8: on the built site's 2.9 MB of text, 10 % smaller than gzip -9 and as
 * fast; quality 10 saves another 6 % at 15–30 times the time, quality 9 was slower still for
 * nothing (figures in docs/deploying.md).
 */
export function brotli(bytes: Uint8Array): Buffer {
	return brotliCompressSync(bytes, {
		params: {
			[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
			[constants.BROTLI_PARAM_QUALITY]: 8,
			[constants.BROTLI_PARAM_LGWIN]: 22,
			[constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
		},
	});
}

/**
 * The compressed copies of one file that are worth keeping: each only when it is smaller than
 * the file itself (a host serves the copy whenever it exists). None for an already compressed
 * file; none of the kinds in `skip` (a copy that already exists).
 */
export function compressedVariants(bytes: Uint8Array, { skip = [] as readonly Variant[] } = {}): Partial<Record<Variant, Buffer>> {
	if (isGzipStream(bytes)) return {};
	const out: Partial<Record<Variant, Buffer>> = {};
	const gz = skip.includes('gz') ? undefined : gzip(bytes);
	if (gz && gz.length < bytes.length) out.gz = gz;
	const br = skip.includes('br') ? undefined : brotli(bytes);
	if (br && br.length < bytes.length) out.br = br;
	return out;
}
