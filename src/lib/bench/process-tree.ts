/**
 * Runs a command and measures it as a whole process tree: wall time, and the peak of the
 * summed resident memory (RSS) of the command and every process it starts (Astro's workers,
 * Pagefind's own binary), sampled from /proc on Linux.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Parent pid from the text of /proc/<pid>/stat (the command name may hold spaces and parentheses). */
export function parentOf(stat: string): number {
	const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return Number(afterName[1]);
}

/** Resident memory in bytes from the text of /proc/<pid>/status (0 when it has none). */
export function rssOf(status: string): number {
	const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
	return m ? Number(m[1]) * 1024 : 0;
}

/** The pids below `root` (itself included) in a parent table. */
export function descendants(root: number, parents: Map<number, number>): number[] {
	const children = new Map<number, number[]>();
	for (const [pid, ppid] of parents) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
	const out: number[] = [];
	const stack = [root];
	while (stack.length) {
		const pid = stack.pop()!;
		out.push(pid);
		stack.push(...(children.get(pid) ?? []));
	}
	return out;
}

const read = (path: string) => {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return ''; // the process ended between listing and reading
	}
};

/** Summed RSS of a process tree now. */
function treeRss(root: number): number {
	const parents = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		const stat = read(`/proc/${name}/stat`);
		if (stat) parents.set(Number(name), parentOf(stat));
	}
	return descendants(root, parents).reduce((sum, pid) => sum + rssOf(read(`/proc/${pid}/status`)), 0);
}

export interface Measured {
	status: number | null;
	wallMs: number;
	peakRssBytes: number;
	/** The last lines the command printed (stdout and stderr). */
	tail: string;
}

export function runMeasured(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; sampleMs?: number } = {}): Promise<Measured> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		const keep = (chunk: Buffer) => {
			output = (output + chunk.toString()).slice(-20_000);
		};
		child.stdout.on('data', keep);
		child.stderr.on('data', keep);
		let peak = 0;
		const sample = () => {
			if (child.pid) peak = Math.max(peak, treeRss(child.pid));
		};
		const timer = setInterval(sample, options.sampleMs ?? 100);
		child.on('error', (e) => {
			clearInterval(timer);
			reject(e);
		});
		child.on('close', (status) => {
			clearInterval(timer);
			resolve({ status, wallMs: performance.now() - started, peakRssBytes: peak, tail: output.split('\n').slice(-15).join('\n') });
		});
	});
}
