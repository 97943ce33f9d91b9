/**
 * Hostile names and paths given to the import command: a file name never reaches YAML or the
 * terminal unescaped; every write stays inside content/ (or the folder named with --out-dir)
 * and never goes through a symbolic link, dangling or not; a bad --report path is refused
 * before anything is written. Each refusal exits 2 with one line and writes nothing.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/corpus.ts';
import { contentRoot, runImport, snapshot } from '../support/importer.ts';
import type { Report } from '../../src/lib/import/draft.ts';

const fixture = (name: string) => join(ROOT, 'tests', 'fixtures', 'import', name);
const ids = (path: string) => (parse(readFileSync(path, 'utf8')) as { id: string }[]).map((e) => e.id);

/** Exit 2, one line on stderr, nothing on stdout, and the content root as it was. */
function expectRefused(run: ReturnType<typeof runImport>, root: string, before: string[], reason: RegExp) {
	expect(run.stderr.trim().split('\n')).toHaveLength(1);
	expect(run.stderr).toMatch(reason);
	expect(run.stderr).not.toMatch(/\n\s+at /);
	expect(run.status).toBe(2);
	expect(snapshot(root)).toEqual(before);
}

describe('a file name is data', () => {
	it('a name that spells YAML entries stays one comment line: slogans.yaml gains only the proposed slogan', () => {
		const root = contentRoot();
		const dir = mkdtempSync(join(tmpdir(), 'kho-names-'));
		const evil = join(dir, 'evil\n- id: injected-by-filename\n  text: "Khẩu hiệu giả"\n  note: null\n#.txt');
		copyFileSync(fixture('tay-ninh-2025.txt'), evil);
		const slogans = join(root, 'content', 'slogans.yaml');
		const before = ids(slogans);
		const run = runImport(root, [evil, '--apply']);
		expect(run.status).toBe(0);
		expect(ids(slogans)).toEqual([...before, 'tay-ninh-chung-tay-bao-dam-quyen-con-nguoi']);
		const comment = readFileSync(slogans, 'utf8')
			.split('\n')
			.filter((l) => l.includes('Proposed by'));
		expect(comment).toEqual([
			'# Proposed by `npm run import` from evil\\n- id: injected-by-filename\\n  text: "Khẩu hiệu giả"\\n  note: null\\n#.txt: review before publishing.',
		]);
		// Printed escaped too: no line of the output starts with the injected text.
		expect(run.stdout).not.toMatch(/^- id: injected/m);
		expect(run.stdout).toContain('evil\\n- id: injected-by-filename');
	});

	it('terminal escape sequences in a name are printed escaped', () => {
		const dir = mkdtempSync(join(tmpdir(), 'kho-names-'));
		const name = join(dir, 'plan\u001b[2J\u001b]0;owned\u0007\u202e.txt');
		writeFileSync(name, 'no plan here');
		const run = runImport(contentRoot(), [name]);
		expect(run.status).toBe(2);
		// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
		expect(run.stderr).not.toMatch(/[\u001b\u0007\u202e]/u);
		expect(run.stderr).toContain('plan\\u{1b}[2J\\u{1b}]0;owned\\u{7}\\u{202e}.txt');
	});
});

