/**
 * `npm run build` step after `astro build`: writes each plan as a Word document,
 * dist/api/plans/<id>.docx (src/lib/docx.ts), on every core — outside Astro, whose pages are
 * rendered one after another, so the documents do not lengthen the page build. A document is
 * kept in node_modules/.astro/docx/ under a hash of what it is made from, so a build writes
 * anew only the documents of plans that changed. A kept document is written under a temporary
 * name and renamed, with its size and SHA-256 digest beside it (`<key>.docx.sum`); it is reused
 * only when both still match, so an entry cut short (an interrupted write, a full disk) or
 * altered is written anew, never published.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { cachedEntryIsWhole, keepInCache } from '../lib/build/cache.ts';
import { referenceDay } from '../lib/catalog.ts';
import { readRealCorpus } from '../lib/content/real-corpus.ts';
import { contentRoot } from '../lib/content-root.ts';
import { planDataDate } from '../lib/content-dates.ts';
import { planDocx } from '../lib/docx.ts';
import { absoluteUrl, type Site } from '../lib/open-data.ts';
import { paths } from '../lib/urls.ts';
import type { Plan } from '../schemas/plan.ts';

interface Job {
	id: string;
	data: Plan;
	body: string;
	source: string;
	date: string;
	/** Where the finished document is kept for the next build. */
	cached: string;
}

/** Bumped when the layout of the documents changes, so no kept document outlives it. */
const LAYOUT = 2;

if (isMainThread) {
	const dist = resolve(process.argv[2] ?? 'dist');
	const { corpus } = readRealCorpus(contentRoot());
	const site: Site = { origin: process.env.SITE_URL ? new URL(process.env.SITE_URL).origin : null, base: process.env.BASE_PATH ?? '/' };
	// The data's date (the plan's last change), else its issue date, else its Human Rights Day: never the build's.
	const cache = resolve('node_modules/.astro/docx');
	mkdirSync(cache, { recursive: true });
	const all: Job[] = corpus.plans.map((p) => {
		const job = {
			id: p.id,
			data: p.data,
			body: p.body,
			source: absoluteUrl(site, paths.plan(p.id)),
			date: planDataDate(p.id) ?? p.data.issuedAt ?? referenceDay(p.data.year),
		};
		const key = createHash('sha1')
			.update(JSON.stringify([LAYOUT, job]))
			.digest('hex');
		return { ...job, cached: join(cache, `${key}.docx`) };
	});
	const out = join(dist, 'api', 'plans');
	mkdirSync(out, { recursive: true });
	const jobs = all.filter((j) => {
		if (!cachedEntryIsWhole(j.cached)) return true;
		copyFileSync(j.cached, join(out, `${j.id}.docx`));
		return false;
	});
	const workers = jobs.length ? Math.max(1, Math.min(availableParallelism(), 8, Math.ceil(jobs.length / 50))) : 0;
	const started = performance.now();
	await Promise.all(
		Array.from({ length: workers }, (_, w) => {
			const share = jobs.filter((_, i) => i % workers === w);
			return new Promise<void>((done, fail) => {
				const worker = new Worker(new URL(import.meta.url), { workerData: { jobs: share, out } });
				worker.on('error', fail);
				worker.on('exit', (code) => (code === 0 ? done() : fail(new Error(`a Word-document worker exited with ${code}`))));
			});
		}),
	).catch((e: unknown) => {
		console.error(`Word documents: ${e instanceof Error ? e.message : String(e)}`);
		process.exit(1);
	});
	console.log(
		`Word documents: ${jobs.length} written, ${all.length - jobs.length} kept from the last build, in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
	);
} else {
	const { jobs, out } = workerData as { jobs: Job[]; out: string };
	for (const j of jobs) {
		const file = await planDocx(j.data, j.body, j.source, j.date);
		writeFileSync(join(out, `${j.id}.docx`), file);
		keepInCache(j.cached, file);
	}
	parentPort?.close();
}
