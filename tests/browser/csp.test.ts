/**
 * The site served with its Content-Security-Policy header (tests/browser/setup.ts sends it on
 * every response): browsing and searching cause no violation and no request to another host.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './fixture.ts';

const site = useBrowser();

async function watch(page: Page) {
	const problems: string[] = [];
	page.on('console', (m) => {
		if (/Content.Security.Policy|Refused to/i.test(m.text())) problems.push(`console: ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
	page.on('request', (r) => {
		const host = new URL(r.url()).hostname;
		if (host !== '127.0.0.1' && !r.url().startsWith('data:')) problems.push(`request to another host: ${r.url()}`);
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			((window as unknown as { __csp: string[] }).__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
		});
	});
	return problems;
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);

describe('Content-Security-Policy', () => {
	it('the header is sent, and browsing, filtering, copying and searching cause no violation', async () => {
		const page = await site.open('/');
		const problems = await watch(page);
		const response = await page.goto(`${site.baseURL}/`);
		expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");

		await page.goto(`${site.baseURL}/ke-hoach/`);
		await page.selectOption('select[name="nam"]', '2025');
		expect(await violations(page)).toEqual([]);

		await page.goto(`${site.baseURL}/khau-hieu/chao-mung-ky-niem-ngay-nhan-quyen-the-gioi/`);
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.locator('button.copy-button').first().click();
		await expect(page.locator('.copy-status').first().innerText()).resolves.toBe('Đã sao chép.');
		expect(await violations(page)).toEqual([]);

		await page.goto(`${site.baseURL}/ke-hoach/2025/trung-uong/`);
		await page.fill('#site-search-q', 'tra tan');
		await page.press('#site-search-q', 'Enter');
		await page.waitForSelector('[data-search-app][data-ready]');
		await page.selectOption('select[name="tu_nam"]', '2025');
		await page.waitForURL(/tu_nam=2025/);
		await page.waitForSelector('.result');
		expect(await violations(page)).toEqual([]);
		expect(problems).toEqual([]);
	});

	it('an inline script injected into a page is blocked', async () => {
		const page = await site.open('/');
		await page.evaluate(() => {
			const s = document.createElement('script');
			s.textContent = 'window.__ran = true';
			document.body.append(s);
		});
		await expect(page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran ?? false)).resolves.toBe(false);
	});
});
