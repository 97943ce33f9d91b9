/**
 * The benchmark runs end to end on a small corpus (the full 1,000 / 10,000-plan run is
 * `npm run bench`, not part of the tests): every build succeeds, every figure is measured.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BenchReport } from '../../src/lib/bench/report.ts';
import { buildEnv } from '../support/build-copy.ts';
import { ROOT } from '../support/corpus.ts';

const PLANS = 50;
let report: BenchReport;
let markdown: string;

beforeAll(() => {
	const out = mkdtempSync(join(tmpdir(), 'kho-bench-out-'));
	execFileSync(
		process.execPath,
		[join(ROOT, 'tests/benchmark/bench.ts'), '--plans', String(PLANS), '--runs', '1', '--out', out, '--queries', 'nhan quyen,Lạng Sơn'],
		{
			cwd: ROOT,
			stdio: 'pipe',
			env: buildEnv({}),
		},
	);
	const files = readdirSync(out);
	report = JSON.parse(
		readFileSync(
			join(
				out,
				files.find((f) => f.endsWith('.json'))!,
			),
			'utf8',
		),
	) as BenchReport;
	markdown = readFileSync(
		join(
			out,
			files.find((f) => f.endsWith('.md'))!,
		),
		'utf8',
	);
}, 600_000);

describe(`benchmark smoke run (${PLANS} plans)`, () => {
	it('builds the same corpus with ours, the bare site and Starlight, measuring every phase', () => {
		const [size] = report.sizes;
		expect(size.plans).toBe(PLANS);
		for (const run of [...size.runs.ours, ...size.runs.bare, ...size.runs.starlight]) {
			for (const phase of Object.values(run)) {
				expect(phase.wallMs).toBeGreaterThan(0);
				expect(phase.peakRssBytes).toBeGreaterThan(10 * 1024 ** 2);
			}
		}
		expect(Object.keys(size.runs.ours[0])).toEqual(['check', 'astro', 'docx', 'index', 'precompress', 'verify']);
		// One page per plan in each baseline; ours has several pages per plan.
		expect(size.output.bare.pages).toBeGreaterThanOrEqual(PLANS);
		expect(size.output.starlight?.pages).toBeGreaterThanOrEqual(PLANS);
		expect(size.output.ours.pages).toBeGreaterThan(3 * PLANS);
		expect(size.output.ours.searchIndexBytes).toBeGreaterThan(0);
		expect(size.incremental?.wallMs).toBeGreaterThan(0);
	});
	it('measures search on our site and the bare one, and the weight of our pages', () => {
		const [size] = report.sizes;
		expect(size.search.ours.map((q) => q.query)).toEqual(size.search.bare.map((q) => q.query));
		// Common words are in every generated plan: both sites find them.
		const common = size.search.ours.find((q) => q.query === 'nhan quyen')!;
		expect(common.firstResultMs).toBeGreaterThan(0);
		expect(common.bytes).toBeGreaterThan(0);
		expect(size.search.bare.find((q) => q.query === 'nhan quyen')!.firstResultMs).toBeGreaterThan(0);
		expect(size.pageWeight.map((p) => p.page)).toEqual([
			'/',
			expect.stringMatching(/^\/nam\/\d{4}\/$/),
			expect.stringMatching(/^\/ke-hoach\/\d{4}\/[a-z-]+(-\d+)?\/$/),
		]);
		for (const p of size.pageWeight) expect(p.bytes).toBeGreaterThan(1000);
	});
	it('prints a report with the ratios and the targets', () => {
		expect(markdown).toMatch(/full build ≤ 1\.0× Starlight's time: \d+\.\d\d× — (met|missed)/);
		expect(markdown).toContain('| ours |');
	});
});
