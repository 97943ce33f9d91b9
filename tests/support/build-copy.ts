/** Builds a throwaway copy of the project (optionally with extra content or settings). */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './corpus.ts';

const PROJECT = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** A temp copy of the project (node_modules linked); `overlays` are folders laid over it. */
export function copyProject(overlays: string[] = []): string {
	const root = mkdtempSync(join(tmpdir(), 'kho-build-'));
	for (const item of PROJECT) cpSync(join(ROOT, item), join(root, item), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
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

/** Runs `npm run build` in a project copy: its exit status and everything it printed. */
export function runBuild(root: string, env: Record<string, string> = {}): { status: number | null; output: string } {
	const result = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8', env: buildEnv(env) });
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Returns the copy's dist/ after `npm run build`; `overlays` are folders laid over the copy. */
export function buildCopy({ overlays = [], env = {} }: { overlays?: string[]; env?: Record<string, string> } = {}): string {
	const root = copyProject(overlays);
	execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe', env: buildEnv(env) });
	return join(root, 'dist');
}
