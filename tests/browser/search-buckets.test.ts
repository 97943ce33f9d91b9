/**
 * The split index on the real corpus, cut into one bucket a year (SEARCH_BUCKET_PLANS=1,1): the
 * newest plans are shown first and the older ones stream in; the sorts and the year range read
 * the buckets in order; a filter still finds plans in every bucket.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite, type ServedSite } from '../support/serve.ts';
import { launchChromium } from './chromium.ts';
import type { SearchManifest } from '../../src/lib/search/partition.ts';

const ROOT = join(import.meta.dirname, '../..');
let dir: string;
let site: ServedSite;
let browser: Browser;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'search-buckets-'));
	cpSync(join(ROOT, 'dist'), dir, { recursive: true });
	rmSync(join(dir, 'pagefind'), { recursive: true, force: true });
	const run = spawnSync(process.execPath, [join(ROOT, 'src/cli/build-search-index.ts'), dir], {
		env: { ...process.env, SEARCH_BUCKET_PLANS: '1,1' },
		encoding: 'utf8',
	});
	if (run.status !== 0) throw new Error(`indexing failed: ${run.stderr}`);
	site = await serveSite(dir);
	browser = await launchChromium();
}, 120_000);

afterAll(async () => {
	await browser?.close();
	await site?.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

const yearOf = (meta: string) => Number(meta.match(/\b(20\d\d)\b/)?.[1]);

/** Opens a search and waits until every bucket is in (the status no longer says it is still looking). */
async function open(params: Record<string, string>): Promise<Page> {
	const page = await browser.newPage();
	await page.goto(`${site.origin}/tim-kiem/?${new URLSearchParams(params)}`);
	await page.waitForSelector('[data-search-app][data-ready]', { timeout: 60_000 });
	return page;
}
const shown = (page: Page) =>
	page
		.locator('.result')
		.evaluateAll((lis) =>
			lis.map((li) => [li.querySelector('h2 a')!.getAttribute('href')!.replace(/#.*$/, ''), li.querySelector('.result-meta')!.textContent ?? '']),
		);

async function showAll(page: Page) {
	while (await page.locator('[data-search-more]').isVisible()) {
		const before = await page.locator('.result').count();
		await page.click('[data-search-more]');
		await page.waitForFunction((n) => document.querySelectorAll('.result').length > n, before);
	}
}

describe('the split index', () => {
	it('writes one bucket a year, newest first', () => {
		const manifest = JSON.parse(readFileSync(join(dir, 'pagefind/buckets.json'), 'utf8')) as SearchManifest;
		expect(manifest.buckets.map((b: { years: number[] }) => b.years)).toEqual([[2025], [2024], [2023]]);
	});

	it('shows the newest plans first and streams the older ones in, each page once', async () => {
		const page = await open({ q: 'nhan quyen' });
		const status = await page.locator('[data-search-status]').innerText();
		expect(status).not.toContain('Đang tìm thêm');
		const total = Number(status.match(/Tìm thấy (\d+) kết quả/)?.[1]);
		const first = await shown(page);
		expect(first.length).toBe(5);
		// Five plans: the first bucket's three were not shown before older plans could come.
		for (const [href] of first) expect(href).toMatch(/^\/ke-hoach\//);
		await showAll(page);
		const all = await shown(page);
		expect(all.length).toBe(total);
		expect(new Set(all.map(([href]) => href)).size).toBe(total);
		const plans = all.filter(([href]) => href.startsWith('/ke-hoach/'));
		expect(plans.map(([href]) => href).sort()).toEqual(
			['/ke-hoach/2023/bac-giang/', '/ke-hoach/2024/tra-vinh/', '/ke-hoach/2025/an-giang/', '/ke-hoach/2025/lang-son/', '/ke-hoach/2025/trung-uong/'].sort(),
		);
		// Plans before the reference pages.
		const lastPlan = all.findLastIndex(([href]) => href.startsWith('/ke-hoach/'));
		expect(all.slice(0, lastPlan + 1).every(([href]) => href.startsWith('/ke-hoach/'))).toBe(true);
		await page.close();
	});

	it('sorts oldest first across buckets, and a year range reads only its years', async () => {
		const oldest = await open({ q: 'quyền con người', sap_xep: 'cu-nhat' });
		await showAll(oldest);
		const years = (await shown(oldest)).map(([, meta]) => yearOf(meta));
		expect(years).toEqual([2023, 2024, 2025, 2025, 2025]);
		await oldest.close();
		const range = await open({ q: 'quyền con người', tu_nam: '2023', den_nam: '2024', loai: 'ke-hoach' });
		await showAll(range);
		expect((await shown(range)).map(([href]) => href).sort()).toEqual(['/ke-hoach/2023/bac-giang/', '/ke-hoach/2024/tra-vinh/']);
		await range.close();
	});

	it('a filter searches every bucket', async () => {
		const page = await open({ q: 'bang ron', tinh: 'vinh-long' });
		expect((await shown(page)).map(([href]) => href)).toContain('/ke-hoach/2024/tra-vinh/');
		await page.close();
	});
});
