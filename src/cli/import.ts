/**
 * `npm run import -- <file> [--out <path>] [--out-dir <folder>] [--apply] [--force] [--report <file.json>]`
 *
 * Turns a plan as issued (.txt, .docx, .pdf, or a scan: image-only .pdf, .png, .jpg) into a
 * draft under content/plans/<year>/<jurisdiction>.mdx (or --out), keeps the extracted text as
 * the source of record in content/sources/<id>.txt, and prints a review report. --apply also
 * appends the proposed slogans, agency kinds and cited documents to their YAML lists.
 *
 * Every write stays inside content/ — or, for the draft, inside a folder named with --out-dir —
 * and never goes through a symbolic link; the --report path is checked before anything is
 * written. A refused path exits 2 with nothing written.
 *
 * Exit codes: 0 the draft passes the content check; 1 it was written but needs edits (the
 * report lists them), or a file exists and --force was not given; 2 the input cannot be read
 * (nothing is written).
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { readCorpus, parsePlanFile, type EntryFile, type ReferenceCollection } from '../lib/content/corpus.ts';
import { formatProblem } from '../lib/content/problem.ts';
import { readRealCorpus } from '../lib/content/real-corpus.ts';
import { validateCorpus } from '../lib/content/validate.ts';
import { contentRoot } from '../lib/content-root.ts';
import { buildReport, formatReport, proposalsYaml, serializeDraft } from '../lib/import/draft.ts';
import { importText, type ImportResult } from '../lib/import/index.ts';
import { checkReportPath, confine, printable, UnsafePath, writeNoFollow } from '../lib/import/output.ts';
import { readInput } from '../lib/import/read/index.ts';
import { cleanup, sweepStale } from '../lib/import/read/proc.ts';
import { UnreadableInput } from '../lib/import/text.ts';

const USAGE = 'usage: npm run import -- <file> [--out <path>] [--out-dir <folder>] [--apply] [--force] [--report <file.json>]';

function fail(code: 1 | 2, message: string): never {
	console.error(message);
	process.exit(code);
}

// Temporary folders and helper processes go on every exit path, signals included.
process.on('exit', cleanup);
for (const [signal, code] of [
	['SIGINT', 130],
	['SIGTERM', 143],
	['SIGHUP', 129],
] as const)
	process.on(signal, () => {
		cleanup();
		process.exit(code);
	});
sweepStale();

const started = performance.now();
let args: ReturnType<typeof parse>;
function parse() {
	return parseArgs({
		allowPositionals: true,
		options: { out: { type: 'string' }, 'out-dir': { type: 'string' }, apply: { type: 'boolean' }, force: { type: 'boolean' }, report: { type: 'string' } },
	});
}
try {
	args = parse();
} catch (e) {
	fail(2, `${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
}
if (args.positionals.length !== 1) fail(2, USAGE);
const input = args.positionals[0];
/** The input's name as printed: control characters escaped. */
const shown = printable(input);
const root = resolve(contentRoot());
const rel = (path: string) => relative(root, path).split(sep).join('/');
/** A path checked by `check`, or exit 2 with its one-line reason. */
function safe(check: () => string): string {
	try {
		return check();
	} catch (e) {
		if (e instanceof UnsafePath) fail(2, e.message);
		throw e;
	}
}
// 0. The report path is checked before anything is read or written.
const reportPath = args.values.report === undefined ? null : safe(() => checkReportPath(args.values.report!));

// 1. Read the input. Nothing is written before this has succeeded.
let bytes: Uint8Array;
try {
	bytes = readFileSync(input);
} catch (e) {
	fail(2, `${shown}: cannot be read: ${e instanceof Error ? e.message.replace(/^[A-Z]+: /, '') : String(e)}`);
}
let read;
try {
	read = await readInput(input, bytes);
} catch (e) {
	if (e instanceof UnreadableInput) fail(2, `${shown}: ${e.message}`);
	throw e;
}

// 2. Extract against the corpus.
const { corpus, problems: corpusProblems } = readRealCorpus(root);
let result: ImportResult;
try {
	const input = { text: read.text, lines: read.lines, incomplete: read.incomplete, kind: read.kind, sourceFile: 'content/sources/draft.txt' };
	result = importText({ ...input, corpus });
	// Re-importing over an earlier draft (--force): that draft must not vouch for itself.
	const earlier = corpus.plans.find((p) => p.id === result.id);
	if (earlier && args.values.force) result = importText({ ...input, corpus: { ...corpus, plans: corpus.plans.filter((p) => p !== earlier) } });
} catch (e) {
	if (e instanceof UnreadableInput) fail(2, `${shown}: ${e.message}`);
	throw e;
}
if (!result.data.year) fail(2, `${shown}: the plan's year cannot be found (no "10/12/1948 - 10/12/<year>", anniversary or issue date)`);
if (result.incomplete.length && args.values.apply && !args.values.force)
	fail(
		1,
		`${shown}: the document may be incomplete (${result.incomplete.join('; ')}); nothing was written. Import the whole document, or use --force --apply to apply it anyway.`,
	);
