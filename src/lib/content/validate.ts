/**
 * The content validator: every schema, then what no single-entry schema can check — ids
 * that resolve across collections, duplicates, ordered periods, the anniversary, NFC text,
 * the path of each plan and what its MDX body may contain. Collects every problem.
 */
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import {
	agencySchema,
	conventionSchema,
	documentSchema,
	planSchema,
	provinceSchema,
	sloganSchema,
} from '../../schemas/index.ts';
import { FIRST_HUMAN_RIGHTS_DAY, type Plan } from '../../schemas/plan.ts';
import { readCorpus, type RawCorpus, type ReferenceCollection } from './corpus.ts';
import { checkSections } from './sections.ts';
import { checkBody } from './mdx-body.ts';
import { firstInvalidUtf8, plainTextProblem } from './text-rules.ts';
import { sortProblems, type Problem } from './problem.ts';
import { duplicateTexts, unusedEntries, type CatalogueEntry, type TextEntry } from './catalogue-checks.ts';

const SCHEMAS: Record<ReferenceCollection, z.ZodType> = {
	provinces: provinceSchema,
	agencies: agencySchema,
	conventions: conventionSchema,
	slogans: sloganSchema,
	documents: documentSchema,
};

/** What one entry of each collection is called in messages. */
const ENTITY_NAME: Record<ReferenceCollection, string> = {
	provinces: 'province',
	agencies: 'agency',
	conventions: 'convention',
	slogans: 'slogan',
	documents: 'document',
};

/** Dates in content are plausible: from the first Human Rights Day to the end of next year. */
const EARLIEST_DATE = '1948-12-10';
const latestDate = () => `${new Date().getUTCFullYear() + 1}-12-31`;

type Path = readonly PropertyKey[];
const fieldName = (path: Path) =>
	path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), '');

/** Every string in a value with its path, for the NFC check. */
function* strings(value: unknown, path: PropertyKey[] = []): Generator<[string, PropertyKey[]]> {
	if (typeof value === 'string') yield [value, path];
	else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, [...path, i]);
	else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

function zodProblems(error: z.ZodError, file: string, lineOf: (p: Path) => number, prefix: Path = []): Problem[] {
	return error.issues.map((issue) => {
		let path = [...prefix, ...issue.path];
		let message = issue.message;
		if (issue.code === 'unrecognized_keys') {
			message = `unknown key(s): ${issue.keys.join(', ')}`;
			path = [...path, issue.keys[0]];
		}
		if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) message = 'required field is missing';
		return { file, line: lineOf(path), field: fieldName(path) || '(entry)', message };
	});
}

export interface CheckResult {
	problems: Problem[];
	/** What deserves a look but does not stop a build: catalogue entries nothing uses. */
	warnings: Problem[];
	plans: { id: string; file: string; data: Plan }[];
}

/** The collections whose unused entries are reported (provinces are a gazetteer: most are unused). */
const USAGE_CHECKED = ['agencies', 'conventions', 'slogans', 'documents'] as const;

/** The ids each collection's entries are referred to by, from plans and other entries (as written, valid or not). */
function referencedIds(raw: RawCorpus): Record<(typeof USAGE_CHECKED)[number], Set<string>> {
	const used = { agencies: new Set<string>(), conventions: new Set<string>(), slogans: new Set<string>(), documents: new Set<string>() };
	const add = (set: Set<string>, value: unknown) => typeof value === 'string' && set.add(value);
	const each = (list: unknown, f: (item: Record<string, unknown>) => void) => Array.isArray(list) && (list as unknown[]).forEach((x) => x && typeof x === 'object' && f(x as Record<string, unknown>));
	for (const p of raw.plans) {
		const d = p.yaml.data as Record<string, unknown> | undefined;
		if (!d || typeof d !== 'object') continue;
		add(used.agencies, d.issuer);
		each(d.assignments, (a) => add(used.agencies, a.agency));
		each(d.slogans, (s) => add(used.slogans, s.slogan));
		if (Array.isArray(d.conventions)) d.conventions.forEach((c) => add(used.conventions, c));
		if (Array.isArray(d.references)) d.references.forEach((r) => add(used.documents, r));
		add(used.documents, d.implements);
	}
	for (const { collection, data } of raw.entries) {
		const e = data as Record<string, unknown> | null;
		if (!e || typeof e !== 'object') continue;
		if (collection === 'agencies') {
			add(used.agencies, e.counterpart);
			each(e.predecessors, (x) => add(used.agencies, x.agency));
		}
		if (collection === 'documents') add(used.agencies, e.issuer);
	}
	return used;
}

