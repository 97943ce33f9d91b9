/** Running the import command against a throwaway content root, and comparing drafts with curated plans. */
import { spawnSync } from 'node:child_process';
import { cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { Plan } from '../../src/schemas/plan.ts';
import type { RealCorpus } from '../../src/lib/synthetic.ts';
import { buildEnv } from './build-copy.ts';
import { ROOT } from './corpus.ts';

export const NODE = join(ROOT, 'node_modules', '.bin', 'node');

/** The sources and the curated plans they became. */
export const SOURCES = [
	{ plan: '2025-trung-uong', source: 'content/sources/002_f7c8d72beeba19fb.txt' },
	{ plan: '2025-an-giang', source: 'content/sources/000_fd0dfa790a32ea3d.txt' },
	{ plan: '2025-lang-son', source: 'content/sources/003_cdb410e878c464fc.txt' },
	{ plan: '2024-tra-vinh', source: 'content/sources/004_16dd2fada26a5e38.txt' },
	{ plan: '2023-bac-giang', source: 'content/sources/001_6ef3f8e2bc5b89f1.txt' },
] as const;

/**
 * The corpus as it was before a plan was added: without the plan itself and without the cited
 * documents that only it cites (they were catalogued from it).
 */
export function corpusWithout(corpus: RealCorpus, id: string): RealCorpus {
	const plans = corpus.plans.filter((p) => p.id !== id);
	const cited = new Set(plans.flatMap((p) => [p.data.implements, ...p.data.references]));
	const own = new Set(corpus.plans.find((p) => p.id === id)!.data.references);
	return { ...corpus, plans, documents: corpus.documents.filter((d) => !own.has(d.id) || cited.has(d.id)) };
}

/** The fields the import must reproduce, in a comparable form. */
export function comparable(plan: Plan): Record<string, unknown> {
	return {
		number: plan.number,
		numberIllegible: plan.numberIllegible ?? null,
		issuedAt: plan.issuedAt,
		issuedPlace: plan.issuedPlace,
		year: plan.year,
		anniversary: plan.anniversary,
		level: plan.level,
		province: plan.province,
		implements: plan.implements,
		references: plan.references,
		campaign: plan.campaign,
		banners: plan.banners,
		reportDeadline: plan.reportDeadline,
		slogans: plan.slogans.map((s) => s.slogan),
		conventions: plan.conventions,
		assignments: plan.assignments.map((a) => a.agency),
		signer: plan.signer,
	};
}

/** "field: got … want …" for every field that differs. */
export function mismatches(got: Record<string, unknown>, want: Record<string, unknown>): string[] {
	return Object.keys(want)
		.filter((k) => JSON.stringify(got[k]) !== JSON.stringify(want[k]))
		.map((k) => `${k}: got ${JSON.stringify(got[k])}, want ${JSON.stringify(want[k])}`);
}

/** A content root with the project's content, minus the given plans (and their source files). */
export function contentRoot(without: string[] = []): string {
	const root = mkdtempSync(join(tmpdir(), 'kho-import-'));
	cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
	for (const id of without) {
		const [year, ...rest] = id.split('-');
		rmSync(join(root, 'content', 'plans', year, `${rest.join('-')}.mdx`));
	}
	return root;
}

export function runImport(
	root: string,
	args: string[],
	env: Record<string, string> = {},
): { status: number | null; stdout: string; stderr: string; ms: number } {
	const started = performance.now();
	const r = spawnSync(NODE, [join(ROOT, 'src', 'cli', 'import.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: buildEnv({ CONTENT_ROOT: root, ...env }) });
	return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - started };
}

/** Every file (and symbolic link, not followed) under a folder with its size and modification time, to tell whether anything changed. */
export function snapshot(dir: string): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const p = join(d, e.name);
			if (e.isDirectory()) walk(p);
			else {
				const s = lstatSync(p);
				out.push(`${relative(dir, p)} ${s.size} ${s.mtimeMs}`);
			}
		}
	};
	walk(dir);
	return out.sort();
}

/** The frontmatter of a written draft. */
export function draftData(path: string): Plan {
	const text = readFileSync(path, 'utf8');
	return parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]) as Plan;
}
