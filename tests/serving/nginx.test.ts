/**
 * The built site (dist/, built by `npm test` first) served by the system nginx with the
 * project's own configuration (deploy/nginx.conf's generator, src/lib/serving/nginx.ts), as in
 * production: headers, types, caching, precompressed bodies, the 404 page, the base-path
 * variant, and a search in Chromium.
 */
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '../../src/lib/csp.ts';
import { DEPLOY_FILES, IMMUTABLE, nginxConfig, SHORT } from '../../src/lib/serving/nginx.ts';
import { apiYear, apiIndex } from '../../src/schemas/api.ts';
import { launchChromium } from '../browser/chromium.ts';
import { ROOT } from '../support/corpus.ts';
import { checkConfig, serveWithNginx, type ServedByNginx } from '../support/nginx.ts';

const DIST = join(ROOT, 'dist');
const BASE = '/kho-ke-hoach/';

interface Reply {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

/** A raw GET: the body exactly as sent (no decompression). */
function get(url: string, headers: Record<string, string> = {}): Promise<Reply> {
	return new Promise((resolve, reject) => {
		request(url, { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
		})
			.on('error', reject)
			.end();
	});
}

/** The site path of an open-data link (a full URL when built with SITE_URL). */
const pathOf = (url: string) => new URL(url, 'http://site').pathname;

let served: ServedByNginx;
let origin: string;
let subOrigin: string;
let site: string;
/** A plan of the corpus, from the open data: its page and its number. */
let plan: { url: string; number: string };
/** A stylesheet the plan page links, a Pagefind fragment and its metadata. */
let asset: string;
let fragment: string;
let meta: string;
/** The same for the plans' newest year bucket of the search index (pagefind/plans-<years>/). */
let bucketFiles: string[];

beforeAll(async () => {
	if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does it for you).');
	// A copy, readable by nginx's workers, and the same site under a base path (for its configuration's checks).
	site = mkdtempSync(join(tmpdir(), 'kho-served-'));
	chmodSync(site, 0o755);
	cpSync(DIST, join(site, 'dist'), { recursive: true });
	// Pagefind 1.6 ships its WebAssembly gzipped behind a 12-byte signature ("pagefind_dcd") as
	// wasm.<lang>.pagefind; the module itself as a plain .wasm beside it checks the type mapping.
	const unpacked = gunzipSync(readFileSync(join(DIST, 'pagefind', 'wasm.unknown.pagefind')));
	expect(unpacked.subarray(0, 12).toString('latin1')).toBe('pagefind_dcd');
	writeFileSync(join(site, 'dist', 'pagefind', 'pagefind_web_bg.wasm'), unpacked.subarray(12));
	symlinkSync(join(site, 'dist'), join(site, BASE.slice(1, -1)));
	served = await serveWithNginx([
		{ root: join(site, 'dist'), base: '/' },
		{ root: site, base: BASE },
	]);
	[origin, subOrigin] = served.origins;

	const index = apiIndex.parse(JSON.parse(readFileSync(join(DIST, 'api', 'index.json'), 'utf8')));
	const year = apiYear.parse(JSON.parse(readFileSync(join(DIST, pathOf(index.years[0].url)), 'utf8')));
	const numbered = year.plans.find((p) => p.number)!;
	plan = { url: pathOf(numbered.url), number: numbered.number! };
	const page = parse(readFileSync(join(DIST, plan.url, 'index.html'), 'utf8'));
	asset = page.querySelector('link[rel="stylesheet"]')!.getAttribute('href')!;
	fragment = `/pagefind/fragment/${readdirSync(join(DIST, 'pagefind', 'fragment'))[0]}`;
	meta = `/pagefind/${readdirSync(join(DIST, 'pagefind')).find((f) => f.endsWith('.pf_meta'))}`;
	const bucket = readdirSync(join(DIST, 'pagefind')).find((f) => f.startsWith('plans-'))!;
	bucketFiles = [
		`/pagefind/${bucket}/fragment/${readdirSync(join(DIST, 'pagefind', bucket, 'fragment'))[0]}`,
		`/pagefind/${bucket}/${readdirSync(join(DIST, 'pagefind', bucket)).find((f) => f.endsWith('.pf_meta'))}`,
	];
}, 60_000);

afterAll(async () => {
	await served?.close();
	if (site) rmSync(site, { recursive: true, force: true });
});

