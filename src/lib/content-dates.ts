/**
 * When content last changed, from the repository's history: one `git log` for the whole build,
 * not one per page. A plan's data date is the last commit that touched its file; the site's is
 * the last that touched any content. CONTENT_HISTORY names another checkout to read the
 * history from (a copy of the project). Outside a git checkout there are no dates and the pages
 * say nothing about them, rather than give the build's date.
 *
 * A shallow clone (`git clone --depth …`, common in CI) has lost the older history: its oldest
 * commits look as if they had added every file. The rule there: only the commits whose parents
 * are present count, so a file last changed after the cut keeps its true date, and a file last
 * changed at or before it has no date (as outside git) — never the cut-off commit's date.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

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

/** The checkout whose history dates the content. */
export const historyRoot = (): string => process.env.CONTENT_HISTORY ?? '.';

const git = (repo: string, args: string[]) => spawnSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

/**
 * The commits where a shallow clone's history is cut off (their parents are missing); empty for
 * a full history or outside git.
 */
export function shallowBoundaries(repo = historyRoot()): string[] {
	const shallow = git(repo, ['rev-parse', '--is-shallow-repository']);
	if (shallow.status !== 0 || shallow.stdout.trim() !== 'true') return [];
	const path = git(repo, ['rev-parse', '--git-path', 'shallow']).stdout.trim();
	return readFileSync(resolve(repo, path), 'utf8')
		.split('\n')
		.filter((line) => /^[0-9a-f]{40,64}$/.test(line));
}

/** Newest commit date of each file under `dir` in `repo` (paths relative to the repository), empty outside git. */
export function readContentDates(repo = historyRoot(), dir = 'content'): Map<string, string> {
	const cut = shallowBoundaries(repo).map((commit) => `^${commit}`);
	const run = git(repo, ['log', '--format=%cs', '--name-only', 'HEAD', ...cut, '--', dir]);
	return run.status === 0 ? parseGitLog(run.stdout) : new Map<string, string>();
}

let cached: Map<string, string> | undefined;

/** Newest commit date of each file under `dir` (paths relative to the repository), empty outside git; read once. */
export function contentDates(dir = 'content'): Map<string, string> {
	cached ??= readContentDates(historyRoot(), dir);
	return cached;
}

/** The newest of the dates (the site's data date), or null. */
export const newest = (dates: Iterable<string>): string | null => [...dates].sort().at(-1) ?? null;

let siteDate: string | null | undefined;
/** The site's data date: the newest content change, worked out once per build (every page's footer shows it). */
export function siteDataDate(): string | null {
	if (siteDate === undefined) siteDate = newest(contentDates().values());
	return siteDate;
}

/** A plan's data date: the last commit of its file (`2025-lang-son` → content/plans/2025/lang-son.mdx), or null. */
export const planDataDate = (id: string): string | null => contentDates().get(`content/plans/${id.replace('-', '/')}.mdx`) ?? null;
