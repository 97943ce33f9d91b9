/**
 * `npm run build` publishes all or nothing: when a step fails, dist/ stays exactly as the last
 * good build left it and no partial folder remains.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/files.ts';
import { copyProject, runBuild } from '../support/build-copy.ts';
import { FIXTURES } from '../support/corpus.ts';

describe('a failed build leaves the published site as it was', () => {
	it('when the content check fails, and when Astro fails', () => {
		const root = copyProject();
		expect(runBuild(root).status).toBe(0);
		const before = listFiles(join(root, 'dist')).sort();
		expect(before.length).toBeGreaterThan(100);

		// Content the check refuses: nothing is built.
		const hostile = join(FIXTURES, 'hostile', 'title-markup', 'content', 'plans', '2025', 'ha-giang.mdx');
		writeFileSync(join(root, 'content/plans/2025/ha-giang.mdx'), readFileSync(hostile, 'utf8'));
		const refused = runBuild(root);
		expect(refused.status).not.toBe(0);
		expect(refused.output).toMatch(/content\/plans\/2025\/ha-giang\.mdx:2 {2}title {2}contains markup/);
		expect(refused.output).toContain('dist/ is unchanged');
		expect(listFiles(join(root, 'dist')).sort()).toEqual(before);

		// A page that fails while Astro renders it, after other pages were written.
		rmSync(join(root, 'content/plans/2025/ha-giang.mdx'));
		writeFileSync(join(root, 'src/pages/zz-hong.astro'), '---\nthrow new Error("trang hỏng");\n---\n');
		const failed = runBuild(root);
		expect(failed.status).not.toBe(0);
		expect(failed.output).toContain('trang hỏng');
		expect(listFiles(join(root, 'dist')).sort()).toEqual(before);
		expect(readdirSync(root).filter((f) => f.startsWith('.dist'))).toEqual([]);
		expect(existsSync(join(root, 'dist', 'zz-hong'))).toBe(false);
	}, 120_000);
});
