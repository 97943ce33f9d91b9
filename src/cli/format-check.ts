/**
 * `npm run format:check`: every file Prettier formats (see .prettierrc.json and
 * .prettierignore) must already be formatted. Prints `file:line` and the expected line for
 * each difference, and exits 1 when there is any. `npm run format` fixes them.
 */
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { format, getFileInfo, resolveConfig } from 'prettier';
import { formatDifferences } from '../lib/dev/format-diff.ts';

/** The files git knows of (tracked, or new and not ignored). */
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' }).split('\n').filter(Boolean);

let bad = 0;
for (const file of files) {
	const info = await getFileInfo(file, { ignorePath: '.prettierignore', resolveConfig: true });
	if (info.ignored || !info.inferredParser) continue;
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		continue; // deleted in the work tree
	}
	const options = { ...(await resolveConfig(file)), filepath: file };
	const formatted = await format(text, options);
	if (formatted === text) continue;
	bad++;
	for (const d of formatDifferences(text, formatted).slice(0, 5)) {
		console.log(`${file}:${d.line}  format  expected: ${JSON.stringify(d.expected.trim())}`);
	}
}
if (bad) {
	console.error(`\n${bad} file(s) not formatted. Run \`npm run format\`.`);
	process.exit(1);
}
console.log(`Formatting OK.`);