export function validateCorpus(raw: RawCorpus): CheckResult {
	const problems: Problem[] = [...raw.problems];
	const ids: Record<ReferenceCollection, Set<string>> = {
		provinces: new Set(), agencies: new Set(), conventions: new Set(), slogans: new Set(), documents: new Set(),
	};
	const valid: Record<ReferenceCollection, Map<string, Record<string, unknown>>> = {
		provinces: new Map(), agencies: new Map(), conventions: new Map(), slogans: new Map(), documents: new Map(),
	};
	/** Every string of an entry is NFC plain text: no markup, script URLs or control characters. */
	const plainText = (value: unknown, file: string, lineOf: (p: Path) => number) => {
		for (const [s, path] of strings(value)) {
			const problem = s !== s.normalize('NFC') ? 'text is not Unicode NFC' : plainTextProblem(s);
			if (problem) problems.push({ file, line: lineOf(path), field: fieldName(path), message: problem });
		}
	};

	// Reference collections.
	const refChecks: (() => void)[] = [];
	const sloganTexts: TextEntry[] = [];
	const listed: Record<ReferenceCollection, CatalogueEntry[]> = { provinces: [], agencies: [], conventions: [], slogans: [], documents: [] };
	for (const entry of raw.entries) {
		const { collection, file, lineOf } = entry;
		const id = (entry.data as { id?: unknown })?.id;
		if (typeof id === 'string') {
			if (ids[collection].has(id)) problems.push({ file, line: lineOf(['id']), field: 'id', message: `duplicate id "${id}" in ${collection}` });
			ids[collection].add(id);
		}
		plainText(entry.data, file, lineOf);
		const parsed = SCHEMAS[collection].safeParse(entry.data);
		if (!parsed.success) {
			problems.push(...zodProblems(parsed.error, file, lineOf));
			continue;
		}
		const data = parsed.data as Record<string, unknown>;
		valid[collection].set(data.id as string, data);
		listed[collection].push({ id: data.id as string, file, line: lineOf(['id']) });
		if (collection === 'slogans') sloganTexts.push({ id: data.id as string, text: data.text as string, file, line: lineOf(['text']) });
		refChecks.push(() => checkEntryRefs(collection, data, file, lineOf));
	}

	// A collection that could not be read is reported once, as the root cause, not as an
	// unknown id at every use.
	const need = (collection: ReferenceCollection, value: unknown, file: string, line: number, field: string) => {
		if (typeof value === 'string' && !raw.broken.has(collection) && !ids[collection].has(value)) {
			problems.push({ file, line, field, message: `unknown ${ENTITY_NAME[collection]} id "${value}"` });
		}
	};

	function checkEntryRefs(collection: ReferenceCollection, data: Record<string, unknown>, file: string, lineOf: (p: Path) => number) {
		if (collection === 'provinces') {
			need('provinces', data.mergedInto, file, lineOf(['mergedInto']), 'mergedInto');
			if ((data.until === null) !== (data.mergedInto === null)) {
				problems.push({ file, line: lineOf(['until']), field: 'until', message: 'until and mergedInto go together: both set or both null' });
			}
			if (data.mergedInto === data.id) problems.push({ file, line: lineOf(['mergedInto']), field: 'mergedInto', message: 'a unit cannot merge into itself' });
		}
		if (collection === 'agencies') {
			need('agencies', data.counterpart, file, lineOf(['counterpart']), 'counterpart');
			(data.predecessors as { agency: string }[]).forEach((p, i) => need('agencies', p.agency, file, lineOf(['predecessors', i, 'agency']), `predecessors[${i}].agency`));
		}
		if (collection === 'documents') {
			need('agencies', data.issuer, file, lineOf(['issuer']), 'issuer');
			need('provinces', data.province, file, lineOf(['province']), 'province');
		}
	}
	refChecks.forEach((f) => f());
	problems.push(...duplicateTexts(sloganTexts, 'slogan'));

	// Plans.
	const planIds = new Map<string, string>();
	for (const p of raw.plans) {
		if (planIds.has(p.id)) problems.push({ file: p.file, line: 1, field: 'id', message: `duplicate plan id "${p.id}" (also ${planIds.get(p.id)})` });
		else planIds.set(p.id, p.file);
	}
	const plans: CheckResult['plans'] = [];
	const checkPlan = (p: RawCorpus['plans'][number]) => {
		const { file } = p;
		const lineOf = p.yaml.lineOf;
		for (const issue of checkBody(p.body)) problems.push({ file, line: p.bodyLine + issue.line - 1, column: issue.column, field: 'body', message: issue.message });
		if (p.body !== p.body.normalize('NFC')) {
			const i = p.body.split('\n').findIndex((l) => l !== l.normalize('NFC'));
			problems.push({ file, line: p.bodyLine + i, field: 'body', message: 'text is not Unicode NFC' });
		}
		if (p.yaml.data === undefined) return; // broken YAML, already reported
		plainText(p.yaml.data, file, lineOf);
		const parsed = planSchema.safeParse(p.yaml.data);
		if (!parsed.success) {
			problems.push(...zodProblems(parsed.error, file, lineOf));
			return;
		}
		const d = parsed.data;
		const at = (field: string, message: string, path: Path = field.split('.')) => problems.push({ file, line: lineOf(path), field, message });

		if (String(d.year) !== p.folder) at('year', `is ${d.year} but the file is in content/plans/${p.folder}/`);
		if (d.anniversary !== d.year - FIRST_HUMAN_RIGHTS_DAY) at('anniversary', `must be year − ${FIRST_HUMAN_RIGHTS_DAY} = ${d.year - FIRST_HUMAN_RIGHTS_DAY}`);
		const jurisdiction = d.level === 'trung-uong' ? 'trung-uong' : d.province;
		if (d.level === 'trung-uong' && d.province !== null) at('province', 'must be null for a central plan');
		if (d.level === 'tinh' && d.province === null) at('province', 'is required for a provincial plan');
		if (jurisdiction && !new RegExp(`^${jurisdiction}(-\\d+)?$`).test(p.stem)) {
			at('province', `file name must be ${jurisdiction}.mdx (or ${jurisdiction}-<n>.mdx)`);
		}
		need('provinces', d.province, file, lineOf(['province']), 'province');
		need('agencies', d.issuer, file, lineOf(['issuer']), 'issuer');
		const knownPlan = (id: string) => planIds.has(id) || raw.unreadablePlans.has(id);
		if (d.implements !== null && !knownPlan(d.implements) && !ids.documents.has(d.implements) && !raw.broken.has('documents')) {
			at('implements', `"${d.implements}" is neither a plan nor a cited document`);
		}
		if (d.implements === p.id) at('implements', 'a plan cannot implement itself');
		d.references.forEach((r, i) => need('documents', r, file, lineOf(['references', i]), `references[${i}]`));
		d.slogans.forEach((s, i) => need('slogans', s.slogan, file, lineOf(['slogans', i, 'slogan']), `slogans[${i}].slogan`));
		d.conventions.forEach((c, i) => need('conventions', c, file, lineOf(['conventions', i]), `conventions[${i}]`));
		d.assignments.forEach((a, i) => need('agencies', a.agency, file, lineOf(['assignments', i, 'agency']), `assignments[${i}].agency`));
		for (const key of ['campaign', 'banners'] as const) {
			const period = d[key];
			if (period?.from && period.to && period.from > period.to) at(`${key}.to`, `${period.to} is before ${key}.from ${period.from}`);
		}
		if (d.source.kind === 'text' && d.source.restored) at('source.restored', 'only an OCR source can be restored');
		for (const issue of checkSections(p.body, d.assignments)) {
			if (issue.line) problems.push({ file, line: p.bodyLine + issue.line - 1, field: issue.field, message: issue.message });
			else at(issue.field, issue.message, issue.field.replace(/\[(\d+)\]/g, '.$1').split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)));
		}
		if (d.numberIllegible !== null && d.number !== null) at('numberIllegible', 'a partly illegible number goes with number: null');
		if (d.numberIllegible !== null && !d.numberIllegible.includes('…')) at('numberIllegible', 'mark what cannot be read with "…" (e.g. "…/KH-BCĐNQ-CQTT")');
		d.errata.forEach((e, i) => {
			if (e.field === undefined) return;
			const m = /^([a-zA-Z]+)(?:\[(\d+)\])?(?:\.[a-zA-Z]+)?$/.exec(e.field);
			const value = m ? (d as Record<string, unknown>)[m[1]] : undefined;
			const field = `errata[${i}].field`;
			if (!m || !(m[1] in d) || m[1] === 'errata') at(field, `"${e.field}" is not a field of the plan`, ['errata', i, 'field']);
			else if (m[2] !== undefined && (!Array.isArray(value) || Number(m[2]) >= value.length)) at(field, `"${e.field}": ${m[1]} has no item ${m[2]}`, ['errata', i, 'field']);
		});
		const dates: [string, string | null | undefined][] = [
			['issuedAt', d.issuedAt],
			['campaign.from', d.campaign?.from],
			['campaign.to', d.campaign?.to],
			['banners.from', d.banners?.from],
			['banners.to', d.banners?.to],
			['reportDeadline', d.reportDeadline],
		];
		for (const [field, date] of dates) {
			if (date && (date < EARLIEST_DATE || date > latestDate())) at(field, `${date} is not a plausible date (between ${EARLIEST_DATE} and ${latestDate()})`);
		}
		if (d.year > Number(latestDate().slice(0, 4))) at('year', `${d.year} is in the future`);
		const sourceProblem = checkSourceFile(raw.root, d.source.file);
		if (sourceProblem) at('source.file', sourceProblem);
		plans.push({ id: p.id, file, data: d });
	};
	for (const p of raw.plans) {
		try {
			checkPlan(p);
		} catch (e) {
			// A safety net: whatever goes wrong reading one plan is a problem of that plan.
			problems.push({ file: p.file, line: 1, field: '', message: `could not be checked: ${e instanceof Error ? e.message : String(e)}` });
		}
	}
	const used = referencedIds(raw);
	const warnings = USAGE_CHECKED.filter((c) => !raw.broken.has(c)).flatMap((c) => unusedEntries(listed[c], used[c], ENTITY_NAME[c]));
	return { problems: sortProblems(problems), warnings: sortProblems(warnings), plans };
}

/**
 * Why a plan's source file cannot be published, or null: it must be a regular file (not a
 * link or a folder) inside content/sources/, in valid UTF-8.
 */
export function checkSourceFile(root: string, file: string): string | null {
	const path = join(root, file);
	const sources = join(root, 'content', 'sources');
	let stat;
	try {
		stat = lstatSync(path);
	} catch {
		return `no such file: ${file}`;
	}
	if (stat.isSymbolicLink()) return `${file} is a symbolic link; put the source text itself in content/sources/`;
	if (!stat.isFile()) return `${file} is not a regular file`;
	const inside = relative(realpathSync(sources), realpathSync(path));
	if (inside.startsWith('..') || inside.includes(sep)) return `${file} is not directly inside content/sources/`;
	const bad = firstInvalidUtf8(readFileSync(path));
	if (bad >= 0) return `${file} is not valid UTF-8 (byte ${bad + 1})`;
	return null;
}

/** Reads and validates the corpus under `root`. */
export function checkContent(root: string): CheckResult {
	return validateCorpus(readCorpus(root));
}
