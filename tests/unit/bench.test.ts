import { describe, expect, it } from 'vitest';
import { starlightPage, titleOf } from '../../src/lib/bench/baselines.ts';
import { descendants, parentOf, rssOf, runMeasured } from '../../src/lib/bench/process-tree.ts';
import { markdownReport, median, pairedRatio, summarise, type BuildRun, type SizeResult } from '../../src/lib/bench/report.ts';

describe('process tree measurement', () => {
	it('reads the parent pid even when the command name holds spaces and parentheses', () => {
		expect(parentOf('4242 (node (worker) x) S 4200 4242 4200 0 -1')).toBe(4200);
	});
	it('reads resident memory in bytes', () => {
		expect(rssOf('Name:\tnode\nVmRSS:\t  123456 kB\nThreads:\t7\n')).toBe(123456 * 1024);
		expect(rssOf('Name:\tkthreadd\n')).toBe(0);
	});
	it('finds every process below the root', () => {
		const parents = new Map([
			[10, 1],
			[11, 10],
			[12, 11],
			[13, 1],
			[14, 10],
		]);
		expect(descendants(10, parents).sort()).toEqual([10, 11, 12, 14]);
	});
	it('measures a real command: its time, and the memory of the child it starts', async () => {
		// A shell that starts a node child holding ~64 MB: the tree's peak must include it.
		const script = 'const b = Buffer.alloc(64 * 1024 * 1024, 1); setTimeout(() => console.log(b[0]), 600);';
		const m = await runMeasured('sh', ['-c', `"${process.execPath}" -e '${script}'`], { sampleMs: 50 });
		expect(m.status).toBe(0);
		expect(m.tail.trim()).toBe('1');
		expect(m.wallMs).toBeGreaterThan(500);
		expect(m.peakRssBytes).toBeGreaterThan(64 * 1024 * 1024);
	});
});

describe('benchmark report', () => {
	const run = (check: number, astro: number, index: number, rss = 1e9): BuildRun => ({
		check: { wallMs: check, peakRssBytes: rss / 4 },
		astro: { wallMs: astro, peakRssBytes: rss },
		index: { wallMs: index, peakRssBytes: rss / 2 },
	});
	it('takes medians per phase, totals as sums of phases and peaks as the largest phase', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 2, 3])).toBe(2.5);
		const s = summarise([run(1000, 20_000, 5000), run(3000, 10_000, 7000), run(2000, 30_000, 6000)]);
		expect(s.phases.astro.wallMs).toBe(20_000);
		// The median of whole runs (26 s, 20 s, 38 s), not the sum of the phase medians.
		expect(s.total.wallMs).toBe(26_000);
		expect(s.total.peakRssBytes).toBe(1e9);
	});
	it('pairs interleaved runs for ratios', () => {
		const ours = [run(0, 10_000, 0), run(0, 30_000, 0)];
		const base = [{ astro: { wallMs: 20_000, peakRssBytes: 1 } }, { astro: { wallMs: 30_000, peakRssBytes: 1 } }];
		expect(pairedRatio(ours, base, (p) => p.wallMs)).toBe(0.75);
	});
	it('says which targets are met', () => {
		const size: SizeResult = {
			plans: 1000,
			runs: {
				ours: [run(2000, 20_000, 5000, 2e9)],
				bare: [{ astro: { wallMs: 15_000, peakRssBytes: 1.5e9 }, pagefind: { wallMs: 4000, peakRssBytes: 1e9 } }],
				starlight: [{ astro: { wallMs: 22_000, peakRssBytes: 1.9e9 } }],
			},
			output: {
				ours: { pages: 5000, files: 9000, bytes: 5e8, searchIndexBytes: 3e7, largestPage: { path: '/cong-uoc/cat/index.html', bytes: 2e6 } },
				bare: { pages: 1000, files: 3000, bytes: 1e8, searchIndexBytes: 2e7, largestPage: { path: '/x/index.html', bytes: 4e4 } },
				starlight: { pages: 1000, files: 3000, bytes: 2e8, searchIndexBytes: 2e7, largestPage: { path: '/y/index.html', bytes: 9e4 } },
			},
			search: { ours: [{ query: 'nhan quyen', firstResultMs: null, bytes: 6e6 }], bare: [{ query: 'nhan quyen', firstResultMs: 1800, bytes: 1.3e6 }] },
			pageWeight: [{ page: '/ke-hoach/2025/an-giang/', bytes: 40_000, scripts: 1 }],
		};
		const md = markdownReport({ machine: '2 cores', date: '2026-11-22', sizes: [size, { ...size, plans: 10_000 }] });
		expect(md).toContain("full build ≤ 1.0× Starlight's time: 1.23× — missed");
		expect(md).toContain("peak RAM ≤ Starlight's: 1.05× — missed");
		expect(md).toContain('no HTML page over 1 MB: largest 1953 kB — missed');
		expect(md).toContain('plan page ≤ 50 kB compressed: 39 kB — met');
		expect(md).toContain('| nhan quyen | none in time | – | 5859 kB | – | 1.80 s | – | 1270 kB |');
		expect(md).toContain('"nhan quyen": first result none in time ≤ 1 s — missed; 5859 kB before it ≤ 400 kB — missed');
		expect(md).toContain('## Growth from 1,000 to 10,000 plans');
	});
});

describe('baselines', () => {
	it('a plan becomes a Starlight page with its title and its body unchanged', () => {
		const plan = '---\ntitle: "Kế hoạch: tuyên truyền"\nyear: 2025\n---\n\n## I. MỤC ĐÍCH\n\nVăn bản.\n';
		expect(titleOf(plan)).toBe('"Kế hoạch: tuyên truyền"');
		expect(starlightPage(plan)).toBe('---\ntitle: "Kế hoạch: tuyên truyền"\n---\n\n## I. MỤC ĐÍCH\n\nVăn bản.\n');
	});
});
