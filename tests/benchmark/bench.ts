/**
 * `npm run bench -- [--plans 1000,10000] [--runs R] [--out DIR]`: for each corpus size, a
 * synthetic corpus (`npm run corpus:gen`) is built by our site, by a bare Astro + MDX site with
 * `pagefind --site`, and by Starlight, in interleaved cold runs (ours, bare, Starlight, ours…),
 * each measured as a whole process tree (wall time, peak summed RSS). Then, on our built site
 * and the bare one, headless Chromium measures search on a cold page and the compressed weight
 * of pages. Prints a Markdown report and writes it with its JSON to DIR (default bench-results/).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { bareProject, starlightPage, starlightProject } from '../../src/lib/bench/baselines.ts';
import { runMeasured, type Measured } from '../../src/lib/bench/process-tree.ts';
import { buildSteps } from '../../src/lib/build/steps.ts';
import { markdownReport, median, type BenchReport, type BuildRun, type QueryResult, type SiteOutput, type SizeResult } from '../../src/lib/bench/report.ts';
import { isVariant } from '../../src/lib/compress/precompress.ts';
import { listFiles } from '../../src/lib/files.ts';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../browser/chromium.ts';
import { serveSite } from '../support/serve.ts';

const ROOT = join(import.meta.dirname, '../..');
const NODE = process.execPath;
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND = join(ROOT, 'node_modules/.bin/pagefind');

/** Queries with and without diacritics, a number, a name, a rare and a very common word. */
export const QUERIES = ['nhân quyền', 'nhan quyen', 'dau tranh', 'tra tan nhuc hinh', 'Lạng Sơn', '705/KH-BCĐNQ', 'băng zôn'];
const QUERY_TIMEOUT_MS = 30_000;
/** The query a "warm" search page has already run before the measured one is typed. */
const WARM_UP = 'ke hoach';

const { values } = parseArgs({
	options: {
		plans: { type: 'string', default: '1000,10000' },
		runs: { type: 'string', default: '1' },
		out: { type: 'string', default: join(ROOT, 'bench-results') },
		keep: { type: 'boolean', default: false },
		/** Measure only these of QUERIES (comma-separated): the test suite's smoke run takes two. */
		queries: { type: 'string', default: QUERIES.join(',') },
		/** Build only what search needs (ours: Astro and the index; the bare site), no Starlight, no rebuild: for measuring search at scale. */
		'search-only': { type: 'boolean', default: false },
		/** Cold page loads per query (the report gives medians). */
		'search-runs': { type: 'string', default: '3' },
	},
});
const queries = values.queries.split(',').filter((q) => QUERIES.includes(q));
const sizes = values.plans.split(',').map(Number);
const runs = Number(values.runs);
const searchRuns = Number(values['search-runs']);
const searchOnly = values['search-only'];
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1 || queries.length === 0 || !(searchRuns >= 1)) {
	console.error(`usage: npm run bench -- [--plans 1000,10000] [--runs R] [--out DIR] [--queries ${QUERIES.join(',')}] [--search-only] [--search-runs N]`);
	process.exit(2);
}

const env = (extra: Record<string, string> = {}) => ({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra });

function must(step: string, m: Measured): { wallMs: number; peakRssBytes: number } {
	if (m.status !== 0) throw new Error(`${step} failed (exit ${m.status}):\n${m.tail}`);
	return { wallMs: m.wallMs, peakRssBytes: m.peakRssBytes };
}

function writeProject(dir: string, files: Record<string, string>) {
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
}

