/**
 * The benchmark's figures and its Markdown report: medians of interleaved runs, ratios to the
 * two baselines, growth from one corpus size to the next, and the targets met or missed.
 */

export interface PhaseRun {
	wallMs: number;
	peakRssBytes: number;
}

/** One build of one site: its phases in order (check, astro, docx, index… or astro, pagefind). */
export type BuildRun = Record<string, PhaseRun>;

export interface SiteOutput {
	pages: number;
	files: number;
	bytes: number;
	searchIndexBytes: number;
	/** The largest HTML page and its size. */
	largestPage: { path: string; bytes: number };
}

export interface QueryResult {
	query: string;
	/** Time from navigation start to the first result in the page; null when none came in time. */
	firstResultMs: number | null;
	/** Bytes from /pagefind/ until the network is idle (older buckets streamed in included). */
	bytes: number;
	/** Bytes from /pagefind/ fetched before the first result was in the page. */
	bytesBeforeFirst?: number;
	/** Cold page loads measured (time and bytes are their medians). */
	loads?: number;
	/**
	 * Ours only: on a page where search is loaded and another query has run, the query typed key
	 * by key; time from the search starting (after the typing pause) to its results in the page.
	 */
	warmMs?: number | null;
}

export interface SizeResult {
	plans: number;
	runs: { ours: BuildRun[]; bare: BuildRun[]; starlight: BuildRun[] };
	/** Absent when only search was measured (--search-only). */
	output: { ours: SiteOutput; bare: SiteOutput; starlight?: SiteOutput };
	/** Only what search needs was built: no Starlight, no Word documents, no content check. */
	searchOnly?: boolean;
	search: { ours: QueryResult[]; bare: QueryResult[] };
	/** Compressed transfer (gzip) of HTML + CSS + JS of a page of ours. */
	pageWeight: { page: string; bytes: number; scripts: number }[];
	/** Adding one plan to the built corpus and building again. */
	incremental?: { wallMs: number };
}

export interface BenchReport {
	machine: string;
	date: string;
	sizes: SizeResult[];
}

export const median = (values: number[]): number => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Whole-build figures of a run: phases summed in time, the largest peak in memory. */
export function total(run: BuildRun): PhaseRun {
	const phases = Object.values(run);
	return { wallMs: phases.reduce((s, p) => s + p.wallMs, 0), peakRssBytes: Math.max(0, ...phases.map((p) => p.peakRssBytes)) };
}

export interface Summary {
	phases: Record<string, PhaseRun>;
	total: PhaseRun;
}

