/**
 * Search that answers: plans first, results that land on the section holding the words, the
 * keyboard path from the box to the first result, links when nothing is found, sort and year
 * range kept in the URL. On the real corpus.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './fixture.ts';

const site = useBrowser();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const ready = (page: Page) => page.waitForSelector('[data-search-app][data-ready]');
const settled = (page: Page, q: string) => page.waitForFunction((want) => document.querySelector<HTMLElement>('[data-search-app]')?.dataset.query === want, q);
/** Waits until the results shown are those of the URL's search (query, filters, sort). */
const shownForUrl = (page: Page) => page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-app]')?.dataset.shown === location.search);

async function search(query: string, params: Record<string, string> = {}): Promise<Page> {
	const page = await site.sharedPage();
	await page.goto(`${site.baseURL}/tim-kiem/?${new URLSearchParams({ q: query, ...params })}`);
	await ready(page);
	await settled(page, query);
	return page;
}

interface Shown {
	href: string;
	meta: string;
	marks: string[];
	others: string[];
}
const results = (page: Page): Promise<Shown[]> =>
	page.locator('.result').evaluateAll((lis) =>
		lis.map((li) => ({
			href: li.querySelector('h2 a')!.getAttribute('href')!,
			meta: li.querySelector('.result-meta')!.textContent ?? '',
			marks: [...li.querySelectorAll('.result-excerpt mark')].map((m) => m.textContent ?? ''),
			others: [...li.querySelectorAll('.result-more a')].map((a) => a.getAttribute('href')!),
		})),
	);