/** Every security header, exactly, and the expected caching. */
function expectHeaders(reply: Reply, cacheControl: string) {
	for (const [name, value] of securityHeaders()) expect(reply.headers[name.toLowerCase()], name).toBe(value);
	expect(reply.headers['cache-control']).toBe(cacheControl);
}

const directives = (policy: string) => new Map(policy.split(/;\s*/).map((d) => [d.split(' ')[0], d] as const));

describe('nginx with deploy/nginx.conf', () => {
	it('the committed configurations pass `nginx -t`; without the Brotli module, their --no-brotli form', () => {
		for (const [file, options] of Object.entries(DEPLOY_FILES)) {
			const committed = checkConfig(readFileSync(join(ROOT, 'deploy', file), 'utf8'));
			expect(committed.ok, committed.output).toBe(true);
			const withoutModule = checkConfig(nginxConfig({ ...options, brotli: false }), { brotli: false });
			expect(withoutModule.ok, withoutModule.output).toBe(true);
			const unknown = checkConfig(nginxConfig(options), { brotli: false });
			expect(unknown.output).toMatch(/unknown directive "brotli_static"/);
		}
	});

	it('a plan page: HTML, short cache, every security header, the policy its <meta> carries', async () => {
		const reply = await get(origin + plan.url);
		expect(reply.status).toBe(200);
		expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
		expectHeaders(reply, SHORT);
		const metaPolicy = parse(reply.body.toString('utf8'))
			.querySelectorAll('meta')
			.find((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy')!
			.getAttribute('content')!;
		const header = directives(String(reply.headers['content-security-policy']));
		const inPage = directives(metaPolicy);
		// The header is the page's policy plus what only a header can carry (frame-ancestors).
		expect([...header].filter(([name]) => name !== 'frame-ancestors')).toEqual([...inPage]);
		expect(header.get('frame-ancestors')).toBe("frame-ancestors 'none'");
		expect(reply.headers['content-security-policy']).toBe(contentSecurityPolicy());
	});

	it('a page address without its slash redirects to the same host', async () => {
		const reply = await get(origin + plan.url.replace(/\/$/, ''));
		expect(reply.status).toBe(301);
		expect(reply.headers.location).toBe(plan.url);
	});

	it('hashed assets and Pagefind’s hashed files are cached for a year, its runtime briefly', async () => {
		const css = await get(origin + asset);
		expect(css.status).toBe(200);
		expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
		expectHeaders(css, IMMUTABLE);
		for (const path of [fragment, meta, ...bucketFiles]) {
			const reply = await get(origin + path);
			expect(reply.status, path).toBe(200);
			expectHeaders(reply, IMMUTABLE);
			expect(reply.body.equals(readFileSync(join(DIST, path))), path).toBe(true);
		}
		for (const path of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']) {
			const reply = await get(origin + path);
			expect(reply.status, path).toBe(200);
			expectHeaders(reply, SHORT);
		}
	});

	it('WebAssembly: Pagefind’s gzipped file byte for byte, a .wasm as application/wasm', async () => {
		const packed = await get(`${origin}/pagefind/wasm.unknown.pagefind`, { 'Accept-Encoding': 'gzip, br' });
		expect(packed.status).toBe(200);
		expect(packed.headers['content-encoding']).toBeUndefined();
		expect(packed.body.equals(readFileSync(join(DIST, 'pagefind', 'wasm.unknown.pagefind')))).toBe(true);
		const wasm = await get(`${origin}/pagefind/pagefind_web_bg.wasm`);
		expect(wasm.headers['content-type']).toBe('application/wasm');
		expect(WebAssembly.validate(new Uint8Array(wasm.body))).toBe(true);
		expectHeaders(wasm, SHORT);
	});

	it('feeds: Atom, short cache', async () => {
		const reply = await get(`${origin}/feed.xml`);
		expect(reply.status).toBe(200);
		expect(reply.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
		expectHeaders(reply, SHORT);
		expect(reply.body.toString('utf8')).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
	});

	it('the bulk download: NDJSON, or its gzip copy as a file (no Content-Encoding), as /api/index.json describes it', async () => {
		const index = apiIndex.parse(JSON.parse(readFileSync(join(DIST, 'api', 'index.json'), 'utf8')));
		for (const d of index.downloads) {
			const reply = await get(origin + pathOf(d.url), { 'Accept-Encoding': 'identity' });
			expect(reply.status, d.name).toBe(200);
			expect(reply.headers['content-type'], d.name).toBe(d.compression ? 'application/gzip' : 'application/x-ndjson; charset=utf-8');
			expect(reply.headers['content-encoding'], d.name).toBeUndefined();
			expect(reply.body.length, d.name).toBe(d.bytes);
			expect(createHash('sha256').update(reply.body).digest('hex'), d.name).toBe(d.sha256);
			expectHeaders(reply, SHORT);
		}
	});

	it('an unknown path: status 404 with the site’s own page and its headers, anywhere', async () => {
		const page = readFileSync(join(DIST, '404.html'));
		for (const path of ['/khong-co-trang-nay/', '/_astro/khong-co.js', '/pagefind/fragment/khong-co.pf_fragment', '/feed.xml/x']) {
			const reply = await get(origin + path);
			expect(reply.status, path).toBe(404);
			expect(reply.headers['content-type'], path).toBe('text/html; charset=utf-8');
			expect(reply.body.equals(page), path).toBe(true);
			expectHeaders(reply, SHORT);
		}
	});

	it('Accept-Encoding br or gzip gets the precompressed file, anything else the file itself', async () => {
		for (const path of [plan.url, asset, '/api/index.json', '/pagefind/pagefind.js', '/feed.xml']) {
			const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
			for (const [accept, encoding] of [
				['br', 'br'],
				['gzip, deflate, br', 'br'],
				['gzip', 'gzip'],
				['identity', undefined],
			] as const) {
				const reply = await get(origin + path, { 'Accept-Encoding': accept });
				expect(reply.headers['content-encoding'], `${path} ${accept}`).toBe(encoding);
				const expected = readFileSync(encoding === 'br' ? `${file}.br` : encoding === 'gzip' ? `${file}.gz` : file);
				expect(reply.body.equals(expected), `${path} ${accept}`).toBe(true);
				expect(reply.headers.vary, `${path} ${accept}`).toBe('Accept-Encoding');
			}
		}
	});

	it('under a base path: the site under it, the site’s 404 page outside it', async () => {
		const page = await get(subOrigin + BASE.slice(0, -1) + plan.url, { 'Accept-Encoding': 'gzip' });
		expect(page.status).toBe(200);
		expect(page.headers['content-encoding']).toBe('gzip');
		expectHeaders(page, SHORT);
		const css = await get(subOrigin + BASE.slice(0, -1) + asset);
		expectHeaders(css, IMMUTABLE);
		for (const path of [plan.url, '/', '/kho-ke-hoach-khac/']) {
			const reply = await get(subOrigin + path);
			expect(reply.status, path).toBe(404);
			expect(reply.body.equals(readFileSync(join(DIST, '404.html'))), path).toBe(true);
			expectHeaders(reply, SHORT);
		}
	});

	it('a search in Chromium through nginx finds a plan by its number, with no CSP violation', async () => {
		const browser = await launchChromium();
		try {
			const page = await browser.newPage();
			const problems: string[] = [];
			page.on('console', (m) => {
				if (/Content.Security.Policy|Refused to/i.test(m.text())) problems.push(m.text());
			});
			page.on('pageerror', (e) => problems.push(e.message));
			const encodings = new Map<string, string | undefined>();
			page.on('response', (r) => encodings.set(new URL(r.url()).pathname, r.headers()['content-encoding']));
			await page.goto(`${origin}/tim-kiem/?${new URLSearchParams({ q: plan.number })}`);
			await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search-app]')?.dataset.query === q, plan.number);
			const links = await page.locator('.result h2 a').evaluateAll((as) => as.map((a) => (a.getAttribute('href') ?? '').replace(/#.*$/, '')));
			expect(links).toContain(plan.url);
			expect(problems).toEqual([]);
			// The precompressed page and script were sent (Brotli: Chromium asks for it from a loopback address).
			expect(encodings.get('/tim-kiem/')).toMatch(/^(br|gzip)$/);
			expect(encodings.get('/pagefind/pagefind.js')).toMatch(/^(br|gzip)$/);
			const result = await page.request.get(origin + links[0]);
			expect(result.status()).toBe(200);
		} finally {
			await browser.close();
		}
	});
});
