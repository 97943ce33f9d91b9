/** WCAG 2.2 A/AA with axe-core at 375 px, where targets are smallest: target size included. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../browser/fixture.ts';

const site = useBrowser();
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The pages with the most small targets: marks beside facts, permalinks, charts, matrices, lists. */
const PAGES = [
	'/',
	'/ke-hoach/',
	'/ke-hoach/2025/lang-son/',
	'/ke-hoach/2025/trung-uong/',
	'/nam/2025/',
	'/khau-hieu/',
	'/khau-hieu/chao-mung-ky-niem-ngay-nhan-quyen-the-gioi/',
	'/loi-va-ghi-chu/',
	'/gioi-thieu/',
	'/tinh/',
];

async function violations(page: Page): Promise<string[]> {
	await page.evaluate(AXE);
	const found = (await page.evaluate(
		(tags) =>
			(window as unknown as { axe: { run(o: unknown): Promise<{ violations: unknown[] }> } }).axe
				.run({ runOnly: { type: 'tag', values: tags }, rules: { 'target-size': { enabled: true } } })
				.then((r) => r.violations),
		TAGS,
	)) as { id: string; nodes: { target: string[] }[] }[];
	return found.flatMap((v) => v.nodes.map((n) => `${v.id} — ${n.target.join(' ')}`));
}

describe('axe-core at 375 px, target size included', () => {
	for (const path of PAGES) {
		it(`${path}: no violations`, async () => {
			const page = await site.open(path, { width: 375, bypassCSP: true });
			expect(await violations(page)).toEqual([]);
		});
	}

	it('the "¶" permalinks and the note marks are at least 24 × 24 px', async () => {
		const page = await site.open('/ke-hoach/2025/lang-son/', { width: 375 });
		const sizes = await page.locator('.permalink, .note-mark').evaluateAll((as) => as.map((a) => a.getBoundingClientRect()).map((r) => [r.width, r.height]));
		expect(sizes.length).toBeGreaterThan(20);
		for (const [w, h] of sizes) {
			expect(w).toBeGreaterThanOrEqual(24);
			expect(h).toBeGreaterThanOrEqual(24);
		}
	});
});
