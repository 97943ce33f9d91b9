/**
 * `npm run bench:search`: for a few queries on a fresh page (empty cache), the bytes the
 * search transfers from /pagefind/ and the time from navigation start to the results shown.
 * Serves dist/ (run `npm run build` first) and drives the system Chromium.
 */
import { join } from 'node:path';
import { launchChromium } from '../browser/chromium.ts';
import { serveSite } from '../support/serve.ts';

const QUERIES = ['dau tranh', '705/KH-BCĐNQ', 'lang son', 'Công ước chống tra tấn', 'quyen con nguoi'];
const RUNS = 3;

const site = await serveSite(join(import.meta.dirname, '../../dist'));
const browser = await launchChromium();

console.log('| query | bytes from /pagefind/ (files) | time to first result, median of 3 (ms) |');
console.log('|---|---|---|');
for (const q of QUERIES) {
	const times: number[] = [];
	let bytes = 0;
	let files = 0;
	for (let run = 0; run < RUNS; run++) {
		const context = await browser.newContext();
		const page = await context.newPage();
		let total = 0;
		let count = 0;
		const pending: Promise<void>[] = [];
		context.on('requestfinished', (request) => {
			if (!request.url().includes('/pagefind/')) return;
			pending.push(
				request.sizes().then((s) => {
					total += s.responseBodySize + s.responseHeadersSize;
					count++;
				}),
			);
		});
		await page.goto(`${site.origin}/tim-kiem/?q=${encodeURIComponent(q)}`);
		await page.waitForSelector('.result');
		// From navigation start to the results being in the page (a mark the search script sets).
		times.push(await page.evaluate(() => Math.round(performance.getEntriesByName('search:results-shown')[0].startTime)));
		await page.waitForLoadState('networkidle');
		await Promise.all(pending);
		bytes = total;
		files = count;
		await context.close();
	}
	times.sort((a, b) => a - b);
	console.log(`| ${q} | ${bytes.toLocaleString('en')} (${files}) | ${times[Math.floor(RUNS / 2)]} |`);
}
await browser.close();
await site.close();
