/**
 * One build at a time per project folder: the build holds a lock file naming its process
 * (pid, host, start time). A lock whose process no longer runs on this host is stale (a build
 * killed with SIGKILL or by a power cut) and is taken over; a live one makes the next build
 * refuse with a message naming the owner.
 */
export interface LockOwner {
	pid: number;
	host: string;
	started: string;
}

export const formatLock = (owner: LockOwner): string => `${JSON.stringify(owner)}\n`;

/** The owner recorded in a lock file, or null when the file is not a lock this build wrote (empty, cut short). */
export function parseLock(text: string): LockOwner | null {
	try {
		const { pid, host, started } = JSON.parse(text) as Partial<LockOwner>;
		return Number.isInteger(pid) && (pid as number) > 0 && typeof host === 'string' && typeof started === 'string' ? { pid: pid!, host, started } : null;
	} catch {
		return null;
	}
}

/**
 * Whether the lock still stands. A lock that cannot be read is stale only once it is older than
 * `grace` ms (a build may be between creating the file and writing its owner); a lock of another
 * host is never judged stale from here.
 */
export function lockIsStale(owner: LockOwner | null, ageMs: number, here: { host: string; alive: (pid: number) => boolean; grace?: number }): boolean {
	if (!owner) return ageMs > (here.grace ?? 5000);
	if (owner.host !== here.host) return false;
	return !here.alive(owner.pid);
}

export const describeOwner = (owner: LockOwner | null): string =>
	owner ? `process ${owner.pid} on ${owner.host}, started ${owner.started}` : 'a process that has not yet written its name';
