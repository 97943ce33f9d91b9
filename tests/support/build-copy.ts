/** Builds a throwaway copy of the project (optionally with extra content or settings). */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './corpus.ts';

const PROJECT = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * A temp copy of the project (node_modules linked); `overlays` are folders laid over it. With
 * `ownCache`, the copy's node_modules/ is a folder of links to the project's packages, so its
 * build caches (node_modules/.astro, .vite) are its own and a test may damage them. `under`
 * is the folder to make the copy in (default: the system temp folder).
 */
export function copyProject(overlays: string[] = [], { ownCache = false, under = tmpdir() }: { ownCache?: boolean; under?: string } = {}): string {
	const root = mkdtempSync(join(under, 'kho-build-'));
	for (const item of PROJECT) cpSync(join(ROOT, item), join(root, item), { recursive: true });
	if (ownCache) {
		mkdirSync(join(root, 'node_modules'));
		for (const name of readdirSync(join(ROOT, 'node_modules'))) {
			if (name !== '.astro' && name !== '.vite') symlinkSync(join(ROOT, 'node_modules', name), join(root, 'node_modules', name));
		}
	} else symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
	for (const overlay of overlays) cpSync(overlay, root, { recursive: true });
	return root;
}

/** The environment for a child build or benchmark. */
export function buildEnv(env: Record<string, string>): NodeJS.ProcessEnv {
	// Vitest puts Vite's own variables (BASE_URL, MODE, …) into process.env; a child build would
	// take them for its own, so they are left out.
	const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(k)));
	// A copy has no git history of its own: its data dates are read from the project's (read only).
	return { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_HISTORY: ROOT, ...env };
}

/** Runs `npm run build [-- args]` in a project copy: its exit status and everything it printed. */
export function runBuild(root: string, env: Record<string, string> = {}, args: string[] = []): { status: number | null; output: string } {
	const result = spawnSync('npm', ['run', 'build', ...(args.length ? ['--', ...args] : [])], { cwd: root, encoding: 'utf8', env: buildEnv(env) });
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A build running in the background: what it has printed so far, and its end. */
export interface RunningBuild {
	pid: number;
	printed(): string;
	done: Promise<{ status: number | null; output: string }>;
}

/** Starts `npm run build` in a project copy without waiting for it. */
export function startBuild(root: string, env: Record<string, string> = {}): RunningBuild {
	const child = spawn('npm', ['run', 'build'], { cwd: root, env: buildEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout.on('data', (d: Buffer) => (output += d.toString()));
	child.stderr.on('data', (d: Buffer) => (output += d.toString()));
	const done = new Promise<{ status: number | null; output: string }>((settle) => child.on('close', (status) => settle({ status, output })));
	return { pid: child.pid!, printed: () => output, done };
}

/** Returns the copy's dist/ after `npm run build`; `overlays` are folders laid over the copy. */
export function buildCopy({ overlays = [], env = {} }: { overlays?: string[]; env?: Record<string, string> } = {}): string {
	const root = copyProject(overlays);
	execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe', env: buildEnv(env) });
	return join(root, 'dist');
}
