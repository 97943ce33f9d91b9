/** Data dates come from the content's history, never from the day of the build. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDates, newest, parseGitLog, readContentDates, shallowBoundaries } from '../../src/lib/content-dates.ts';

describe('content dates', () => {
	it('reads each file’s newest commit date from git log', () => {
		const log = [
			'2026-11-30',
			'',
			'content/plans/2025/lang-son.mdx',
			'content/slogans.yaml',
			'',
			'2026-11-22',
			'',
			'content/plans/2025/lang-son.mdx',
			'content/plans/2024/tra-vinh.mdx',
		].join('\n');
		const dates = parseGitLog(log);
		expect(dates.get('content/plans/2025/lang-son.mdx')).toBe('2026-11-30');
		expect(dates.get('content/plans/2024/tra-vinh.mdx')).toBe('2026-11-22');
		expect(newest(dates.values())).toBe('2026-11-30');
		expect(newest([])).toBeNull();
	});

	it('knows every plan of a git checkout, and nothing outside one', () => {
		const dates = contentDates();
		const inGit = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { encoding: 'utf8' }).stdout.trim() === 'true';
		if (!inGit) expect(dates.size).toBe(0);
		else for (const f of ['content/plans/2025/trung-uong.mdx', 'content/plans/2025/lang-son.mdx']) expect(dates.get(f), f).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});
});

describe('content dates in a shallow clone', () => {
	/** A repository with three commits on known days, each adding one plan. */
	function history(): string {
		const repo = mkdtempSync(join(tmpdir(), 'kho-history-'));
		const git = (args: string[], date?: string) => {
			const env = {
				...process.env,
				GIT_AUTHOR_DATE: date,
				GIT_COMMITTER_DATE: date,
				GIT_AUTHOR_NAME: 'x',
				GIT_AUTHOR_EMAIL: 'x@x',
				GIT_COMMITTER_NAME: 'x',
				GIT_COMMITTER_EMAIL: 'x@x',
			};
			const run = spawnSync('git', ['-C', repo, ...args], { encoding: 'utf8', env });
			if (run.status !== 0) throw new Error(run.stderr);
			return run.stdout;
		};
		git(['init', '-q', '-b', 'main']);
		mkdirSync(join(repo, 'content/plans/2025'), { recursive: true });
		for (const [province, date] of [
			['ha-giang', '2020-03-01T10:00:00Z'],
			['lang-son', '2021-04-02T10:00:00Z'],
			['tra-vinh', '2022-05-03T10:00:00Z'],
		]) {
			writeFileSync(join(repo, `content/plans/2025/${province}.mdx`), `${province}\n`);
			git(['add', '-A']);
			git(['commit', '-q', '-m', province], date);
		}
		return repo;
	}
	const clone = (repo: string, depth: number) => {
		const to = mkdtempSync(join(tmpdir(), 'kho-shallow-'));
		const run = spawnSync('git', ['clone', '-q', '--depth', String(depth), `file://${repo}`, to], { encoding: 'utf8' });
		if (run.status !== 0) throw new Error(run.stderr);
		return to;
	};
	const plan = (p: string) => `content/plans/2025/${p}.mdx`;

	it('a full history dates each file by its own last commit', () => {
		const repo = history();
		expect(shallowBoundaries(repo)).toEqual([]);
		expect(Object.fromEntries(readContentDates(repo))).toEqual({
			[plan('ha-giang')]: '2020-03-01',
			[plan('lang-son')]: '2021-04-02',
			[plan('tra-vinh')]: '2022-05-03',
		});
	});

	it('a shallow clone is detected, and no file takes the date of the commit where its history is cut', () => {
		const repo = history();
		// `git log` alone, as before, in a clone of depth 2: the cut-off commit seems to add every
		// file, so ha-giang would be dated 2021-04-02, a day it did not change.
		const shallow = clone(repo, 2);
		const naive = parseGitLog(spawnSync('git', ['-C', shallow, 'log', '--format=%cs', '--name-only', '--', 'content'], { encoding: 'utf8' }).stdout);
		expect(naive.get(plan('ha-giang'))).toBe('2021-04-02');

		expect(shallowBoundaries(shallow)).toHaveLength(1);
		expect(Object.fromEntries(readContentDates(shallow))).toEqual({ [plan('tra-vinh')]: '2022-05-03' });
		// Depth 1 (a typical CI checkout): no date can be vouched for.
		expect(readContentDates(clone(repo, 1)).size).toBe(0);
	});
});