const path = (href: string) => href.replace(/#.*$/, '');
const anchor = (href: string) => href.match(/#([^:]*)/)?.[1] ?? '';
const fold = (s: string) =>
	s
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/g, 'd');

/**
 * The text of the section an anchor names, read from the destination page's structure: a
 * heading's section runs to the next heading of the same or a higher level; any other element is
 * its own text. The top of the page (no anchor) is the title and the facts.
 */
async function sectionText(page: Page, url: string, id: string): Promise<string> {
	return page.evaluate(
		async ([url, id]) => {
			const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
			if (!id) return `${doc.querySelector('h1')?.textContent} ${doc.querySelector('.meta')?.textContent}`;
			const start = doc.getElementById(id);
			if (!start) return '';
			if (!/^H[1-6]$/.test(start.tagName)) return start.textContent ?? '';
			const level = Number(start.tagName[1]);
			let text = start.textContent ?? '';
			for (let el = start.nextElementSibling; el; el = el.nextElementSibling) {
				if (/^H[1-6]$/.test(el.tagName) && Number(el.tagName[1]) <= level) break;
				text += ` ${el.textContent}`;
			}
			return text;
		},
		[url, id],
	);
}

describe('search answers', () => {
	it('"nhan quyen" shows plans first, not the agencies and slogans that carry the words in their names', async () => {
		const page = await search('nhan quyen');
		const shown = await results(page);
		expect(shown.length).toBe(5);
		for (const r of shown) expect(r.href, r.meta).toMatch(/^\/ke-hoach\//);
		// Newer years first when nothing else tells the plans apart.
		const years = shown.map((r) => Number(r.meta.match(/\b(20\d\d)\b/)?.[1]));
		expect(years[0]).toBe(Math.max(...years));
	});

	it('"Cong an tinh" lands Lạng Sơn on its task III.2 and An Giang on "a) Công an tỉnh", words marked', async () => {
		const page = await search('Cong an tinh');
		const shown = await results(page);
		const langSon = shown.find((r) => path(r.href) === '/ke-hoach/2025/lang-son/');
		const anGiang = shown.find((r) => path(r.href) === '/ke-hoach/2025/an-giang/');
		expect(langSon && anGiang, shown.map((r) => r.href).join(', ')).toBeTruthy();
		for (const [r, heading] of [
			[langSon!, '2. Công an tỉnh'],
			[anGiang!, 'a) Công an tỉnh'],
		] as const) {
			const text = await sectionText(page, path(r.href), anchor(r.href));
			expect(text.trim().startsWith(heading), text.slice(0, 80)).toBe(true);
			expect(r.meta).toContain(`mục: ${heading}`);
			expect(r.marks.map(fold)).toEqual(expect.arrayContaining(['cong', 'an', 'tinh']));
			expect(r.href).toContain(':~:text=');
		}
	});

	it('offers no section without a hit, and never the generic "Toàn văn"', async () => {
		for (const q of ['Cong an tinh', 'tra tan', 'CEDAW', 'So Tu phap']) {
			const page = await search(q);
			const terms = fold(q).split(' ');
			// No section is offered under the name of the heading that frames the whole text.
			await expect(page.locator('.result-meta, .result-more').allInnerTexts()).resolves.not.toContainEqual(
				expect.stringMatching(/mục: Toàn văn|Toàn văn( ·|$)/),
			);
			for (const r of await results(page)) {
				// A page Pagefind matched only by the beginning of a word ("CEĐAW", the đ variant of
				// "CEDAW") has no hit to land on: it links to the page, marks nothing, offers no section.
				if (r.marks.length === 0) {
					expect(anchor(r.href), r.href).toBe('');
					expect(r.others, r.href).toEqual([]);
				}
				for (const href of r.marks.length ? [r.href, ...r.others] : []) {
					const words = fold(await sectionText(page, path(href), anchor(href))).split(/[^\p{L}\p{N}]+/u);
					expect(
						terms.some((t) => words.includes(t)),
						`${q}: ${href} holds none of the words`,
					).toBe(true);
				}
			}
		}
	}, 120_000);

	it('after Enter, the status line has focus and the first result is one Tab away', async () => {
		const page = await site.sharedPage();
		await page.goto(`${site.baseURL}/tim-kiem/`);
		await ready(page);
		await page.focus('#search-q');
		await page.keyboard.type('dau tranh');
		await page.keyboard.press('Enter');
		await settled(page, 'dau tranh');
		await page.waitForFunction(() => document.activeElement?.hasAttribute('data-search-status'));
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toMatch(/^Tìm thấy \d+ kết quả/);
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
		expect(focused).toBe(await page.locator('.result h2 a').first().getAttribute('href'));
	});

	it('has one search landmark on every page, and axe finds nothing on the home and search pages', async () => {
		const page = await site.open('/', { bypassCSP: true });
		for (const p of ['/', '/tim-kiem/?q=dau%20tranh', '/khau-hieu/', '/ke-hoach/2025/lang-son/']) {
			await page.goto(site.baseURL + p);
			if (p.startsWith('/tim-kiem/')) await page.waitForSelector('.result');
			await expect(page.locator('[role="search"], search').count(), p).resolves.toBe(1);
			if (p.startsWith('/khau-hieu/') || p.startsWith('/ke-hoach/')) continue;
			await page.evaluate(AXE);
			const violations = await page.evaluate(() =>
				(window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe
					.run()
					.then((r) => r.violations.flatMap((v) => v.nodes.map((n) => `${v.id} ${n.target.join(' ')}`))),
			);
			expect(violations, p).toEqual([]);
		}
	}, 120_000);

	it('"lang son 2024" without results links the province and the year', async () => {
		const page = await search('lang son 2024');
		await expect(page.locator('.result').count()).resolves.toBe(0);
		const status = page.locator('[data-search-status]');
		await expect(status.innerText()).resolves.toContain('Không tìm thấy kết quả nào');
		const links = await status.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(links).toEqual(expect.arrayContaining(['/tinh/lang-son/', '/nam/2024/']));
	});

	it('sorts by date and keeps a year range, both in the URL and across a reload', async () => {
		const page = await search('quyền con người');
		await page.selectOption('select[name="sap_xep"]', 'moi-nhat');
		await page.waitForURL(/sap_xep=moi-nhat/);
		await page.selectOption('select[name="tu_nam"]', '2024');
		await page.waitForURL(/tu_nam=2024/);
		await shownForUrl(page);
		const years = async () => (await results(page)).map((r) => Number(r.meta.match(/\b(20\d\d)\b/)?.[1]));
		const before = await years();
		expect(before.length).toBeGreaterThan(1);
		expect(before).toEqual([...before].sort((a, b) => b - a));
		for (const y of before) expect(y).toBeGreaterThanOrEqual(2024);
		expect(new Set(before).size).toBeGreaterThan(1);
		await page.reload();
		await ready(page);
		await shownForUrl(page);
		await expect(page.inputValue('select[name="sap_xep"]')).resolves.toBe('moi-nhat');
		await expect(page.inputValue('select[name="tu_nam"]')).resolves.toBe('2024');
		await expect(years()).resolves.toEqual(before);
		await page.selectOption('select[name="sap_xep"]', 'cu-nhat');
		await page.waitForURL(/sap_xep=cu-nhat/);
		await shownForUrl(page);
		const oldest = await years();
		expect(oldest).toEqual([...oldest].sort((a, b) => a - b));
	});

	it('filters by the issuer and the level', async () => {
		const page = await search('quyền con người', { ban_hanh: 'bcd-nhan-quyen-chinh-phu' });
		const shown = await results(page);
		expect(shown.map((r) => path(r.href))).toEqual(['/ke-hoach/2025/trung-uong/']);
		const provincial = await results(await search('quyền con người', { cap: 'tinh', loai: 'ke-hoach' }));
		expect(provincial.length).toBeGreaterThan(1);
		for (const r of provincial) expect(path(r.href)).not.toBe('/ke-hoach/2025/trung-uong/');
	});
});
