/**
 * When content last changed, from the repository's history: one `git log` for the whole build,
 * not one per page. A plan's data date is the last commit that touched its file; the site's is
 * the last that touched any content. CONTENT_HISTORY names another checkout to read the
 * history from (a copy of the project). Outside a git checkout there are no dates and the pages
 * say nothing about them, rather than give the build's date.
 */
import { spawnSync } from 'node:child_process';

/** Parses `git log --format=%cs --name-only`: each file's newest commit date. */
export function parseGitLog(output: string): Map<string, string> {
	const dates = new Map<string, string>();
	let date: string | null = null;
	for (const line of output.split('\n')) {
		if (/^\d{4}-\d{2}-\d{2}$/.test(line)) date = line;
		else if (line && date && !dates.has(line)) dates.set(line, date);
	}
	return dates;
}

let cached: Map<string, string> | undefined;

/** Newest commit date of each file under `dir` (paths relative to the repository), empty outside git. */
export function contentDates(dir = 'content'): Map<string, string> {
	if (cached) return cached;
	const run = spawnSync('git', ['-C', process.env.CONTENT_HISTORY ?? '.', 'log', '--format=%cs', '--name-only', '--', dir], {
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
	cached = run.status === 0 ? parseGitLog(run.stdout) : new Map();
	return cached;
}

/** The newest of the dates (the site's data date), or null. */
export const newest = (dates: Iterable<string>): string | null => [...dates].sort().at(-1) ?? null;

/** A plan's data date: the last commit of its file (`2025-lang-son` → content/plans/2025/lang-son.mdx), or null. */
export const planDataDate = (id: string): string | null => contentDates().get(`content/plans/${id.replace('-', '/')}.mdx`) ?? null;
