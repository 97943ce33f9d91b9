/**
 * The build's settings: BASE_PATH and SITE_URL that could leave the site or carry markup are
 * refused with a clear message, and the Markdown export cannot be turned into HTML by a link
 * destination even when an address is hostile.
 */
import { parse } from 'node-html-parser';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { basePathProblem, settingsProblems, siteUrlProblem } from '../../src/lib/build/settings.ts';
import { markdownDestination, planMarkdown } from '../../src/lib/open-data.ts';
import { realCatalog } from '../support/catalog.ts';

const XSS_BASE = '/x"><img src=x onerror=alert(1)>/';

describe('BASE_PATH', () => {
	it('accepts / and /segment/…/ of URL-safe characters', () => {
		for (const ok of ['/', '/kho-ke-hoach/', '/a/b.c/d_e~1/']) expect(basePathProblem(ok), ok).toBeNull();
	});
	it('refuses what leaves the site, carries markup or is not a folder path, naming the value', () => {
		expect(basePathProblem('/../x')).toBe('BASE_PATH must start and end with "/" (e.g. BASE_PATH=/kho-ke-hoach/), not "/../x".');
		expect(basePathProblem('/../x/')).toBe('BASE_PATH may not contain ".." as a segment: "/../x/".');
		expect(basePathProblem('/a/./b/')).toMatch(/may not contain "\." as a segment/);
		expect(basePathProblem(XSS_BASE)).toBe(
			`BASE_PATH may only contain letters, digits, "-", ".", "_" and "~" between its slashes (e.g. BASE_PATH=/kho-ke-hoach/), not ${JSON.stringify(XSS_BASE)}.`,
		);
		for (const bad of ['', 'kho/', '/kho', '//', '/a//b/', '/khô/', '/a b/', '/a%2e%2e/', '/a\\b/', '/a?x/']) expect(basePathProblem(bad), bad).not.toBeNull();
	});
});

describe('SITE_URL', () => {
	it('accepts an http(s) origin', () => {
		for (const ok of ['https://example.org', 'http://localhost:4321/', 'https://nhanquyen.test']) expect(siteUrlProblem(ok), ok).toBeNull();
	});
	it('refuses what is not an address, other schemes, credentials, queries and paths', () => {
		expect(siteUrlProblem('example.org')).toMatch(/not a valid address: "example\.org"/);
		expect(siteUrlProblem('javascript:alert(1)')).toMatch(/must be an http\(s\) address/);
		expect(siteUrlProblem('ftp://example.org')).toMatch(/must be an http\(s\) address/);
		expect(siteUrlProblem('https://user:secret@example.org')).toMatch(/user name or password/);
		expect(siteUrlProblem('https://example.org/?a=1')).toMatch(/query or fragment/);
		expect(siteUrlProblem('https://example.org/#x')).toMatch(/query or fragment/);
		expect(siteUrlProblem('https://example.org/kho/')).toMatch(/put a sub-path in BASE_PATH/);
		// The old check looked at the prefix only: this passed it.
		expect(siteUrlProblem('https://"><script>')).not.toBeNull();
	});
	it('every problem of a setting set, none when unset', () => {
		expect(settingsProblems({})).toEqual([]);
		expect(settingsProblems({ BASE_PATH: '/../x', SITE_URL: 'ftp://x' })).toHaveLength(2);
	});
});

describe('the Markdown export', () => {
	it('percent-encodes what could end a link destination or start markup', () => {
		expect(markdownDestination('https://example.org/kho/ke-hoach/2025/lang-son/')).toBe('https://example.org/kho/ke-hoach/2025/lang-son/');
		expect(markdownDestination(`${XSS_BASE}ke-hoach/`)).toBe('/x%22%3E%3Cimg%20src=x%20onerror=alert%281%29%3E/ke-hoach/');
		expect(markdownDestination("/a`b\\c'd\ne đ")).toBe('/a%60b%5Cc%27d%0Ae%20%C4%91');
	});

	it('a hostile base path does not become HTML when the export is rendered with HTML allowed', () => {
		const catalog = realCatalog();
		const plan = catalog.plans[0];
		const md = planMarkdown(plan, catalog, { origin: null, base: XSS_BASE });
		const source = md.split('\n').find((l) => l.startsWith('- Nguồn:'))!;
		const html = parse(markdownToHtml(md).html);
		expect(html.querySelectorAll('img')).toHaveLength(0);
		const link = html.querySelectorAll('a').find((a) => a.text.includes('ke-hoach'));
		expect(link?.getAttribute('href'), source).toBe(`/x%22%3E%3Cimg%20src=x%20onerror=alert%281%29%3E/ke-hoach/${plan.id.replace('-', '/')}/`);
	}, 30_000);
});
