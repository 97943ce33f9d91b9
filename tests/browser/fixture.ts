/** A browser and page for each test file, pointed at the served site. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { launchChromium } from './chromium.ts';

export function useBrowser() {
	const baseURL = inject('baseURL');
	let browser: Browser;
	const contexts: BrowserContext[] = [];
	afterEach(async () => {
		await Promise.all(contexts.splice(0).map((c) => c.close()));
	});
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return {
		baseURL,
		/** Opens a site path in a fresh page; fails on HTTP errors. */
		async open(path: string, options: { width?: number; javaScript?: boolean; colorScheme?: 'light' | 'dark'; bypassCSP?: boolean } = {}): Promise<Page> {
			const context = await browser.newContext({
				viewport: { width: options.width ?? 1280, height: 900 },
				javaScriptEnabled: options.javaScript ?? true,
				colorScheme: options.colorScheme ?? 'light',
				// Test tools injected into the page (axe) are inline scripts the site's CSP would block.
				bypassCSP: options.bypassCSP ?? false,
			});
			contexts.push(context);
			const page = await context.newPage();
			const response = await page.goto(baseURL + path);
			if (!response || response.status() >= 400) throw new Error(`${path} answered ${response?.status()}`);
			return page;
		},
	};
}