/** Medians over runs, per phase and for the whole build. */
export function summarise(runs: BuildRun[]): Summary {
	const names = runs.length ? Object.keys(runs[0]) : [];
	const phases = Object.fromEntries(
		names.map((n) => [n, { wallMs: median(runs.map((r) => r[n].wallMs)), peakRssBytes: median(runs.map((r) => r[n].peakRssBytes)) }]),
	);
	const totals = runs.map(total);
	return { phases, total: { wallMs: median(totals.map((t) => t.wallMs)), peakRssBytes: median(totals.map((t) => t.peakRssBytes)) } };
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const gb = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');
const mark = (ok: boolean) => (ok ? 'met' : 'missed');

/** Per-run ratios ours/baseline (runs are interleaved, so pair by index), as a median. */
export function pairedRatio(ours: BuildRun[], baseline: BuildRun[], pick: (p: PhaseRun) => number): number {
	const n = Math.min(ours.length, baseline.length);
	return median(Array.from({ length: n }, (_, i) => pick(total(ours[i])) / pick(total(baseline[i]))));
}

/** Queries that match every plan: the index design's hardest case. */
export const CORPUS_WIDE = ['nhân quyền', 'nhan quyen'];

/**
 * The search targets at 10,000 plans: the corpus-wide queries' first result ≤ 1 s median and
 * ≤ 400 kB fetched before it; every query ≤ 300 kB (median, before its first result); typing.
 */
export function searchTargets(size: SizeResult): string[] {
	const q = size.search.ours;
	const sec = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : 'none in time');
	const before = (r: QueryResult) => r.bytesBeforeFirst ?? r.bytes;
	const wide = q.filter((r) => CORPUS_WIDE.includes(r.query));
	const lines = wide.map((r) => {
		const t = r.firstResultMs ?? Infinity;
		return `"${r.query}": first result ${sec(t)} ≤ 1 s — ${mark(t <= 1000)}; ${kb(before(r))} before it ≤ 400 kB — ${mark(before(r) <= 400 * 1024)}`;
	});
	const heaviest = q.reduce((a, r) => (before(r) > before(a) ? r : a), q[0]);
	const warm = q.map((r) => r.warmMs ?? Infinity);
	const index = summarise(size.runs.ours).phases.index;
	return [
		...lines,
		`every query ≤ 300 kB before its first result: heaviest "${heaviest.query}" ${kb(before(heaviest))} — ${mark(before(heaviest) <= 300 * 1024)}`,
		`search, typed on a warm page: slowest ${sec(Math.max(...warm))} ≤ 0.3 s after the typing pause — ${mark(Math.max(...warm) <= 300)}`,
		...(index
			? [
					`search index step: ${s(index.wallMs)} ≤ 60 s — ${mark(index.wallMs <= 60_000)}; ${gb(index.peakRssBytes)} ≤ 4 GB — ${mark(index.peakRssBytes <= 4 * 1024 ** 3)}`,
				]
			: []),
	];
}

