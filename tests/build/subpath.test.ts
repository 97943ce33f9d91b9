/** The site built under a sub-path (BASE_PATH=/kho-ke-hoach/): links resolve and search works. */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser/chromium.ts';
import { buildCopy } from '../support/build-copy.ts';
import { checkLinks, unsafeMarkup } from '../support/site.ts';

const BASE = '/kho-ke-hoach/';
let dist: string;
let server: Server;
let origin: string;

beforeAll(async () => {
	dist = buildCopy({ env: { BASE_PATH: BASE } });
	const serve = sirv(dist, { extensions: ['html'] });
	server = createServer((req, res) => {
		// Only the sub-path exists on this host.
		if (!req.url?.startsWith(BASE)) return res.writeHead(404).end();
		req.url = req.url.slice(BASE.length - 1);
		serve(req, res, () => res.writeHead(404).end());
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}, 180_000);

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

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