const versions = Object.fromEntries(
	['astro', '@astrojs/mdx', '@astrojs/starlight'].map((name) => [
		name,
		(JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version,
	]),
);

/**
 * Astro keeps a content cache (its cacheDir, node_modules/.astro for ours, .cache/ for the
 * baselines, whose node_modules is ours) and generated types in .astro/: removed so every build
 * is cold.
 */
function coldCaches(projectRoot: string) {
	const cache = projectRoot === ROOT ? join(ROOT, 'node_modules/.astro') : join(projectRoot, '.cache');
	for (const dir of [join(projectRoot, '.astro'), cache]) rmSync(dir, { recursive: true, force: true });
}

async function buildOurs(corpus: string, dist: string): Promise<BuildRun> {
	rmSync(dist, { recursive: true, force: true });
	coldCaches(ROOT);
	const e = env({ CONTENT_ROOT: corpus });
	if (searchOnly) {
		return {
			astro: must('astro build', await runMeasured(NODE, [ASTRO, 'build', '--outDir', dist], { cwd: ROOT, env: e })),
			index: must('search index', await runMeasured(NODE, [join(ROOT, 'src/cli/build-search-index.ts'), dist], { cwd: ROOT, env: e })),
		};
	}
	return runSteps(corpus, dist, e);
}

/** Every step of `npm run build` (src/lib/build/steps.ts) on the corpus into `dist`, each measured. */
async function runSteps(corpus: string, dist: string, e: NodeJS.ProcessEnv): Promise<BuildRun> {
	const run: BuildRun = {};
	for (const step of buildSteps(corpus, dist)) run[step.name] = must(step.name, await runMeasured(NODE, step.args, { cwd: ROOT, env: e }));
	return run;
}

async function buildBare(project: string): Promise<BuildRun> {
	rmSync(join(project, 'dist'), { recursive: true, force: true });
	coldCaches(project);
	return {
		astro: must('bare astro build', await runMeasured(NODE, [ASTRO, 'build'], { cwd: project, env: env() })),
		pagefind: must('bare pagefind', await runMeasured(PAGEFIND, ['--site', 'dist'], { cwd: project, env: env() })),
	};
}

async function buildStarlight(project: string): Promise<BuildRun> {
	rmSync(join(project, 'dist'), { recursive: true, force: true });
	coldCaches(project);
	return { astro: must('Starlight build', await runMeasured(NODE, [ASTRO, 'build'], { cwd: project, env: env() })) };
}

function outputOf(dist: string): SiteOutput {
	// The site's own files, not the precompressed copies beside them.
	const files = listFiles(dist).filter((f) => !isVariant(f));
	const size = (f: string) => statSync(f).size;
	const pages = files.filter((f) => f.endsWith('.html'));
	const largest = pages.reduce((a, f) => (size(f) > size(a) ? f : a), pages[0]);
	return {
		pages: pages.length,
		files: files.length,
		bytes: files.reduce((s, f) => s + size(f), 0),
		searchIndexBytes: files.filter((f) => relative(dist, f).startsWith('pagefind/')).reduce((s, f) => s + size(f), 0),
		largestPage: { path: `/${relative(dist, largest)}`, bytes: size(largest) },
	};
}

/**
 * Our search page, loaded with another query's results: the query typed key by key, then the
 * time the search took from its start (after the typing pause) to its results in the page.
 */
async function typedOnWarmPage(origin: string, browser: Browser, query: string): Promise<number | null> {
	const context = await browser.newContext();
	const page = await context.newPage();
	try {
		await page.goto(`${origin}/tim-kiem/?q=${encodeURIComponent(WARM_UP)}`);
		await page.waitForSelector('[data-search-app][data-ready]', { timeout: QUERY_TIMEOUT_MS });
		await page.fill('#search-q', '');
		await page.locator('#search-q').pressSequentially(query, { delay: 30 });
		await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search-app]')?.dataset.query === q, query, { timeout: QUERY_TIMEOUT_MS });
		return await page.evaluate(() => Math.round(performance.getEntriesByName('search:run').at(-1)!.duration));
	} catch {
		return null;
	} finally {
		await context.close();
	}
}

