/**
 * `npm run build` step before the swap: reads the freshly built folder and lists every reason it
 * cannot be published (src/lib/build/verify-output.ts). Run alone, `node src/cli/verify-output.ts
 * <folder>` checks a built site and exits 1 when it has a problem.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { listFiles } from '../lib/files.ts';
import { outputProblems } from '../lib/build/verify-output.ts';

/** Every reason the built site in `dir` cannot be published; empty when it can. */
export function verifyBuiltSite(dir: string): string[] {
	const files = listFiles(dir).map((file) => ({ path: relative(dir, file).split(sep).join('/'), size: statSync(file).size }));
	return outputProblems(files, (path) => readFileSync(join(dir, path)));
}

if (import.meta.main) {
	const dir = process.argv[2] ?? 'dist';
	const problems = verifyBuiltSite(dir);
	for (const p of problems) console.error(p);
	if (problems.length) process.exit(1);
	console.log(`${dir}: every file is whole.`);
}
