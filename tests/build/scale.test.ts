/**
 * A generated corpus of a few hundred plans (several list pages' worth), built like the real one:
 * lists that grow with the corpus are cut into pages, and a search on a cold page stays within a
 * byte budget that grows with the corpus towards 1 MB a query at 10,000 plans (the search target;
 * the benchmark measures it there): the Pagefind runtime, FIXED_BYTES for the index chunks and
 * result fragments any search loads, and the corpus's share of the rest.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser/chromium.ts';
import { listFiles } from '../../src/lib/files.ts';
import { PAGE_SIZE } from '../../src/lib/pagination.ts';
import { buildCopy, buildEnv } from '../support/build-copy.ts';
import { ROOT } from '../support/corpus.ts';
import { serveSite, type ServedSite } from '../support/serve.ts';

// Enough plans that each list the test pages (a convention's, a slogan's, an agency's) holds
// over PAGE_SIZE: a synthetic plan cites two to five of the eight conventions, and at 360 plans the
// busiest slogan is used by about 117 (at 300 none reached 100).
const PLANS = 360;
const TARGET_PLANS = 10_000;
const TARGET_BYTES = 1024 ** 2;
const FIXED_BYTES = 100 * 1024;
let dist: string;
let site: ServedSite;

beforeAll(async () => {
	const corpus = mkdtempSync(join(tmpdir(), 'kho-scale-'));
	execFileSync(process.execPath, [join(ROOT, 'src/cli/corpus-gen.ts'), '--plans', String(PLANS), '--out', corpus], { env: buildEnv({}), stdio: 'pipe' });
	dist = buildCopy({ env: { CONTENT_ROOT: corpus } });
	site = await serveSite(dist);
}, 300_000);
afterAll(() => site?.close());

const html = (path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));

describe(`a corpus of ${PLANS} plans`, () => {
	it('cuts the plan list and the lists of a convention, a slogan and an agency into pages of PAGE_SIZE', () => {
		const pages = ['ke-hoach/', 'ke-hoach/trang-2/', 'ke-hoach/trang-3/'];
		const rows = pages.map((p) => html(p).querySelectorAll('#plan-table tbody tr').length);
		expect(rows.every((n) => n > 0 && n <= PAGE_SIZE)).toBe(true);
		expect(rows.slice(0, 2)).toEqual([PAGE_SIZE, PAGE_SIZE]);
		const second = html('ke-hoach/trang-2/');
		expect(second.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/ke-hoach/');
		expect(second.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/ke-hoach/trang-3/');
		for (const list of ['cong-uoc/', 'khau-hieu/', 'co-quan/']) {
			const paged = listFiles(join(dist, list)).filter((f) => /trang-2\/index\.html$/.test(f));
			expect(paged.length, list).toBeGreaterThan(0);
		}
	});

	it('keeps every HTML page under 1 MB, the largest well under it', () => {
		const sizes = listFiles(dist)
			.filter((f) => f.endsWith('.html'))
			.map((f) => ({ path: relative(dist, f), bytes: statSync(f).size }));
		const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
		expect(largest.bytes, largest.path).toBeLessThan(TARGET_BYTES / 2);
	});

	it('a search on a cold page fetches bytes within a budget that grows to 1 MB at 10,000 plans', async () => {
		const browser = await launchChromium();
		try {
			// The Pagefind runtime (script, worker, WebAssembly, entry) does not grow with the corpus.
			const runtime = ['pagefind.js', 'pagefind-worker.js', 'wasm.unknown.pagefind', 'pagefind-entry.json'].reduce(
				(s, f) => s + statSync(join(dist, 'pagefind', f)).size,
				0,
			);
			const bound = runtime + FIXED_BYTES + ((TARGET_BYTES - runtime - FIXED_BYTES) * PLANS) / TARGET_PLANS;
			for (const q of ['nhan quyen', 'dau tranh', '705/KH-BCĐNQ']) {
				const context = await browser.newContext();
				const page = await context.newPage();
				let bytes = 0;
				const pending: Promise<void>[] = [];
				context.on('requestfinished', (r) => {
					if (r.url().includes('/pagefind/')) pending.push(r.sizes().then((s) => void (bytes += s.responseBodySize)));
				});
				await page.goto(`${site.origin}/tim-kiem/?q=${encodeURIComponent(q)}`);
				await page.waitForSelector('.result');
				await page.waitForLoadState('networkidle');
				await Promise.all(pending);
				await context.close();
				expect(bytes, `${q}: ${bytes} bytes, bound ${Math.round(bound)}`).toBeLessThanOrEqual(bound);
			}
		} finally {
			await browser.close();
		}
	});
});
