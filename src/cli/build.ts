/**
 * `npm run build`: checks the settings and the content, builds the site into a private folder
 * beside dist/, writes the Word documents, indexes it for search, verifies what it is about to
 * publish (src/lib/build/verify-output.ts), and only then swaps it in for dist/. When any step
 * fails — a non-zero exit, a crash, a killed process, a full disk — the build fails, the partial
 * folder is removed and dist/ is left as it was: nothing half-built is published.
 * With CONTENT_ROOT set, the content comes from that folder's content/ (see content-root.ts).
 *
 * One build at a time: a lock file (.build.lock) names the running build; a second build
 * refuses with a message naming it, and a lock left by a killed build is taken over.
 *
 * SITE_URL is the address the site will be served from (canonical links, citations, feeds,
 * sitemap). Without it every link is site-relative and the build says so; `--production`
 * refuses to build without it, REPORT_URL and SITE_OPERATOR (src/lib/operator.ts), and refuses a
 * shallow clone (whose content dates are incomplete).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { settingsProblems } from '../lib/build/settings.ts';
import { contentRoot, forgetContentCacheOfOtherRoot } from '../lib/content-root.ts';
import { historyRoot, shallowBoundaries } from '../lib/content-dates.ts';
import { acquireBuildLock } from './build-lock.ts';
import { buildSteps } from '../lib/build/steps.ts';
import { missingForProduction } from '../lib/operator.ts';

const production = process.argv.includes('--production');
const root = resolve('.');
const dist = join(root, 'dist');
/** Private working folders of a build: `.dist-next-XXXXXX` (being built) and `.dist-old-XXXXXX` (being replaced). */
const WORK = /^\.dist-(next|old)(-.*)?$/;

function run(command: string, args: string[]): boolean {
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
	if (result.error) console.error(`${command}: ${result.error.message}`);
	else if (result.signal) console.error(`${args[0] ?? command} was stopped by ${result.signal}.`);
	return result.status === 0;
}

function checkSettings(): void {
	const problems = settingsProblems(process.env);
	for (const p of problems) console.error(p);
	if (problems.length) process.exit(1);
	const missing = missingForProduction(process.env);
	if (production && missing.length) {
		console.error(`A production build needs ${missing.join(', ')}.`);
		process.exit(1);
	}
	if (!process.env.SITE_URL) {
		console.warn('Note: SITE_URL is not set, so links in citations, feeds and open data are site-relative and no sitemap is written.');
	}
	if (shallowBoundaries().length) {
		const where = historyRoot() === '.' ? 'This checkout' : `The content history (${historyRoot()})`;
		const what = `${where} is a shallow clone: data dates come only from the commits after the cut, and a file last changed before it has no data date.`;
		if (production) {
			console.error(`${what} A production build needs the full history: run \`git fetch --unshallow\` (or clone with fetch-depth 0).`);
			process.exit(1);
		}
		console.warn(`Note: ${what} Run \`git fetch --unshallow\` for exact dates.`);
	}
}

/**
 * What a killed build left behind (the lock is held, so no other build is using it): its
 * working folders are removed; a build killed between moving dist/ aside and moving the new
 * site in left no dist/, and the site it moved aside is put back.
 */
function recoverLeftovers(): void {
	const left = readdirSync(root).filter((name) => WORK.test(name));
	const aside = left.filter((name) => name.startsWith('.dist-old')).sort((a, b) => statSync(join(root, b)).mtimeMs - statSync(join(root, a)).mtimeMs)[0];
	if (!existsSync(dist) && aside) {
		renameSync(join(root, aside), dist);
		console.warn('Note: an interrupted build had moved dist/ aside; it was put back.');
	}
	for (const name of left) rmSync(join(root, name), { recursive: true, force: true });
}

checkSettings();
const lock = acquireBuildLock(join(root, '.build.lock'));
if (!lock.ok) {
	console.error(lock.message);
	process.exit(1);
}
if (lock.tookOver) console.warn(`Note: the last build (${lock.tookOver}) ended without releasing its lock; this build took it over.`);
process.on('exit', lock.release);
for (const [signal, code] of [
	['SIGINT', 130],
	['SIGTERM', 143],
	['SIGHUP', 129],
] as const)
	process.on(signal, () => process.exit(code));

recoverLeftovers();
const next = mkdtempSync(join(root, '.dist-next-'));
process.on('exit', () => rmSync(next, { recursive: true, force: true }));
forgetContentCacheOfOtherRoot(resolve('node_modules/.astro'), contentRoot());
const ok = buildSteps(contentRoot(), next).every((step) => run(process.execPath, step.args));
if (!ok) {
	console.error(`\nThe build failed; ${existsSync(dist) ? 'dist/ is unchanged' : 'no dist/ was written'}.`);
	process.exit(1);
}
const old = `${next.replace('.dist-next-', '.dist-old-')}`;
if (existsSync(dist)) renameSync(dist, old);
renameSync(next, dist);
rmSync(old, { recursive: true, force: true });
