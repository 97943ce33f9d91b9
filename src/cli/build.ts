/**
 * `npm run build`: checks the content, builds the site into a fresh folder beside dist/,
 * indexes it for search, and only then swaps it in for dist/. When any step fails, the
 * partial folder is removed and dist/ is left as it was: nothing half-built is published.
 * With CONTENT_ROOT set, the content comes from that folder's content/ (see content-root.ts).
 *
 * SITE_URL is the address the site will be served from (canonical links, citations, feeds,
 * sitemap). Without it every link is site-relative and the build says so; `--production`
 * refuses to build without it, REPORT_URL and SITE_OPERATOR (src/lib/operator.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentRoot, forgetContentCacheOfOtherRoot } from '../lib/content-root.ts';
import { missingForProduction } from '../lib/operator.ts';

const dist = resolve('dist');
const next = resolve('.dist-next');
const old = resolve('.dist-old');

function run(command: string, args: string[]): boolean {
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
	if (result.error) console.error(`${command}: ${result.error.message}`);
	return result.status === 0;
}

const missing = missingForProduction(process.env);
if (process.argv.includes('--production') && missing.length) {
	console.error(`A production build needs ${missing.join(', ')}.`);
	process.exit(1);
}
if (!process.env.SITE_URL) {
	console.warn('Note: SITE_URL is not set, so links in citations, feeds and open data are site-relative and no sitemap is written.');
} else if (!/^https?:\/\/[^/]+/.test(process.env.SITE_URL)) {
	console.error(`SITE_URL must be an http(s) address, not "${process.env.SITE_URL}".`);
	process.exit(1);
}

rmSync(next, { recursive: true, force: true });
forgetContentCacheOfOtherRoot(resolve('node_modules/.astro'), contentRoot());
const ok =
	run(process.execPath, ['src/cli/check.ts', contentRoot()]) &&
	run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', next]) &&
	run(process.execPath, ['src/cli/build-docx.ts', next]) &&
	run(process.execPath, ['src/cli/build-search-index.ts', next]);
if (!ok) {
	rmSync(next, { recursive: true, force: true });
	console.error(`\nThe build failed; ${existsSync(dist) ? 'dist/ is unchanged' : 'no dist/ was written'}.`);
	process.exit(1);
}
rmSync(old, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, old);
renameSync(next, dist);
rmSync(old, { recursive: true, force: true });
