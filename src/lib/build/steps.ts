/**
 * The steps of `npm run build`, in order, each a Node command run from the project's root: the
 * build itself (src/cli/build.ts) and the benchmark (tests/benchmark/bench.ts) run this one list,
 * so the benchmark measures the build as it ships.
 */
export interface BuildStep {
	/** The phase's name in the benchmark report. */
	name: string;
	/** Arguments to `node`, relative to the project's root. */
	args: string[];
}

export function buildSteps(contentRoot: string, outDir: string): BuildStep[] {
	return [
		{ name: 'check', args: ['src/cli/check.ts', contentRoot] },
		{ name: 'astro', args: ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir] },
		{ name: 'docx', args: ['src/cli/build-docx.ts', outDir] },
		{ name: 'index', args: ['src/cli/build-search-index.ts', outDir] },
		{ name: 'precompress', args: ['src/cli/precompress.ts', outDir] },
		{ name: 'verify', args: ['src/cli/verify-output.ts', outDir] },
	];
}
