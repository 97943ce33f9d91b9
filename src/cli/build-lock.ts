/**
 * The lock that keeps a second `npm run build` out of a folder where one is running
 * (src/lib/build/lock.ts decides whether a lock is stale).
 */
import { closeSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { describeOwner, formatLock, lockIsStale, parseLock } from '../lib/build/lock.ts';

/** True when a process with this pid exists (EPERM: it exists but belongs to someone else). */
function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

export type LockResult = { ok: true; release: () => void; tookOver: string | null } | { ok: false; message: string };

/** Takes the lock at `path` for this process, or says who holds it. */
export function acquireBuildLock(path: string): LockResult {
	let tookOver: string | null = null;
	for (let attempt = 0; attempt < 3; attempt++) {
		let fd: number;
		try {
			fd = openSync(path, 'wx');
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
			let text: string;
			let age: number;
			try {
				text = readFileSync(path, 'utf8');
				age = Date.now() - statSync(path).mtimeMs;
			} catch {
				continue; // released meanwhile: try again
			}
			const owner = parseLock(text);
			if (!lockIsStale(owner, age, { host: hostname(), alive })) {
				return {
					ok: false,
					message: `Another build is running in this folder (${describeOwner(owner)}; lock file ${path}). Wait for it to finish; if no build is running, delete the lock file.`,
				};
			}
			// Moved aside atomically, so of two builds finding the same stale lock only one removes it.
			const aside = `${path}.stale-${process.pid}`;
			try {
				renameSync(path, aside);
				rmSync(aside, { force: true });
				tookOver = describeOwner(owner);
			} catch {
				/* another build took it over first */
			}
			continue;
		}
		writeSync(fd, formatLock({ pid: process.pid, host: hostname(), started: new Date().toISOString() }));
		closeSync(fd);
		const release = () => {
			const owner = (() => {
				try {
					return parseLock(readFileSync(path, 'utf8'));
				} catch {
					return null;
				}
			})();
			if (owner?.pid === process.pid && owner.host === hostname()) rmSync(path, { force: true });
		};
		return { ok: true, release, tookOver };
	}
	return { ok: false, message: `Could not take the build lock ${path}: it keeps changing. Is another build starting?` };
}
