/** The benchmark's synthetic corpus: deterministic, valid, shaped like the real one. */
import { mkdirSync, mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REFERENCE_COLLECTIONS } from '../../src/lib/content/corpus.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { readRealCorpus } from '../../src/lib/content/real-corpus.ts';
import { checkContent } from '../../src/lib/content/validate.ts';
import { generateCorpus, yearsFor } from '../../src/lib/synthetic.ts';
import { planSchema } from '../../src/schemas/plan.ts';
import { ROOT } from '../support/corpus.ts';

const real = readRealCorpus(ROOT).corpus;
const planFiles = (files: Map<string, string>) => [...files.keys()].filter((f) => f.endsWith('.mdx'));
const frontmatter = (text: string) => planSchema.parse(parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]));
const body = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');

function written(files: Map<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'kho-synthetic-'));
	for (const [path, text] of files) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	for (const c of REFERENCE_COLLECTIONS) cpSync(join(ROOT, 'content', `${c}.yaml`), join(root, 'content', `${c}.yaml`));
	return root;
}

describe('synthetic corpus', () => {
	const small = generateCorpus({ plans: 400, seed: 1, real });

	it('is the same for the same seed and size, and differs with the seed', { timeout: 60_000 }, () => {
		expect([...generateCorpus({ plans: 400, seed: 1, real })]).toEqual([...small]);
		expect([...generateCorpus({ plans: 400, seed: 2, real })]).not.toEqual([...small]);
	});

	it('has exactly the plans asked for, each with its source text', () => {
		for (const n of [1, 60, 400]) {
			const files = n === 400 ? small : generateCorpus({ plans: n, seed: 1, real });
			expect(planFiles(files)).toHaveLength(n);
			for (const f of planFiles(files)) expect(files.has(frontmatter(files.get(f)!).source.file)).toBe(true);
		}
	});

	// Validating 460 plans is a few seconds of CPU on an idle machine; under a loaded CI
	// machine it has taken over vitest's default 5 s, so this test states its own budget.
	it('passes the content validator', { timeout: 60_000 }, () => {
		for (const [n, files] of [
			[60, generateCorpus({ plans: 60, seed: 1, real })],
			[400, small],
		] as const) {
			const { problems, plans } = checkContent(written(files));
			expect(problems.map(formatProblem)).toEqual([]);
			expect(plans).toHaveLength(n);
		}
	});

	it('has one central plan a year and provincial plans only for the units in force that year', () => {
		const years = yearsFor(400);
		expect(years.at(-1)).toBe(2025);
		for (const year of years) {
			const ofYear = planFiles(small).filter((f) => f.startsWith(`content/plans/${year}/`));
			expect(ofYear.filter((f) => /\/trung-uong(-\d+)?\.mdx$/.test(f))).toEqual([`content/plans/${year}/trung-uong.mdx`]);
			const inForce = new Set(real.provinces.filter((p) => p.until === null || p.until >= `${year}-12-10`).map((p) => p.id));
			expect(inForce.size).toBe(year >= 2025 ? 34 : 63);
			for (const f of ofYear.filter((x) => !x.endsWith('/trung-uong.mdx'))) expect(inForce.has(frontmatter(small.get(f)!).province ?? '')).toBe(true);
		}
	});

	it('has Vietnamese bodies of 10–16 kB made of the real plans’ paragraphs', () => {
		const realParagraphs = new Set(real.plans.flatMap((p) => p.body.split(/\n{2,}/).map((x) => x.trim())));
		for (const f of planFiles(small)) {
			const text = body(small.get(f)!);
			const size = Buffer.byteLength(text);
			expect(size, f).toBeGreaterThanOrEqual(10_000);
			expect(size, f).toBeLessThanOrEqual(16_000);
		}
		const paragraphs = body(small.get(planFiles(small)[5])!).split(/\n{2,}/);
		expect(paragraphs.filter((p) => realParagraphs.has(p.trim())).length).toBeGreaterThan(paragraphs.length / 3);
	});

	it('has some plans with unknown facts and errata, as real corpora do', () => {
		const data = planFiles(small).map((f) => frontmatter(small.get(f)!));
		const unknown = data.filter((d) => d.issuedAt === null && d.number === null);
		expect(unknown.length).toBeGreaterThan(data.length * 0.03);
		expect(unknown.length).toBeLessThan(data.length * 0.2);
		expect(unknown.every((d) => d.errata.length > 0)).toBe(true);
	});
});
