/**
 * Random and mutated plan files for property-based tests (fast-check): each starts from a
 * real plan of the corpus and changes its frontmatter values, its raw frontmatter text or its
 * body with hostile snippets, random Unicode and random edits. The year, level and province
 * stay as they are, so a file that passes the validator can be placed in the corpus.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { listFiles } from '../../src/lib/files.ts';
import { ROOT } from './corpus.ts';

export interface RealPlan {
	/** Path below content/plans/, e.g. `2025/an-giang.mdx`. */
	path: string;
	frontmatter: Record<string, unknown>;
	body: string;
}

export const REAL_PLANS: RealPlan[] = listFiles(join(ROOT, 'content', 'plans'))
	.sort()
	.map((file) => {
		const text = readFileSync(file, 'utf8');
		const [, fm, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
		return { path: file.slice(join(ROOT, 'content', 'plans').length + 1), frontmatter: parse(fm, { schema: 'core' }) as Record<string, unknown>, body };
	});

/** Things editors and converters put into files, and things attackers try. */
export const HOSTILE_SNIPPETS = [
	'<script>alert(1)</script>',
	'\\\\<meta http-equiv="refresh" content="0;url=https://evil.example/" />',
	'\\<b>đậm\\</b>',
	'{1 + 1}',
	'\\{x\\}',
	'<!-- ghi chú -->',
	'[a](javascript:alert(1))',
	'[a](jav&#x61;script:alert(1))',
	'[a][r]\n\n[r]: javascript:alert(1)',
	'[a](https://example.org/?a=1&b=2)',
	'[neo](#toan-van)',
	'<Uncertain>x</Uncertain>',
	'<Uncertain ocr="ng­uoi">người</Uncertain>',
	'<Uncertain\nocr="x">y</Uncertain>',
	'<Uncertain ocr="a" onclick="x()">b</Uncertain>',
	'</Uncertain>',
	'<>',
	'import x from "y"',
	'export const a = 1',
	'0912 345 678',
	'![ảnh](https://example.org/a.png)',
	'<https://example.org>',
	'| a | b |\n|---|---|\n| 1 | 2 |',
	'[^1]\n\n[^1]: chú thích',
	'$$x$$',
	':::note\nx\n:::',
	'## Toàn văn',
	'## Khẩu hiệu',
	'# Trích dẫn',
	'> '.repeat(30) + 'x',
	"=cmd|' /C calc'!A0",
	'=HYPERLINK("https://evil.example";"Bấm")',
	'+1',
	'-2',
	'@SUM(1)',
	']]>',
	'&amp; &lt;b&gt; &#0;',
	'*em* _em_ `code` ~~del~~',
	'\u0000',
	'\u0007',
	'\u001b[31m',
	'\u202Eabc',
	'\u2066x\u2069',
	'\uFEFF',
	'\uFFFE',
	'\r\n',
	'\t',
	'đấu tranh phản bác',
	'Đ',
	'e\u0301',
];

const snippet = fc.oneof(
	{ weight: 3, arbitrary: fc.constantFrom(...HOSTILE_SNIPPETS) },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
	{ weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...'aăâđêôơư áàảãạ<>{}[]()\\/*_`#&;:!="\'\n-|~'), maxLength: 20 }) },
);

/** Leaf paths of a value: where a mutation can replace or extend a string, number or date. */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
	if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
	return [path];
}

const KEEP = new Set(['year', 'level', 'province']);

function setAt(target: Record<string, unknown>, path: (string | number)[], value: unknown) {
	let node: Record<string | number, unknown> = target;
	for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
	node[path.at(-1)!] = value;
}

function getAt(target: unknown, path: (string | number)[]): unknown {
	return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], target);
}

type Edit = { at: number; text: string; remove: number };

const edits = (max: number) => fc.array(fc.record({ at: fc.nat(), text: snippet, remove: fc.nat({ max: 8 }) }), { maxLength: max });

function applyEdits(text: string, list: Edit[]): string {
	let out = text;
	for (const e of list) {
		const at = out.length ? e.at % (out.length + 1) : 0;
		out = out.slice(0, at) + e.text + out.slice(at + e.remove);
	}
	return out;
}

export interface MutatedPlan {
	/** Path below content/plans/ of the real plan it comes from. */
	path: string;
	/** The whole file text. */
	text: string;
}

/** A plan file made from a real one by a few random changes. */
export const mutatedPlan: fc.Arbitrary<MutatedPlan> = fc
	.record({
		plan: fc.constantFrom(...REAL_PLANS),
		values: fc.array(
			fc.record({ pick: fc.nat(), mode: fc.constantFrom('replace', 'append', 'prepend', 'date'), text: snippet, date: fc.date({ noInvalidDate: true }) }),
			{
				maxLength: 4,
			},
		),
		rawFrontmatter: edits(1),
		body: edits(4),
	})
	.map(({ plan, values, rawFrontmatter, body }) => {
		const fm = structuredClone(plan.frontmatter);
		const paths = leaves(fm).filter((p) => !KEEP.has(String(p[0])));
		for (const v of values) {
			if (!paths.length) break;
			const path = paths[v.pick % paths.length];
			const old = getAt(fm, path);
			const text = typeof old === 'string' ? old : String(old);
			const value =
				v.mode === 'replace' ? v.text : v.mode === 'append' ? text + v.text : v.mode === 'prepend' ? v.text + text : v.date.toISOString().slice(0, 10);
			setAt(fm, path, value);
		}
		const yaml = applyEdits(stringify(fm, { lineWidth: 0 }).trimEnd(), rawFrontmatter);
		return { path: plan.path, text: `---\n${yaml}\n---\n${applyEdits(plan.body, body)}` };
	});

/** A fast-check reporter that names the failing file and its error without printing whole files. */
export function compactReport(details: fc.RunDetails<[MutatedPlan]>): void {
	if (!details.failed) return;
	const [example] = details.counterexample ?? [];
	const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
	throw new Error(
		`property failed (seed ${details.seed}, path ${JSON.stringify(details.counterexamplePath)}) on a mutation of ${example?.path}: ${error}\n` +
			`file starts: ${JSON.stringify(example?.text.slice(0, 400))}`,
	);
}