const sourceFile = `content/sources/${result.id}.txt`;
result.data.source.file = sourceFile;

const contentDir = join(root, 'content');
const outDir = args.values['out-dir'];
const draftName = `${result.id.replace(/^\d+-/, '')}.mdx`;
const draftPath = safe(() =>
	confine(
		args.values.out ?? (outDir ? join(outDir, String(result.data.year), draftName) : join(contentDir, 'plans', String(result.data.year), draftName)),
		outDir ?? contentDir,
		'--out',
	),
);
const sourcePath = safe(() => confine(join(root, sourceFile), contentDir, 'the source text'));
const yamlPaths = new Map<string, string>(
	result.extraction.proposals.map((p) => [p.collection, safe(() => confine(join(contentDir, `${p.collection}.yaml`), contentDir, 'the list'))]),
);
for (const path of [draftPath, sourcePath]) {
	if (existsSync(path) && !args.values.force) {
		fail(
			1,
			`${rel(path)} exists; nothing was written. Use --force to overwrite it, or --out <path> for another plan of the same jurisdiction and year (e.g. content/plans/${result.data.year}/${result.id.replace(/^\d+-/, '')}-2.mdx).`,
		);
	}
}

// 3. Write the source of record, the draft and (with --apply) the proposals; undo on failure.
const draft = serializeDraft(result.data, result.body);
const baseline = new Set(validateCorpus(readCorpus(root)).problems.map(formatProblem));
const undo: (() => void)[] = [];
const byCollection = new Map<ReferenceCollection, typeof result.extraction.proposals>();
for (const p of result.extraction.proposals) byCollection.set(p.collection, [...(byCollection.get(p.collection) ?? []), p]);
try {
	for (const [path, text] of [
		[sourcePath, read.text],
		[draftPath, draft],
	] as const) {
		const before = existsSync(path) ? readFileSync(path) : null;
		mkdirSync(dirname(path), { recursive: true });
		writeNoFollow(path, text);
		undo.push(() => (before ? writeNoFollow(path, before) : rmSync(path, { force: true })));
	}
	if (args.values.apply) {
		for (const [collection, proposals] of byCollection) {
			const path = yamlPaths.get(collection)!;
			const before = readFileSync(path, 'utf8');
			writeNoFollow(path, before.replace(/\n*$/, '\n') + proposalsYaml(proposals, basename(input)));
			undo.push(() => writeNoFollow(path, before));
		}
	}
} catch (e) {
	for (const u of undo.reverse()) u();
	fail(2, `${shown}: could not write the draft (${e instanceof Error ? e.message : String(e)}); nothing was changed`);
}

// 4. Check the corpus with the draft (and, when not applied, with the proposals as if applied).
const raw = readCorpus(root);
const draftRel = rel(draftPath);
if (!raw.plans.some((p) => p.file === draftRel)) {
	const parsed = parsePlanFile(Buffer.from(draft), draftRel, String(result.data.year), `${result.id.replace(/^\d+-/, '')}.mdx`);
	raw.problems.push(...parsed.problems);
	if (parsed.plan) raw.plans.push(parsed.plan);
}
if (!args.values.apply) {
	for (const p of result.extraction.proposals) {
		const entry: EntryFile = { collection: p.collection, file: `content/${p.collection}.yaml`, index: -1, data: p.entry, lineOf: () => 0 };
		raw.entries.push(entry);
	}
}
const problems = validateCorpus(raw)
	.problems.map(formatProblem)
	.filter((p) => !baseline.has(p));

const report = buildReport(
	{
		input,
		format: read.format,
		kind: read.kind,
		pages: read.pages,
		pageStats: read.pageStats ?? null,
		incomplete: result.incomplete,
		unplaced: read.unplaced,
		id: result.id,
		draft: draftRel,
		source: sourceFile,
		restoration: result.restoration,
		applied: Boolean(args.values.apply),
		validation: { ok: problems.length === 0, problems },
		milliseconds: Math.round(performance.now() - started),
	},
	result.extraction,
);
console.log(formatReport(report));
if (corpusProblems) console.log(`\nNote: the corpus itself has ${corpusProblems} problem(s) (npm run check); matching used the entries that could be read.`);
if (!args.values.apply && report.proposals.length)
	console.log('\nThe check above assumes the proposals are applied: run again with --force --apply, or add them by hand.');
if (reportPath) writeNoFollow(reportPath, JSON.stringify(report, null, '\t') + '\n');
process.exit(problems.length || result.incomplete.length ? 1 : 0);