/** One cold page load of a search: time to the first result, bytes from /pagefind/ before it and in all. */
async function coldSearch(
	browser: Browser,
	origin: string,
	url: string,
	resultSelector: string,
): Promise<{ firstResultMs: number | null; bytes: number; before: number }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const done: Promise<{ end: number; size: number }>[] = [];
	context.on('requestfinished', (request) => {
		if (!request.url().includes('/pagefind/')) return;
		const timing = request.timing();
		done.push(request.sizes().then((s) => ({ end: timing.startTime + timing.responseEnd, size: s.responseBodySize + s.responseHeadersSize })));
	});
	// The moment the first result enters the page, recorded in the page (polling from here would
	// add the test driver's latency, during which later requests may finish).
	await page.addInitScript((selector) => {
		const w = window as unknown as { __firstResult?: number };
		new MutationObserver((_, observer) => {
			if (w.__firstResult === undefined && document.querySelector(selector)) {
				w.__firstResult = performance.now();
				observer.disconnect();
			}
		}).observe(document, { childList: true, subtree: true });
	}, resultSelector);
	await page.goto(`${origin}${url}`);
	let firstResultMs: number | null = null;
	let firstAt = Infinity;
	try {
		await page.waitForSelector(resultSelector, { timeout: QUERY_TIMEOUT_MS });
		[firstResultMs, firstAt] = await page.evaluate(() => {
			const at = (window as unknown as { __firstResult: number }).__firstResult;
			return [Math.round(at), performance.timeOrigin + at];
		});
		await page.waitForLoadState('networkidle', { timeout: QUERY_TIMEOUT_MS });
	} catch {
		// No result in time (or none at all): reported as such.
	}
	const requests = await Promise.all(done);
	await context.close();
	return {
		firstResultMs,
		bytes: requests.reduce((s, r) => s + r.size, 0),
		before: requests.filter((r) => r.end <= firstAt).reduce((s, r) => s + r.size, 0),
	};
}

async function measureSearch(dist: string, searchPath: string, resultSelector: string, { csp = true, warm = false } = {}): Promise<QueryResult[]> {
	const site = await serveSite(dist, { csp });
	const browser = await launchChromium();
	const results: QueryResult[] = [];
	try {
		for (const query of queries) {
			const loads = [];
			for (let i = 0; i < searchRuns; i++) loads.push(await coldSearch(browser, site.origin, `${searchPath}?q=${encodeURIComponent(query)}`, resultSelector));
			const times = loads.map((l) => l.firstResultMs);
			results.push({
				query,
				firstResultMs: times.includes(null) ? null : median(times as number[]),
				bytes: median(loads.map((l) => l.bytes)),
				bytesBeforeFirst: median(loads.map((l) => l.before)),
				loads: loads.length,
				...(warm ? { warmMs: await typedOnWarmPage(site.origin, browser, query) } : {}),
			});
		}
	} finally {
		await browser.close();
		await site.close();
	}
	return results;
}

/** gzip size of the HTML, CSS and JS a page loads (what a host with compression transfers). */
async function pageWeights(dist: string, pages: string[]): Promise<SizeResult['pageWeight']> {
	const site = await serveSite(dist);
	const browser = await launchChromium();
	const out: SizeResult['pageWeight'] = [];
	try {
		for (const path of pages) {
			const context = await browser.newContext();
			const page = await context.newPage();
			const urls: { url: string; type: string }[] = [];
			page.on('requestfinished', (r) => urls.push({ url: r.url(), type: r.resourceType() }));
			await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
			let bytes = 0;
			let scripts = 0;
			for (const { url, type } of urls) {
				if (!['document', 'stylesheet', 'script'].includes(type)) continue;
				if (type === 'script') scripts++;
				const local = new URL(url).pathname;
				const file = [join(dist, local), join(dist, local, 'index.html')].find((f) => existsSync(f) && statSync(f).isFile());
				if (file) bytes += gzipSync(readFileSync(file)).length;
			}
			out.push({ page: path, bytes, scripts });
			await context.close();
		}
	} finally {
		await browser.close();
		await site.close();
	}
	return out;
}

