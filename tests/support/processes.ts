/** Finding the processes a build started (Linux /proc), to kill them or act while they run. */
import { readdirSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** The pid of a process running in folder `cwd` whose command line matches `command`, or null. */
export function findProcess(cwd: string, command: RegExp): number | null {
	const real = realpathSync(cwd);
	for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
		try {
			if (readlinkSync(`/proc/${pid}/cwd`) !== real) continue;
			if (command.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' '))) return Number(pid);
		} catch {
			/* the process ended meanwhile, or is not ours to read */
		}
	}
	return null;
}

/** Waits until `found()` gives a value (polling every 20 ms), or throws after `timeoutMs`. */
export async function waitFor<T>(found: () => T | null | undefined | false, what: string, timeoutMs = 120_000): Promise<T> {
	const until = Date.now() + timeoutMs;
	for (;;) {
		const value = found();
		if (value) return value;
		if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
		await sleep(20);
	}
}

/** The Pagefind indexing process of a build running in `root`. */
export const PAGEFIND_PROCESS = /pagefind(_extended)?\s+--service/;

/** How many bytes a process has read so far (its `rchar`), or 0 once it has ended. */
export function bytesRead(pid: number): number {
	try {
		return Number(/^rchar: (\d+)$/m.exec(readFileSync(`/proc/${pid}/io`, 'utf8'))?.[1] ?? 0);
	} catch {
		return 0;
	}
}