describe('--out and every write stay inside content/', () => {
	const plan = fixture('quang-tri-2025.txt');

	it('--out outside content/ is refused', () => {
		const root = contentRoot();
		const before = snapshot(root);
		for (const out of [join(root, 'content', '..', 'escaped.mdx'), join(root, 'content', 'plans', '..', '..', '..', 'escaped.mdx')]) {
			expectRefused(runImport(root, [plan, '--out', out]), root, before, /--out .*escaped\.mdx is outside .*content: refused, nothing was written$/m);
		}
		expect(existsSync(join(root, 'escaped.mdx'))).toBe(false);
	});

	it('a draft path that is a symbolic link to a file outside is refused, even with --force', () => {
		const root = contentRoot();
		const outside = join(root, 'outside.txt');
		writeFileSync(outside, 'keep me');
		mkdirSync(join(root, 'content', 'plans', '2025'), { recursive: true });
		symlinkSync(outside, join(root, 'content', 'plans', '2025', 'quang-tri.mdx'));
		const before = snapshot(root);
		expectRefused(runImport(root, [plan, '--force']), root, before, /goes through the symbolic link .*quang-tri\.mdx: refused/);
		expect(readFileSync(outside, 'utf8')).toBe('keep me');
	});

	it('a dangling symbolic link is refused too (it needs no --force to be written through)', () => {
		const root = contentRoot();
		const target = join(root, 'created-through-link.mdx');
		symlinkSync(target, join(root, 'content', 'plans', '2025', 'quang-tri.mdx'));
		const before = snapshot(root);
		expectRefused(runImport(root, [plan]), root, before, /symbolic link/);
		expect(existsSync(target)).toBe(false);
	});

	it('a folder on the way that is a symbolic link is refused (--out and the source of record)', () => {
		const root = contentRoot();
		const elsewhere = mkdtempSync(join(tmpdir(), 'kho-elsewhere-'));
		symlinkSync(elsewhere, join(root, 'content', 'plans', 'linked'));
		const before = snapshot(root);
		expectRefused(runImport(root, [plan, '--out', join(root, 'content', 'plans', 'linked', 'x.mdx')]), root, before, /symbolic link .*linked/);
		expect(snapshot(elsewhere)).toEqual([]);
	});

	it('--out-dir names a folder outside content/ explicitly; not through a symbolic link', () => {
		const root = contentRoot();
		const drafts = mkdtempSync(join(tmpdir(), 'kho-drafts-'));
		const run = runImport(root, [plan, '--out-dir', drafts]);
		expect(run.status).toBe(0);
		expect(existsSync(join(drafts, '2025', 'quang-tri.mdx'))).toBe(true);
		expect(existsSync(join(root, 'content', 'plans', '2025', 'quang-tri.mdx'))).toBe(false);
		// --out must then lie inside that folder.
		const before = snapshot(root);
		expectRefused(runImport(root, [plan, '--out-dir', drafts, '--out', join(root, 'content', 'x.mdx')]), root, before, /is outside/);
		symlinkSync(mkdtempSync(join(tmpdir(), 'kho-elsewhere-')), join(drafts, 'link'));
		expectRefused(runImport(root, [plan, '--out-dir', drafts, '--out', join(drafts, 'link', 'x.mdx')]), root, before, /symbolic link/);
	});
});

describe('--report is checked before anything is written', () => {
	const plan = fixture('quang-tri-2025.txt');
	it('a report in a folder that does not exist: one line, exit 2, no draft and no source written', () => {
		const root = contentRoot();
		const before = snapshot(root);
		expectRefused(
			runImport(root, [plan, '--report', join(root, 'no', 'such', 'folder', 'r.json')]),
			root,
			before,
			/--report .*r\.json: its folder does not exist/,
		);
	});

	it('a report path that is a folder or a dangling symbolic link is refused', () => {
		const root = contentRoot();
		symlinkSync(join(root, 'nowhere.json'), join(root, 'report.json'));
		const before = snapshot(root);
		expectRefused(runImport(root, [plan, '--report', join(root, 'content')]), root, before, /is a folder/);
		expectRefused(runImport(root, [plan, '--report', join(root, 'report.json')]), root, before, /is a symbolic link/);
		expect(existsSync(join(root, 'nowhere.json'))).toBe(false);
	});

	it('a good report path gets the JSON report', () => {
		const root = contentRoot();
		const report = join(root, 'report.json');
		expect(runImport(root, [plan, '--report', report]).status).toBe(0);
		expect((JSON.parse(readFileSync(report, 'utf8')) as Report).fields.issuer.value).toBe('bcd-nhan-quyen-tinh');
	});
});