async function benchSize(plans: number, work: string): Promise<SizeResult> {
	const corpus = join(work, `corpus-${plans}`);
	const gen = await runMeasured(NODE, [join(ROOT, 'src/cli/corpus-gen.ts'), '--plans', String(plans), '--out', corpus], { cwd: ROOT, env: env() });
	must('corpus generation', gen);
	const plansDir = join(corpus, 'content/plans');

	const bare = join(work, `bare-${plans}`);
	writeProject(bare, bareProject(plansDir, versions));
	const star = join(work, `starlight-${plans}`);
	if (!searchOnly) writeProject(star, starlightProject(versions));
	for (const file of searchOnly ? [] : listFiles(plansDir)) {
		const target = join(star, 'src/content/docs', relative(plansDir, file));
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, starlightPage(readFileSync(file, 'utf8')));
	}

	const ours = join(work, `ours-${plans}`);
	const result: SizeResult['runs'] = { ours: [], bare: [], starlight: [] };
	for (let r = 0; r < runs; r++) {
		console.error(`[bench] ${plans} plans, run ${r + 1}/${runs}: ours…`);
		result.ours.push(await buildOurs(corpus, ours));
		console.error(`[bench] ${plans} plans, run ${r + 1}/${runs}: bare…`);
		result.bare.push(await buildBare(bare));
		if (searchOnly) continue;
		console.error(`[bench] ${plans} plans, run ${r + 1}/${runs}: Starlight…`);
		result.starlight.push(await buildStarlight(star));
	}

	console.error(`[bench] ${plans} plans: browser measurements…`);
	const years = readdirSync(plansDir).sort();
	const latest = years.at(-1)!;
	const samplePlan = readdirSync(join(plansDir, latest))
		.sort()[0]
		.replace(/\.mdx$/, '');
	const size: SizeResult = {
		plans,
		runs: result,
		output: { ours: outputOf(ours), bare: outputOf(join(bare, 'dist')), ...(searchOnly ? {} : { starlight: outputOf(join(star, 'dist')) }) },
		searchOnly,
		search: {
			ours: await measureSearch(ours, '/tim-kiem/', '.result', { warm: true }),
			bare: await measureSearch(join(bare, 'dist'), '/search/', '.pagefind-ui__result', { csp: false }),
		},
		pageWeight: await pageWeights(ours, ['/', `/nam/${latest}/`, `/ke-hoach/${latest}/${samplePlan}/`]),
	};

	// One more plan in the built corpus, built again (Astro keeps its content cache from the last
	// build). Measured up to 1,000 plans: an editor's case, and too slow to repeat at 10,000.
	if (plans > 1000 || searchOnly) return size;
	console.error(`[bench] ${plans} plans: one plan added…`);
	const added = join(plansDir, latest, `${samplePlan.replace(/-\d+$/, '')}-9999.mdx`);
	cpSync(join(plansDir, latest, `${samplePlan}.mdx`), added);
	const e = env({ CONTENT_ROOT: corpus });
	size.incremental = { wallMs: Object.values(await runSteps(corpus, ours, e)).reduce((s, m) => s + m.wallMs, 0) };
	return size;
}

// Inside the project: the baseline sites resolve Astro and Starlight from its node_modules.
mkdirSync(join(ROOT, '.bench-work'), { recursive: true });
const work = mkdtempSync(join(ROOT, '.bench-work', 'run-'));
const report: BenchReport = {
	machine: `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Node ${process.version}`,
	date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
	sizes: [],
};
try {
	for (const plans of sizes) report.sizes.push(await benchSize(plans, work));
} finally {
	// Our content cache now points into the work folder: dropped, so the next build starts clean.
	coldCaches(ROOT);
	if (!values.keep) rmSync(work, { recursive: true, force: true });
	else console.error(`[bench] kept ${work}`);
}
const markdown = markdownReport(report);
mkdirSync(values.out, { recursive: true });
const stamp = report.date.replace(/[: ]/g, '-').replace('-UTC', '');
writeFileSync(join(values.out, `bench-${stamp}.md`), markdown);
writeFileSync(join(values.out, `bench-${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
console.log(markdown);
