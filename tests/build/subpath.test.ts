/**
 * The site built for publication under a sub-path (SITE_URL and BASE_PATH=/kho-ke-hoach/): links
 * resolve, search works, and every public address names the real site.
 */
import { existsSync, readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseHtml } from 'node-html-parser';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser/chromium.ts';
import { buildCopy } from '../support/build-copy.ts';
import { serveSite, type ServedSite } from '../support/serve.ts';
import { checkLinks, unsafeMarkup } from '../support/site.ts';
import { apiPlanDetail } from '../../src/schemas/api.ts';

const BASE = '/kho-ke-hoach/';
const SITE_URL = 'https://nhanquyen.test';
const SITE_OPERATOR = 'Văn phòng Thử nghiệm; số 1 phố Thử, Hà Nội';
let dist: string;
let site: ServedSite;
let origin: string;

beforeAll(async () => {
	dist = buildCopy({ env: { BASE_PATH: BASE, SITE_URL, SITE_OPERATOR } });
	site = await serveSite(dist, { base: BASE });
	origin = site.origin;
}, 180_000);

afterAll(() => site.close());

describe(`hosted under ${BASE}`, () => {
	it('says who runs the site, with its address, on the about page', () => {
		const about = parseHtml(readFileSync(join(dist, 'gioi-thieu/index.html'), 'utf8'));
		expect(about.querySelector('#don-vi-van-hanh + p')?.text.replace(/\s+/g, ' ').trim()).toBe(
			'Trang do Văn phòng Thử nghiệm vận hành; địa chỉ: số 1 phố Thử, Hà Nội.',
		);
	});

	it('every internal link stays under the sub-path and resolves', () => {
		const report = checkLinks(dist, BASE);
		expect(report.checked).toBeGreaterThan(1000);
		expect(report.broken).toEqual([]);
		expect(unsafeMarkup(dist, BASE)).toEqual([]);
		expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain(`href="${BASE}ke-hoach/"`);
	});

	it('names the real site in canonical links, citations, the sitemap, robots, feeds and open data', () => {
		const page = parseHtml(readFileSync(join(dist, 'ke-hoach/2025/lang-son/index.html'), 'utf8'));
		expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE_URL}${BASE}ke-hoach/2025/lang-son/`);
		expect(page.querySelector('#trich-dan + p')?.text).toMatch(new RegExp(`\\. ${SITE_URL}${BASE}ke-hoach/2025/lang-son/$`));
		expect(page.querySelector('#trich-dan + p')?.getAttribute('data-site-path')).toBeUndefined();
		const xml = new XMLParser();
		/** A sitemap's list: one element when there is one entry, else an array. */
		type Locs = { loc: string } | { loc: string }[];
		const sitemap = xml.parse(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')) as { sitemapindex: { sitemap: Locs } };
		const maps = [sitemap.sitemapindex.sitemap].flat().map((s) => s.loc);
		expect(maps.every((m) => m.startsWith(`${SITE_URL}${BASE}`))).toBe(true);
		const locs = maps.flatMap((m) =>
			[(xml.parse(readFileSync(join(dist, m.slice(`${SITE_URL}${BASE}`.length)), 'utf8')) as { urlset: { url: Locs } }).urlset.url].flat().map((u) => u.loc),
		);
		expect(locs).toContain(`${SITE_URL}${BASE}ke-hoach/2025/lang-son/`);
		expect(locs.some((l) => l.endsWith('/404/'))).toBe(false);
		expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE_URL}${BASE}sitemap-index.xml`);
		expect(readFileSync(join(dist, 'feed.xml'), 'utf8')).toContain(`<id>${SITE_URL}${BASE}ke-hoach/2025/lang-son/</id>`);
		const api = apiPlanDetail.parse(JSON.parse(readFileSync(join(dist, 'api/plans/2025-lang-son.json'), 'utf8')));
		expect(api.url).toBe(`${SITE_URL}${BASE}ke-hoach/2025/lang-son/`);
		expect(existsSync(join(dist, 'sitemap-0.xml'))).toBe(true);
	});

	it('search loads its index from the sub-path and links results under it', async () => {
		const browser = await launchChromium();
		try {
			const page = await browser.newPage();
			const failed: string[] = [];
			page.on('response', (r) => {
				if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
			});
			await page.goto(`${origin}${BASE}tim-kiem/?q=lang%20son`);
			await page.waitForSelector('.result');
			const links = await page.locator('.result h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			const plan = links.find((l) => l?.split('#')[0] === `${BASE}ke-hoach/2025/lang-son/`);
			expect(plan, links.join(', ')).toBeDefined();
			expect(links.every((l) => l?.startsWith(BASE))).toBe(true);
			await page.click(`.result h2 a[href="${plan}"]`);
			await page.waitForURL(`${origin}${plan}`);
			expect(failed).toEqual([]);
		} finally {
			await browser.close();
		}
	});
});
