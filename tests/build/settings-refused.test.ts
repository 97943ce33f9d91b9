/**
 * Settings and a history the build cannot vouch for are refused before anything is built: a
 * BASE_PATH that leaves the site or carries markup, a SITE_URL with credentials, and — for a
 * production build — a shallow clone, whose content dates are incomplete. dist/ stays as it was,
 * and a dist/ left aside by a build killed mid-swap is put back.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/files.ts';
import { copyProject, runBuild } from '../support/build-copy.ts';
import { FIXTURES, ROOT } from '../support/corpus.ts';

describe('the build refuses what it cannot publish safely', () => {
	let root: string;
	let before: string[];
	beforeAll(() => {
		root = copyProject();
		mkdirSync(join(root, 'dist'));
		writeFileSync(join(root, 'dist/index.html'), '<p>trang cũ</p>');
		before = listFiles(join(root, 'dist'));
	});

	it('a BASE_PATH that leaves the site or carries markup, a SITE_URL with credentials', () => {
		for (const [env, message] of [
			[{ BASE_PATH: '/../x' }, 'BASE_PATH must start and end with "/" (e.g. BASE_PATH=/kho-ke-hoach/), not "/../x".'],
			[{ BASE_PATH: '/../x/' }, 'BASE_PATH may not contain ".." as a segment: "/../x/".'],
			[{ BASE_PATH: '/x"><img src=x onerror=alert(1)>/' }, 'BASE_PATH may only contain letters, digits, "-", ".", "_" and "~" between its slashes'],
			[{ SITE_URL: 'https://user:pw@example.org' }, 'SITE_URL may not contain a user name or password: "https://user:pw@example.org".'],
		] as const) {
			const { status, output } = runBuild(root, env);
			expect(status, output).toBe(1);
			expect(output).toContain(message);
			expect(output).not.toMatch(/TypeError|at .*\.ts:\d+/);
		}
		expect(listFiles(join(root, 'dist'))).toEqual(before);
		expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('<p>trang cũ</p>');
	}, 60_000);

	it('a shallow clone: a production build refuses, another build says so', () => {
		const shallow = mkdtempSync(join(tmpdir(), 'kho-shallow-'));
		const clone = spawnSync('git', ['clone', '-q', '--depth', '1', `file://${ROOT}`, shallow], { encoding: 'utf8' });
		expect(clone.status, clone.stderr).toBe(0);
		const env = {
			CONTENT_HISTORY: shallow,
			SITE_URL: 'https://nhanquyen.test',
			REPORT_URL: 'mailto:loi@nhanquyen.test',
			SITE_OPERATOR: 'Đơn vị thử; số 1 phố Thử, Hà Nội',
		};
		const refused = runBuild(root, env, ['--production']);
		expect(refused.status, refused.output).toBe(1);
		expect(refused.output).toMatch(/is a shallow clone: .*A production build needs the full history: run `git fetch --unshallow`/);
		expect(refused.output).not.toContain('Content OK');

		// Without --production the build goes on with the documented rule; here it then stops at
		// content the check refuses, so the test need not wait for a whole build.
		const hostile = join(FIXTURES, 'hostile', 'title-markup', 'content', 'plans', '2025', 'ha-giang.mdx');
		writeFileSync(join(root, 'content/plans/2025/ha-giang.mdx'), readFileSync(hostile, 'utf8'));
		const warned = runBuild(root, env);
		expect(warned.output).toMatch(/Note: The content history \(.*\) is a shallow clone: data dates come only from the commits after the cut/);
		expect(warned.status).toBe(1);
		expect(listFiles(join(root, 'dist'))).toEqual(before);
	}, 60_000);

	it('a dist/ that a build killed mid-swap had moved aside is put back before anything else', () => {
		// Content the check refuses (from the test above) stops this build right after the recovery.
		expect(readFileSync(join(root, 'content/plans/2025/ha-giang.mdx'), 'utf8')).toContain('title');
		renameSync(join(root, 'dist'), join(root, '.dist-old-k1ll3d'));
		mkdirSync(join(root, '.dist-next-k1ll3d'));
		const { status, output } = runBuild(root);
		expect(status).toBe(1);
		expect(output).toContain('Note: an interrupted build had moved dist/ aside; it was put back.');
		expect(output).toContain('dist/ is unchanged');
		expect(listFiles(join(root, 'dist'))).toEqual(before);
		expect(readdirSync(root).filter((f) => f.startsWith('.dist'))).toEqual([]);
	}, 60_000);
});
