/**
 * `npm run check [-- <project root>]`: validates all content and prints every problem as
 * `file:line  field  message`. Exits 1 when there is any. Without an argument it checks
 * CONTENT_ROOT (default: the project). Warnings (catalogue entries nothing uses) go to stderr
 * as `warning: file:line  field  message` and do not fail the check.
 */
import { resolve } from 'node:path';
import { checkContent } from '../lib/content/validate.ts';
import { formatProblem } from '../lib/content/problem.ts';
import { contentRoot } from '../lib/content-root.ts';

const root = resolve(process.argv[2] ?? contentRoot());
const { problems, warnings, plans } = checkContent(root);
for (const w of warnings) console.warn(`warning: ${formatProblem(w)}`);
for (const p of problems) console.log(formatProblem(p));
if (problems.length) {
	console.error(`\n${problems.length} problem(s) in the content. Nothing was built.`);
	process.exit(1);
}
console.log(`Content OK: ${plans.length} plan(s)${warnings.length ? `, ${warnings.length} warning(s)` : ''}.`);
