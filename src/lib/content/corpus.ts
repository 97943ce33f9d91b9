/**
 * Reads every content file from disk with line positions: the plans (MDX with YAML
 * frontmatter) and the reference collections (one YAML list per collection).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { listFiles } from '../files.ts';
import type { Problem } from './problem.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

export const REFERENCE_COLLECTIONS = ['provinces', 'agencies', 'conventions', 'slogans', 'documents'] as const;
export type ReferenceCollection = (typeof REFERENCE_COLLECTIONS)[number];

export interface PlanFile {
	/** `<year>-<jurisdiction>[-<n>]`, from the path. */
	id: string;
	/** Path relative to the project root, with forward slashes. */
	file: string;
	/** Path segments below content/plans/: year folder and file stem. */
	folder: string;
	stem: string;
	yaml: YamlSource;
	body: string;
	/** Line in the file where the body starts. */
	bodyLine: number;
}

export interface EntryFile {
	collection: ReferenceCollection;
	file: string;
	index: number;
	data: unknown;
	lineOf(path: readonly PropertyKey[]): number;
}

export interface RawCorpus {
	root: string;
	plans: PlanFile[];
	entries: EntryFile[];
	problems: Problem[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Plan id from a path below content/plans/, e.g. `2025/an-giang.mdx` → `2025-an-giang`. */
export function planIdFromPath(path: string): string {
	return path.replace(/\\/g, '/').replace(/\.mdx$/, '').replace('/', '-');
}

export function readCorpus(root: string): RawCorpus {
	const problems: Problem[] = [];
	const rel = (p: string) => relative(root, p).split(sep).join('/');
	const plansDir = join(root, 'content', 'plans');
	const plans: PlanFile[] = [];

	for (const path of listFiles(plansDir).sort()) {
		const file = rel(path);
		const inner = relative(plansDir, path).split(sep);
		if (!file.endsWith('.mdx')) {
			problems.push({ file, line: 1, field: '', message: 'only .mdx files belong in content/plans/' });
			continue;
		}
		if (inner.length !== 2) {
			problems.push({ file, line: 1, field: '', message: 'a plan must be at content/plans/<year>/<jurisdiction>.mdx' });
			continue;
		}
		const text = readFileSync(path, 'utf8');
		const fm = FRONTMATTER.exec(text);
		if (!fm) {
			problems.push({ file, line: 1, field: '', message: 'missing YAML frontmatter between --- lines' });
			continue;
		}
		const yaml = parseYamlSource(fm[1], 2);
		// Only the first YAML error: the ones after it usually follow from it.
		for (const e of yaml.errors.slice(0, 1)) problems.push({ file, line: e.line, field: 'frontmatter', message: `broken YAML: ${e.message}` });
		const bodyLine = fm[0].split('\n').length;
		plans.push({
			id: planIdFromPath(inner.join('/')),
			file,
			folder: inner[0],
			stem: inner[1].replace(/\.mdx$/, ''),
			yaml,
			body: text.slice(fm[0].length),
			bodyLine,
		});
	}

	const entries: EntryFile[] = [];
	for (const collection of REFERENCE_COLLECTIONS) {
		const path = join(root, 'content', `${collection}.yaml`);
		const file = rel(path);
		if (!existsSync(path)) {
			problems.push({ file, line: 1, field: '', message: `missing: the ${collection} collection` });
			continue;
		}
		const yaml = parseYamlSource(readFileSync(path, 'utf8'));
		for (const e of yaml.errors.slice(0, 1)) problems.push({ file, line: e.line, field: '', message: `broken YAML: ${e.message}` });
		if (yaml.errors.length) continue;
		if (!Array.isArray(yaml.data)) {
			problems.push({ file, line: 1, field: '', message: 'must be a YAML list of entries' });
			continue;
		}
		yaml.data.forEach((data, index) =>
			entries.push({ collection, file, index, data, lineOf: (p) => yaml.lineOf([index, ...p]) }),
		);
	}
	return { root, plans, entries, problems };
}
