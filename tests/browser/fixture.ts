/** A browser and page for each test file, pointed at the served site. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { launchChromium } from './chromium.ts';

export function useBrowser() {
	const baseURL = inject('baseURL');
	let browser: Browser;
	const contexts: BrowserContext[] = [];
	const shared = new Map<string, Promise<Page>>();
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
		/**
		 * One page per set of options kept for the whole file (1280 px, JavaScript on), for tests
		 * that only navigate and read: its cache spares reloading the site's scripts and the search
		 * index. Navigate it with `goto`.
		 */
		sharedPage(options: { colorScheme?: 'light' | 'dark'; bypassCSP?: boolean } = {}): Promise<Page> {
			const key = `${options.colorScheme ?? 'light'} ${options.bypassCSP ?? false}`;
			let page = shared.get(key);
			if (!page) {
				page = browser
					.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: options.colorScheme ?? 'light', bypassCSP: options.bypassCSP ?? false })
					.then((c) => c.newPage());
				shared.set(key, page);
			}
			return page;
		},
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
