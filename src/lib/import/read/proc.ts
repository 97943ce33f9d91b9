/**
 * Helper processes and temporary folders of the importer. Every child runs with a memory limit
 * (ulimit -v) and a time limit, asynchronously so that a signal to the importer is handled at
 * once: `cleanup()` kills the children and removes the temporary folders, and the command calls
 * it on every exit path. Folders are named after the process, so those left by a process that
 * was killed outright (SIGKILL) are removed by the next import.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UnreadableInput } from '../text.ts';
import { CHILD_MEMORY_BYTES, CHILD_TIMEOUT_MS } from './limits.ts';

const PREFIX = 'import-';
const folders = new Set<string>();
const children = new Set<ReturnType<typeof spawn>>();

/** A private temporary folder, removed by `cleanup()`. */
export function tempFolder(): string {
	const dir = mkdtempSync(join(tmpdir(), `${PREFIX}${process.pid}-`));
	folders.add(dir);
	return dir;
}

export function removeFolder(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
	folders.delete(dir);
}

/** Kills running helpers and removes every temporary folder (synchronous: safe in a signal handler). */
export function cleanup(): void {
	for (const c of children) c.kill('SIGKILL');
	for (const dir of folders) rmSync(dir, { recursive: true, force: true });
	folders.clear();
}

const alive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
};

/** Removes folders left by imports that were killed (their process no longer exists). */
export function sweepStale(): void {
	for (const name of readdirSync(tmpdir())) {
		const m = /^import-(\d+)-/.exec(name);
		if (m && Number(m[1]) !== process.pid && !alive(Number(m[1]))) rmSync(join(tmpdir(), name), { recursive: true, force: true });
	}
}

export interface RunResult {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** Runs a helper under the memory and time limits; a missing tool names its Debian package. */
export function run(command: string, args: string[], pkg: string, env: Record<string, string> = {}): Promise<RunResult> {
	const kb = Math.floor(CHILD_MEMORY_BYTES / 1024);
	return new Promise((resolve, reject) => {
		const child = spawn('/bin/sh', ['-c', `ulimit -v ${kb}; exec "$@"`, 'sh', command, ...args], {
			env: { ...process.env, OMP_THREAD_LIMIT: '1', MAGICK_THREAD_LIMIT: '1', ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		children.add(child);
		const out: Buffer[] = [];
		const err: Buffer[] = [];
		child.stdout.on('data', (d: Buffer) => out.push(d));
		child.stderr.on('data', (d: Buffer) => err.push(d));
		const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
		child.on('error', (e) => reject(new UnreadableInput(`${command} cannot be started: ${e.message}`)));
		child.on('close', (status, signal) => {
			clearTimeout(timer);
			children.delete(child);
			const stderr = Buffer.concat(err).toString('utf8');
			if (status === 127 || /exec: .*not found/.test(stderr))
				return reject(new UnreadableInput(`reading this file needs ${command}: install the Debian package ${pkg} (apt-get install -y ${pkg})`));
			if (signal === 'SIGKILL')
				return reject(
					new UnreadableInput(`${command} was stopped after ${CHILD_TIMEOUT_MS / 1000} s (CHILD_TIMEOUT_MS) or at its memory limit (CHILD_MEMORY_BYTES)`),
				);
			resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr });
		});
	});
}

/** The first line of a failed helper's error output. */
export const firstError = (r: RunResult, command: string) => (r.stderr.trim().split('\n').find(Boolean) ?? `${command} exit ${r.status}`).slice(0, 160);
