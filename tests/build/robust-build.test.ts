/**
 * No false success: a build whose search-index step dies (killed, or out of disk space while
 * Pagefind writes) fails and leaves dist/ exactly as it was; a damaged cache entry is rebuilt,
 * never published; a second build in the same folder refuses while one runs, and a lock left by
 * a killed build is taken over.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/files.ts';
import { wordDocumentProblem } from '../../src/lib/build/verify-output.ts';
import { copyProject, runBuild, startBuild } from '../support/build-copy.ts';
import { bytesRead, findProcess, PAGEFIND_PROCESS, waitFor } from '../support/processes.ts';

/** Every file of dist/ with the digest of its bytes. */
function snapshot(root: string): Record<string, string> {
	const dist = join(root, 'dist');
	return Object.fromEntries(
		listFiles(dist)
			.sort()
			.map((f) => [relative(dist, f), createHash('sha256').update(readFileSync(f)).digest('hex')]),
	);
}

const workFolders = (root: string) => readdirSync(root).filter((f) => f.startsWith('.dist'));

describe('a build whose search index cannot be written fails', () => {
	let root: string;
	let before: Record<string, string>;
	beforeAll(() => {
		root = copyProject([], { ownCache: true });
		const first = runBuild(root);
		expect(first.status, first.output).toBe(0);
		before = snapshot(root);
		expect(Object.keys(before)).toContain('pagefind/pagefind-entry.json');
	}, 180_000);

	it('when the Pagefind process is killed while it indexes, and dist/ stays as it was', async () => {
		const build = startBuild(root);
		const pagefind = await waitFor(() => findProcess(root, PAGEFIND_PROCESS), 'the Pagefind process');
		// Mid-index: once it has read the first pages (the site's HTML is about 4 MB).
		await waitFor(() => bytesRead(pagefind) > 300_000, 'Pagefind reading pages');
		process.kill(pagefind, 'SIGKILL');
		const { status, output } = await build.done;
		expect(status, output).not.toBe(0);
		expect(output).toMatch(/Pagefind process ended before the index was written/);
		expect(output).toContain('dist/ is unchanged');
		expect(snapshot(root)).toEqual(before);
		expect(workFolders(root)).toEqual([]);
	}, 180_000);

	it('a cached Word document cut short is written anew, never published', () => {
		const cache = join(root, 'node_modules/.astro/docx');
		const entries = readdirSync(cache).filter((f) => f.endsWith('.docx'));
		expect(entries).toHaveLength(5);
		// What an interrupted write leaves: the first 5,000 bytes.
		const victim = join(cache, entries[0]);
		const whole = statSync(victim).size;
		expect(whole).toBeGreaterThan(5000);
		truncateSync(victim, 5000);
		const rebuilt = runBuild(root);
		expect(rebuilt.status, rebuilt.output).toBe(0);
		expect(rebuilt.output).toMatch(/Word documents: 1 written, 4 kept/);
		expect(statSync(victim).size).toBe(whole);
		for (const f of listFiles(join(root, 'dist/api/plans')).filter((f) => f.endsWith('.docx'))) {
			expect(wordDocumentProblem(readFileSync(f)), f).toBeNull();
		}
		expect(snapshot(root)).toEqual(before);
	}, 180_000);

	it('a second build in the same folder refuses while the first runs; a stale lock is taken over', async () => {
		const first = startBuild(root);
		await waitFor(() => existsSync(join(root, '.build.lock')), 'the first build’s lock');
		const second = runBuild(root);
		expect(second.status).toBe(1);
		expect(second.output).toMatch(/Another build is running in this folder \(process \d+ on .*; lock file .*\.build\.lock\)/);
		const done = await first.done;
		expect(done.status, done.output).toBe(0);
		expect(snapshot(root)).toEqual(before);
		expect(existsSync(join(root, '.build.lock'))).toBe(false);

		// A build killed with SIGKILL leaves its lock and its working folder behind.
		const dead = spawnSync('true').pid;
		writeFileSync(join(root, '.build.lock'), JSON.stringify({ pid: dead, host: hostname(), started: '2026-01-01T00:00:00.000Z' }));
		mkdirSync(join(root, '.dist-next-abc123'));
		writeFileSync(join(root, '.dist-next-abc123/half.html'), '<p>');
		const after = runBuild(root);
		expect(after.status, after.output).toBe(0);
		expect(after.output).toMatch(new RegExp(`the last build \\(process ${dead} on .*\\) ended without releasing its lock; this build took it over`));
		expect(workFolders(root)).toEqual([]);
		expect(snapshot(root)).toEqual(before);
	}, 240_000);

	afterAll(() => rmSync(root, { recursive: true, force: true }));
});

describe('a full disk while Pagefind writes', () => {
	const mount = join(tmpdir(), `kho-tmpfs-${process.pid}`);
	let mounted = false;
	beforeAll(() => {
		mkdirSync(mount, { recursive: true });
		mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=48m', 'tmpfs', mount]).status === 0;
	});
	afterAll(() => {
		if (mounted) spawnSync('umount', ['-l', mount]);
		rmSync(mount, { recursive: true, force: true });
	});

	it('fails the build and leaves dist/ as it was', async () => {
		const root = copyProject([], { ownCache: true, under: mount });
		const first = runBuild(root);
		expect(first.status, first.output).toBe(0);
		const before = snapshot(root);

		const build = startBuild(root);
		const pagefind = await waitFor(() => findProcess(root, PAGEFIND_PROCESS), 'the Pagefind process');
		await waitFor(() => bytesRead(pagefind) > 300_000, 'Pagefind reading pages');
		const filler = join(mount, 'filler');
		if (mounted) {
			// The small disk fills up while Pagefind reads the pages, before it writes its files.
			const dd = spawnSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=64k'], { encoding: 'utf8' });
			expect(dd.stderr).toMatch(/No space left on device/);
		} else {
			// Without the right to mount a file system, the nearest real failure: the running Pagefind
			// process may no longer write a byte (RLIMIT_FSIZE 0, as `ulimit -f 0` does).
			expect(spawnSync('prlimit', [`--pid=${pagefind}`, '--fsize=0']).status).toBe(0);
		}
		const { status, output } = await build.done;
		rmSync(filler, { force: true });
		expect(status, output).not.toBe(0);
		expect(output).toMatch(/Pagefind process ended before the index was written|The built site is not whole|pagefind: /);
		expect(output).toContain('dist/ is unchanged');
		expect(snapshot(root)).toEqual(before);
		expect(workFolders(root)).toEqual([]);
	}, 300_000);
});
