/** Data dates come from the content's history, never from the day of the build. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { contentDates, newest, parseGitLog } from '../../src/lib/content-dates.ts';

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
