/**
 * The code gates of `npm test` catch what they are for, naming the file and line: a type error
 * (`npm run typecheck`) and a badly formatted file (`npm run format:check`), in a project copy.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../support/build-copy.ts';
import { ROOT } from '../support/corpus.ts';

let root: string;
const run = (script: string) => {
	const result = spawnSync('npm', ['run', '--silent', script], { cwd: root, encoding: 'utf8' });
	return { status: result.status, output: stripVTControlCharacters(`${result.stdout}${result.stderr}`) };
};

beforeAll(() => {
	root = copyProject();
	for (const file of ['.prettierrc.json', '.prettierignore', '.gitignore', 'tests']) cpSync(join(ROOT, file), join(root, file), { recursive: true });
	// A type error that only the type checker sees (the build would not), and a file Prettier would change.
	writeFileSync(
		join(root, 'src/lib/broken-types.ts'),
		"import type { Plan } from '../schemas/plan.ts';\n\nexport const year = (plan: Plan): string => plan.year;\n",
	);
	writeFileSync(join(root, 'src/lib/broken-format.ts'), 'export const a = {b:1}\n');
	spawnSync('git', ['init', '-q'], { cwd: root });
	spawnSync('git', ['add', '-A'], { cwd: root });
}, 60_000);

describe('code gates', () => {
	it('a type error fails the type check with its file and line', () => {
		const { status, output } = run('typecheck');
		expect(status).not.toBe(0);
		expect(output).toMatch(/src\/lib\/broken-types\.ts:3:\d+ - error ts\(2322\)/);
	}, 120_000);

	it('a badly formatted file fails the format check with its file, line and the expected line', () => {
		const { status, output } = run('format:check');
		expect(status).toBe(1);
		expect(output).toContain('src/lib/broken-format.ts:1  format  expected: "export const a = { b: 1 };"');
		expect(output).not.toContain('broken-types.ts');
	}, 60_000);
});
