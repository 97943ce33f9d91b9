/**
 * The visual overviews as a visitor sees them: the year page answers "who has issued a plan,
 * and when do the campaigns run" in its first screen; every chart follows dark mode and prints
 * black on white; at 320 px nothing but the chart itself scrolls sideways; no chart needs
 * JavaScript. Screenshots of each chart in each mode go to test-results/charts/ for review.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/corpus.ts';
import { useBrowser } from './fixture.ts';

const site = useBrowser();
const SHOTS = join(ROOT, 'test-results', 'charts');
mkdirSync(SHOTS, { recursive: true });

const CHARTS: [string, string, string][] = [
	['year map', '/nam/2025/', '.chart-map'],
	['year campaigns', '/nam/2025/', '.chart-timeline'],
	['63-unit map', '/nam/2024/', '.chart-map'],
	['plan campaigns', '/ke-hoach/2025/lang-son/', '.chart-timeline'],
	['timeline page', '/dong-thoi-gian/', '.chart-timeline'],
	['home map', '/', '.chart-map'],
	['provinces map', '/tinh/', '.chart-map'],
	['slogan matrix', '/khau-hieu/', '.slogan-matrix'],
	['task matrix', '/nam/2025/', '.chart-tasks'],
];

/** The chart's paint as the visitor sees it, saved for review. */
async function shot(page: Page, selector: string, name: string): Promise<Buffer> {
	return page
		.locator(selector)
		.first()
		.screenshot({ path: join(SHOTS, `${name}.png`) });
}

describe('the year page at a glance', () => {
	it('shows the whole coverage map and the campaign chart in the first screen (1280 × 900), no script needed', async () => {
		const page = await site.open('/nam/2025/', { javaScript: false });
		const map = (await page.locator('svg.tile-map').boundingBox())!;
		const chart = (await page.locator('svg.tl:visible').boundingBox())!;
		expect(map.y + map.height).toBeLessThanOrEqual(900);
		expect(chart.y + chart.height).toBeLessThanOrEqual(900);
		// Who has a plan: the tiles with one, named in words.
		const has = await page.locator('svg.tile-map a.tile--has title').evaluateAll((els) => els.map((e) => e.textContent));
		expect(has).toEqual(['Lạng Sơn: 1 kế hoạch', 'An Giang: 1 kế hoạch']);
		await expect(page.getByRole('link', { name: 'Hà Nội: chưa có kế hoạch' }).count()).resolves.toBe(1);
		// When the campaigns run: a row per plan, central first, each a link; 10/12 marked.
		const rows = page.locator('svg.tl:visible a.tl-r');
		await expect(rows.count()).resolves.toBe(3);
		await expect(rows.first().getAttribute('href')).resolves.toBe('/ke-hoach/2025/trung-uong/');
		await expect(page.locator('svg.tl:visible .tl-hrl').textContent()).resolves.toBe('10/12');
		// The same facts in words and in a table.
		await expect(page.locator('.chart-timeline .chart-summary').innerText()).resolves.toContain('1 kế hoạch không rõ ngày bắt đầu');
		await page.locator('.chart-timeline details summary').click();
		const table = await page.locator('.chart-timeline table').innerText();
		expect(table).toMatch(/Tỉnh An Giang\s+Không rõ\s+không rõ – 31\/12\/2025/);
	});

	it('a 63-unit year draws the layout in force on its 10/12', async () => {
		const page = await site.open('/nam/2024/');
		await expect(page.locator('svg.tile-map a.tile').count()).resolves.toBe(63);
		await expect(page.locator('svg.tile-map a.tile--has title').evaluateAll((els) => els.map((e) => e.textContent))).resolves.toEqual(['Trà Vinh: 1 kế hoạch']);
	});

	it('the task matrix marks each task and links to its row in the plan', async () => {
		const page = await site.open('/nam/2025/');
		const mark = page.getByRole('link', { name: /^Sở Y tế: nhiệm vụ \d+ trong kế hoạch của Lạng Sơn$/ });
		const target = (await mark.getAttribute('href'))!;
		const plan = await site.open(target);
		await expect(plan.locator(`#${target.split('#')[1]}`).innerText()).resolves.toContain('Sở Y tế');
	});

	it('the slogan matrix links each count to the slogan in that year', async () => {
		const page = await site.open('/khau-hieu/');
		const cell = page.getByRole('link', { name: '3 kế hoạch năm 2025' }).first();
		const target = (await cell.getAttribute('href'))!;
		expect(target).toMatch(/^\/khau-hieu\/nam\/2025\/#kh-/);
		const year = await site.open(target);
		await expect(year.locator(`#${target.split('#')[1]}`).count()).resolves.toBe(1);
	});

	it('the plan page lists the documents it cites, with their numbers', async () => {
		const page = await site.open('/ke-hoach/2025/lang-son/');
		const refs = await page.locator('ul.references').innerText();
		expect(refs).toContain('Kế hoạch số 260/KH-UBND ngày 27/12/2022 của UBND tỉnh Lạng Sơn');
		await expect(page.locator('ul.references a', { hasText: '260/KH-UBND' }).getAttribute('href')).resolves.toMatch(/^\/van-ban\/[^/]+\/$/);
	});
});

describe('each chart in light, dark and print, and at 320 px', () => {
	// One visit per page and mode, every chart of the page looked at in it.
	for (const [path, charts] of Map.groupBy(CHARTS, ([, p]) => p)) {
		it(`${charts.map(([name]) => name).join(', ')} (${path})`, async () => {
			const light = await site.sharedPage();
			await light.goto(site.baseURL + path);
			const dark = await site.open(path, { colorScheme: 'dark' });
			const narrow = await site.open(path, { width: 320 });
			const print = await site.open(path);
			await print.emulateMedia({ media: 'print' });
			// At 320 px the page itself does not scroll sideways; a wide chart scrolls in its own box.
			const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow).toBeLessThanOrEqual(0);
			for (const [name, , selector] of charts) {
				const slug = name.replace(/\W+/g, '-');
				// Dark mode repaints the chart (its colours come from the site's variables).
				const [lightShot, darkShot] = [await shot(light, selector, `${slug}-light`), await shot(dark, selector, `${slug}-dark`)];
				expect(darkShot.equals(lightShot), name).toBe(false);
				await shot(narrow, selector, `${slug}-320`);
				if (path.startsWith('/ke-hoach/')) {
					// A plan prints as the document itself: its panels, the chart among them, are left out.
					await expect(print.locator(selector).first().isVisible()).resolves.toBe(false);
					continue;
				}
				await shot(print, selector, `${slug}-print`);
				// In print the chart is on white and its text is black.
				const ink = await print
					.locator(selector)
					.first()
					.evaluate((el) => {
						const text = el.querySelector('svg text, th, td, figcaption') ?? el;
						return { color: getComputedStyle(text).color, page: getComputedStyle(document.body).backgroundColor };
					});
				expect(ink.color, name).toBe('rgb(0, 0, 0)');
				expect(['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)']).toContain(ink.page);
			}
		});
	}
});
