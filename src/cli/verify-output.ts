/**
 * `npm run build` step before the swap: reads the freshly built folder and lists every reason it
 * cannot be published (src/lib/build/verify-output.ts), and checks that every script parses
 * (src/cli/parse-scripts.ts: a script cut short does not). Run alone, `node
 * src/cli/verify-output.ts <folder>` checks a built site and exits 1 when it has a problem.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { listFiles } from '../lib/files.ts';
import { outputProblems } from '../lib/build/verify-output.ts';

/** Every reason the built site in `dir` cannot be published; empty when it can. */
export function verifyBuiltSite(dir: string): string[] {
	const files = listFiles(dir).map((file) => ({ path: relative(dir, file).split(sep).join('/'), size: statSync(file).size }));
	return [
		...outputProblems(files, (path) => readFileSync(join(dir, path))),
		...scriptProblems(
			dir,
			files.filter((f) => f.size && /\.m?js$/.test(f.path)).map((f) => f.path),
		),
	];
}

/** The scripts (paths relative to `dir`) that do not parse, each with the parser's message. */
function scriptProblems(dir: string, scripts: string[]): string[] {
	if (!scripts.length) return [];
	const run = spawnSync(process.execPath, ['--experimental-vm-modules', '--no-warnings', join(import.meta.dirname, 'parse-scripts.ts'), ...scripts], {
		cwd: dir,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	if (run.status !== 0) return [`the scripts could not be checked: ${run.error?.message ?? run.stderr.trim().split('\n')[0]}`];
	return run.stdout
		.split('\n')
		.filter(Boolean)
		.map((line) => {
			const [path, message] = line.split('\t');
			return `${path} does not parse (${message})`;
		});
}

if (import.meta.main) {
	const dir = process.argv[2] ?? 'dist';
	const problems = verifyBuiltSite(dir);
	if (problems.length) {
		const shown = problems.slice(0, 20);
		console.error(
			`The built site is not whole (${problems.length} problem(s)):\n${shown.map((p) => `  ${p}`).join('\n')}${problems.length > shown.length ? '\n  …' : ''}`,
		);
		process.exit(1);
	}
	console.log(`Output check: every file is whole.`);
}
