/**
 * Reads every content file from disk with line positions: the plans (MDX with YAML
 * frontmatter) and the reference collections (one YAML list per collection).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { listFiles } from '../files.ts';
import type { Problem } from './problem.ts';
import { decodeContentFile } from './text-rules.ts';
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
	lineOf: (path: readonly PropertyKey[]) => number;
}

export interface RawCorpus {
	root: string;
	plans: PlanFile[];
	entries: EntryFile[];
	problems: Problem[];
	/** Reference collections that could not be read as a list: their ids are unknown. */
	broken: Set<ReferenceCollection>;
	/** Ids of plan files that exist but could not be read (their problem is reported). */
	unreadablePlans: Set<string>;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Why a file could not be read at all (a folder named like a file, no permission…). */
const readError = (e: unknown) => `cannot be read: ${e instanceof Error ? e.message.replace(/^[A-Z]+: /, '') : String(e)}`;

/** Plan id from a path below content/plans/, e.g. `2025/an-giang.mdx` → `2025-an-giang`. */
export function planIdFromPath(path: string): string {
	return path.replace(/\\/g, '/').replace(/\.mdx$/, '').replace('/', '-');
}

/**
 * One plan file from its bytes: `folder` and `name` are its year folder and file name below
 * content/plans/. The plan is null when it cannot be read at all (the problems say why).
 */
export function parsePlanFile(bytes: Uint8Array, file: string, folder: string, name: string): { plan: PlanFile | null; problems: Problem[] } {
	const decoded = decodeContentFile(bytes);
	if (decoded.problem) return { plan: null, problems: [{ file, line: decoded.problem.line, field: '', message: decoded.problem.message }] };
	const text = decoded.text;
	const fm = FRONTMATTER.exec(text);
	if (!fm) {
		return {
			plan: null,
			problems: [{ file, line: 1, field: '', message: 'missing YAML frontmatter: the file must start with a line "---", the fields, then a line "---"' }],
		};
	}
	const yaml = parseYamlSource(fm[1], 2);
	const problems: Problem[] = yaml.errors.map((e) => ({ file, line: e.line, field: 'frontmatter', message: e.message }));
	const plan: PlanFile = {
		id: planIdFromPath(`${folder}/${name}`),
		file,
		folder,
		stem: name.replace(/\.mdx$/, ''),
		yaml,
		body: text.slice(fm[0].length),
		bodyLine: fm[0].split('\n').length,
	};
	return { plan, problems };
}

export function readCorpus(root: string): RawCorpus {
	const problems: Problem[] = [];
	const rel = (p: string) => relative(root, p).split(sep).join('/');
	const plansDir = join(root, 'content', 'plans');
	const plans: PlanFile[] = [];
	const unreadablePlans = new Set<string>();

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
		const id = planIdFromPath(inner.join('/'));
		let bytes: Buffer;
		try {
			bytes = readFileSync(path);
		} catch (e) {
			problems.push({ file, line: 1, field: '', message: readError(e) });
			unreadablePlans.add(id);
			continue;
		}
		const parsed = parsePlanFile(bytes, file, inner[0], inner[1]);
		problems.push(...parsed.problems);
		if (parsed.plan) plans.push(parsed.plan);
		else unreadablePlans.add(id);
	}

	const entries: EntryFile[] = [];
	const broken = new Set<ReferenceCollection>();
	for (const collection of REFERENCE_COLLECTIONS) {
		const path = join(root, 'content', `${collection}.yaml`);
		const file = rel(path);
		if (!existsSync(path)) {
			problems.push({ file, line: 1, field: '', message: `missing: the ${collection} collection`, root: true });
			broken.add(collection);
			continue;
		}
		let bytes: Buffer;
		try {
			bytes = readFileSync(path);
		} catch (e) {
			problems.push({ file, line: 1, field: '', message: readError(e), root: true });
			broken.add(collection);
			continue;
		}
		const decoded = decodeContentFile(bytes);
		if (decoded.problem) {
			problems.push({ file, line: decoded.problem.line, field: '', message: decoded.problem.message, root: true });
			broken.add(collection);
			continue;
		}
		const yaml = parseYamlSource(decoded.text);
		for (const e of yaml.errors) problems.push({ file, line: e.line, field: '', message: e.message, root: true });
		if (yaml.errors.length) {
			broken.add(collection);
			continue;
		}
		if (!Array.isArray(yaml.data)) {
			problems.push({ file, line: 1, field: '', message: 'must be a YAML list of entries (each starting with "- id: …")', root: true });
			broken.add(collection);
			continue;
		}
		yaml.data.forEach((data, index) =>
			entries.push({ collection, file, index, data, lineOf: (p) => yaml.lineOf([index, ...p]) }),
		);
	}
	return { root, plans, entries, problems, broken, unreadablePlans };
}
