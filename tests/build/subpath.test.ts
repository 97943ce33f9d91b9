/** The site built under a sub-path (BASE_PATH=/kho-ke-hoach/): links resolve and search works. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser/chromium.ts';
import { buildCopy } from '../support/build-copy.ts';
import { serveSite, type ServedSite } from '../support/serve.ts';
import { checkLinks, unsafeMarkup } from '../support/site.ts';

const BASE = '/kho-ke-hoach/';
let dist: string;
let site: ServedSite;
let origin: string;

beforeAll(async () => {
	dist = buildCopy({ env: { BASE_PATH: BASE } });
	site = await serveSite(dist, { base: BASE });
	origin = site.origin;
}, 180_000);

afterAll(() => site.close());

describe(`hosted under ${BASE}`, () => {
	it('every internal link stays under the sub-path and resolves', () => {
		const report = checkLinks(dist, BASE);
		expect(report.checked).toBeGreaterThan(1000);
		expect(report.broken).toEqual([]);
		expect(unsafeMarkup(dist, BASE)).toEqual([]);
		expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain(`href="${BASE}ke-hoach/"`);
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
