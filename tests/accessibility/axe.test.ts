/** WCAG 2.2 A/AA with axe-core on every page type, in light and dark mode; keyboard basics. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../browser/fixture.ts';

const site = useBrowser();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Every page type, by a representative path. */
const PAGES: [string, string][] = [
	['home', '/'],
	['plan list', '/ke-hoach/'],
	['central plan', '/ke-hoach/2025/trung-uong/'],
	['provincial plan (restored OCR)', '/ke-hoach/2025/lang-son/'],
	['plan source', '/ke-hoach/2025/lang-son/nguon/'],
	['comparison', '/ke-hoach/2025/an-giang/so-sanh/'],
	['comparison without central text', '/ke-hoach/2024/tra-vinh/so-sanh/'],
	['years', '/nam/'],
	['year', '/nam/2025/'],
	['provinces', '/tinh/'],
	['province', '/tinh/vinh-long/'],
	['former province', '/tinh/tra-vinh/'],
	['slogan list', '/khau-hieu/'],
	['slogans of a year', '/khau-hieu/nam/2025/'],
	['about and method', '/gioi-thieu/'],
	['glossary', '/thuat-ngu/'],
	['slogan', '/khau-hieu/chao-mung-ky-niem-ngay-nhan-quyen-the-gioi/'],
	['conventions', '/cong-uoc/'],
	['convention', '/cong-uoc/cat/'],
	['agencies', '/co-quan/'],
	['agency', '/co-quan/so-lao-dong-thuong-binh-xa-hoi/'],
	['cited documents', '/van-ban/'],
	['cited document', '/van-ban/05-kh-bcdnq-2024/'],
	['timeline', '/dong-thoi-gian/'],
	['errata', '/loi-va-ghi-chu/'],
	['search with results', '/tim-kiem/?q=dau%20tranh'],
	['404', '/khong-co-trang-nay/'],
];

interface AxeViolation {
	id: string;
	help: string;
	nodes: { target: string[] }[];
}

async function axe(page: Page): Promise<string[]> {
	await page.evaluate(AXE);
	const violations = (await page.evaluate(
		(tags) =>
			(window as unknown as { axe: { run(o: unknown): Promise<{ violations: unknown[] }> } }).axe
				.run({ runOnly: { type: 'tag', values: tags } })
				.then((r) => r.violations),
		TAGS,
	)) as AxeViolation[];
	return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(' ')}`));
}

async function openAny(path: string, colorScheme: 'light' | 'dark'): Promise<Page> {
	if (path !== '/khong-co-trang-nay/') {
		// One page per colour scheme, navigated from page to page (axe is injected again on each).
		const page = await site.sharedPage({ bypassCSP: true, colorScheme });
		const response = await page.goto(site.baseURL + path);
		expect(response?.status()).toBe(200);
		if (path.startsWith('/tim-kiem/')) await page.waitForSelector('.result');
		return page;
	}
	const page = await site.open('/', { bypassCSP: true, colorScheme });
	const response = await page.goto(site.baseURL + path);
	expect(response?.status()).toBe(404);
	return page;
}

describe('axe-core, WCAG 2.2 A/AA', () => {
	for (const [name, path] of PAGES) {
		for (const scheme of ['light', 'dark'] as const) {
			it(`${name} (${path}, ${scheme}): no violations`, async () => {
				expect(await axe(await openAny(path, scheme))).toEqual([]);
			});
		}
	}

	it('reports an image without alt text, naming the element', async () => {
		const page = await site.open('/', { bypassCSP: true });
		await page.setContent('<!doctype html><html lang="vi"><head><title>x</title></head><body><main><img src="/favicon.svg"></main></body></html>');
		const found = await axe(page);
		expect(found.some((v) => v.startsWith('image-alt') && v.endsWith('img'))).toBe(true);
	});
});

describe('keyboard', () => {
	it('the first Tab reaches a visible skip link that moves focus to the main content', async () => {
		const page = await site.open('/ke-hoach/2025/trung-uong/');
		await page.keyboard.press('Tab');
		const skip = page.locator('.skip-link');
		await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
		const box = await skip.boundingBox();
		expect(box && box.y >= 0 && box.height > 0).toBe(true);
		await page.keyboard.press('Enter');
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('noi-dung');
	});

	it('shows a visible focus indicator on links, buttons and fields', async () => {
		const page = await site.open('/khau-hieu/chao-mung-ky-niem-ngay-nhan-quyen-the-gioi/');
		for (let i = 0; i < 12; i++) {
			await page.keyboard.press('Tab');
			const outline = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement;
				const style = getComputedStyle(el);
				return { tag: el.tagName, style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
			});
			expect(outline.style, outline.tag).not.toBe('none');
			expect(outline.width, outline.tag).toBeGreaterThanOrEqual(2);
		}
	});
});