export function markdownReport(report: BenchReport): string {
	const lines: string[] = [`# Build benchmark`, '', `${report.machine}; ${report.date}.`, ''];
	for (const size of report.sizes) {
		const ours = summarise(size.runs.ours);
		const bare = summarise(size.runs.bare);
		const star = summarise(size.runs.starlight);
		const timeVsStar = pairedRatio(size.runs.ours, size.runs.starlight, (p) => p.wallMs);
		const timeVsBare = pairedRatio(size.runs.ours, size.runs.bare, (p) => p.wallMs);
		lines.push(`## ${size.plans.toLocaleString('en')} plans (${size.runs.ours.length} interleaved run(s) each, medians)`, '');
		lines.push('| build | ' + Object.keys(ours.phases).join(' | ') + ' | total | peak RAM (process tree) |');
		lines.push(
			'|---|' +
				Object.keys(ours.phases)
					.map(() => '---|')
					.join('') +
				'---|---|',
		);
		lines.push(
			`| ours | ${Object.values(ours.phases)
				.map((p) => s(p.wallMs))
				.join(' | ')} | ${s(ours.total.wallMs)} | ${gb(ours.total.peakRssBytes)} |`,
		);
		lines.push('', '| baseline | phases | total | peak RAM | ours ÷ baseline, time (paired) | ours ÷ baseline, RAM |', '|---|---|---|---|---|---|');
		const baselines = [
			['bare Astro + MDX + `pagefind --site`', bare, timeVsBare],
			['Starlight (built-in search)', star, timeVsStar],
		] as const;
		for (const [name, b, r] of baselines.filter(([, b]) => Object.keys(b.phases).length)) {
			const phases = Object.entries(b.phases)
				.map(([k, v]) => `${k} ${s(v.wallMs)}`)
				.join(', ');
			lines.push(
				`| ${name} | ${phases} | ${s(b.total.wallMs)} | ${gb(b.total.peakRssBytes)} | ${r.toFixed(2)}× | ${ratio(ours.total.peakRssBytes, b.total.peakRssBytes)} |`,
			);
		}
		lines.push('', '| output | pages | files | bytes | search index | largest page |', '|---|---|---|---|---|---|');
		for (const [name, o] of Object.entries(size.output).filter((e): e is [string, SiteOutput] => e[1] !== undefined)) {
			lines.push(
				`| ${name} | ${o.pages.toLocaleString('en')} | ${o.files.toLocaleString('en')} | ${mb(o.bytes)} | ${mb(o.searchIndexBytes)} | ${o.largestPage.path} ${kb(o.largestPage.bytes)} |`,
			);
		}
		lines.push(
			'',
			`| query (cold page, local server${size.search.ours[0]?.loads ? `, median of ${size.search.ours[0].loads}` : ''}) | ours: first result | ours: bytes before it | ours: bytes in all | ours: typed on a warm page | bare Pagefind UI: first result | bare: bytes before it | bare: in all |`,
			'|---|---|---|---|---|---|---|---|',
		);
		const t = (ms: number | null | undefined) => (ms === undefined ? '–' : ms === null ? 'none in time' : `${(ms / 1000).toFixed(2)} s`);
		size.search.ours.forEach((q, i) => {
			const b = size.search.bare[i];
			const k = (n: number | undefined) => (n === undefined ? '–' : kb(n));
			lines.push(
				`| ${q.query} | ${t(q.firstResultMs)} | ${k(q.bytesBeforeFirst)} | ${kb(q.bytes)} | ${t(q.warmMs)} | ${t(b?.firstResultMs)} | ${k(b?.bytesBeforeFirst)} | ${b ? kb(b.bytes) : '–'} |`,
			);
		});
		lines.push('', '| page of ours | gzip transfer (HTML + CSS + JS) | scripts |', '|---|---|---|');
		for (const p of size.pageWeight) lines.push(`| ${p.page} | ${kb(p.bytes)} | ${p.scripts} |`);
		if (size.incremental) lines.push('', `Adding one plan to the built corpus and building again: ${s(size.incremental.wallMs)}.`);
		const builds = [
			`full build ≤ 1.0× Starlight's time: ${timeVsStar.toFixed(2)}× — ${mark(timeVsStar <= 1)}`,
			size.plans >= 10_000
				? `peak RAM ≤ the bare baseline's: ${ratio(ours.total.peakRssBytes, bare.total.peakRssBytes)} — ${mark(ours.total.peakRssBytes <= bare.total.peakRssBytes)}`
				: `peak RAM ≤ Starlight's: ${ratio(ours.total.peakRssBytes, star.total.peakRssBytes)} — ${mark(ours.total.peakRssBytes <= star.total.peakRssBytes)}`,
			`no HTML page over 1 MB: largest ${kb(size.output.ours.largestPage.bytes)} — ${mark(size.output.ours.largestPage.bytes <= 1024 ** 2)}`,
			...size.pageWeight
				.filter((p) => p.page.startsWith('/ke-hoach/'))
				.map((p) => `plan page ≤ 50 kB compressed: ${kb(p.bytes)} — ${mark(p.bytes <= 50 * 1024)}`),
		];
		// A search-only run builds no Starlight and only part of our build: its build targets say nothing.
		const targets = size.searchOnly ? [] : builds;
		if (size.plans >= 10_000 || size.searchOnly) targets.push(...searchTargets(size));
		lines.push('', 'Targets:', '', ...targets.map((t) => `- ${t}`), '');
	}
	if (report.sizes.length > 1) {
		const [a, b] = [report.sizes[0], report.sizes[report.sizes.length - 1]];
		const sa = summarise(a.runs.ours);
		const sb = summarise(b.runs.ours);
		lines.push(
			`## Growth from ${a.plans.toLocaleString('en')} to ${b.plans.toLocaleString('en')} plans (${b.plans / a.plans}× the plans; target ≤ 11× per phase)`,
			'',
		);
		lines.push('| phase | time | memory |', '|---|---|---|');
		for (const phase of Object.keys(sa.phases)) {
			lines.push(
				`| ${phase} | ${ratio(sb.phases[phase].wallMs, sa.phases[phase].wallMs)} | ${ratio(sb.phases[phase].peakRssBytes, sa.phases[phase].peakRssBytes)} |`,
			);
		}
		lines.push(`| total | ${ratio(sb.total.wallMs, sa.total.wallMs)} | ${ratio(sb.total.peakRssBytes, sa.total.peakRssBytes)} |`, '');
	}
	return lines.join('\n');
}
