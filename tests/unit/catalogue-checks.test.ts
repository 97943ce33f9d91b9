/**
 * The catalogue seen as a reader sees it: a slogan entry whose text equals another's — exactly,
 * or but for a zero-width space, a no-break space or a Cyrillic letter that looks Latin — is a
 * problem named with its file and line; an entry nothing uses is a warning, not a problem.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readingForm } from '../../src/lib/content/catalogue-checks.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { checkContent } from '../../src/lib/content/validate.ts';
import { corpusWith, FIXTURES, ROOT } from '../support/corpus.ts';

/** A fixture folder holding `slogans.append.yaml` with these entries. */
function slogansOverlay(entries: { id: string; text: string }[]): string {
	const dir = mkdtempSync(join(tmpdir(), 'kho-slogans-'));
	mkdirSync(join(dir, 'content'));
	writeFileSync(join(dir, 'content/slogans.append.yaml'), entries.map((e) => `- id: ${e.id}\n  text: ${JSON.stringify(e.text)}\n  note: null\n`).join(''));
	return dir;
}

/** The line of an entry's `text` in a YAML list file, found from the file's own structure. */
function textLine(root: string, file: string, id: string): number {
	const lines = readFileSync(join(root, file), 'utf8').split('\n');
	const start = lines.findIndex((l) => l === `- id: ${id}`);
	return start + 1 + lines.slice(start).findIndex((l) => /^ {2}text:/.test(l));
}

describe('the reading form of a text', () => {
	it('sets aside invisible characters, no-break spaces, look-alike letters, case and spacing', () => {
		const plain = 'Việt Nam tôn trọng quyền con người';
		for (const variant of [
			'Việt \u200BNam tôn trọng quyền\u200B con người',
			'Việt\u00A0Nam tôn trọng quyền con người',
			'Việt Nam tôn trọng quyền con ngườі', // Cyrillic і
			'Vіệt Nam tôn trọng quyền cоn người', // Cyrillic і and о, the mark on the look-alike
			'VIỆT NAM TÔN TRỌNG QUYỀN CON NGƯỜI',
			'Việt  Nam tôn trọng\tquyền con người ',
			'Vie\u0323\u0302t Nam tôn trọng quyền con người', // decomposed
		]) {
			expect(readingForm(variant), JSON.stringify(variant)).toBe(readingForm(plain));
		}
		expect(readingForm('Việt Nam tôn trọng quyền con người')).not.toBe(readingForm('Việt Nam tôn trọng quyền công dân'));
		expect(readingForm('Đảng')).not.toBe(readingForm('Dang'));
	});
});

describe('duplicate slogans', () => {
	const existing = parse(readFileSync(join(ROOT, 'content/slogans.yaml'), 'utf8')) as { id: string; text: string }[];
	const [a, b, c] = existing;

	it('are reported with file and line, whatever invisible or look-alike characters set them apart', () => {
		const copies = [
			{ id: 'ban-sao-nguyen-van', text: a.text },
			{ id: 'ban-sao-khoang-trang-an', text: b.text.replace(' ', ' \u200B').replace(' ', '\u00A0') },
			{ id: 'ban-sao-chu-kirin', text: c.text.replace('i', 'і') },
			{ id: 'khau-hieu-moi-khac-han', text: 'Một khẩu hiệu hoàn toàn khác với các khẩu hiệu đã có' },
		];
		const root = corpusWith(slogansOverlay(copies));
		const { problems } = checkContent(root);
		const file = 'content/slogans.yaml';
		expect(problems.map(formatProblem)).toEqual([
			`${file}:${textLine(root, file, 'ban-sao-nguyen-van')}  text  slogan "ban-sao-nguyen-van" has the same text as "${a.id}" (${file}:${textLine(root, file, a.id)}); keep one entry`,
			`${file}:${textLine(root, file, 'ban-sao-khoang-trang-an')}  text  slogan "ban-sao-khoang-trang-an" has the same text (apart from invisible characters, spaces, case or look-alike letters) as "${b.id}" (${file}:${textLine(root, file, b.id)}); keep one entry`,
			`${file}:${textLine(root, file, 'ban-sao-chu-kirin')}  text  slogan "ban-sao-chu-kirin" has the same text (apart from invisible characters, spaces, case or look-alike letters) as "${c.id}" (${file}:${textLine(root, file, c.id)}); keep one entry`,
		]);
	});

	it('the real catalogue has none', () => {
		expect(checkContent(ROOT).problems.map(formatProblem)).toEqual([]);
	});
});

describe('unused catalogue entries', () => {
	it('are warnings, not problems: a new slogan nobody prints, and one a plan prints', () => {
		const slogan = { id: 'khau-hieu-chua-dung', text: 'Một khẩu hiệu chưa kế hoạch nào in' };
		const root = corpusWith(slogansOverlay([slogan]));
		const { problems, warnings } = checkContent(root);
		expect(problems).toEqual([]);
		const file = 'content/slogans.yaml';
		const idLine = textLine(root, file, slogan.id) - 1;
		expect(warnings.map(formatProblem)).toContain(`${file}:${idLine}  id  slogan "khau-hieu-chua-dung" is not used by any plan or other entry`);
		// Every warning names an entry no plan or entry refers to: the valid fixture plan uses
		// slogans of the catalogue, and none of those is reported.
		const withPlan = checkContent(corpusWith(join(FIXTURES, 'valid')));
		expect(withPlan.problems).toEqual([]);
		const used = readFileSync(join(FIXTURES, 'valid/content/plans/2025/tuyen-quang.mdx'), 'utf8')
			.match(/slogan: ([a-z0-9-]+)/g)!
			.map((s) => s.slice(8));
		expect(used.length).toBeGreaterThan(0);
		for (const id of used) expect(withPlan.warnings.map((w) => w.message).join('\n')).not.toContain(`"${id}"`);
	});

	it('npm run check prints warnings on stderr and still passes', () => {
		const root = corpusWith(slogansOverlay([{ id: 'khau-hieu-chua-dung', text: 'Một khẩu hiệu chưa kế hoạch nào in' }]));
		const run = spawnSync(process.execPath, [join(ROOT, 'src/cli/check.ts'), root], { encoding: 'utf8' });
		expect(run.status, run.stderr).toBe(0);
		expect(run.stderr).toMatch(/^warning: content\/slogans\.yaml:\d+ {2}id {2}slogan "khau-hieu-chua-dung" is not used by any plan or other entry$/m);
		expect(run.stdout).toMatch(/Content OK: \d+ plan\(s\), \d+ warning\(s\)\./);
	}, 30_000);
});
