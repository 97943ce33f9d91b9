/**
 * `npm run build` step after the search index: writes `<file>.gz` and `<file>.br` beside every
 * text file of the built site above 1 kB (src/lib/compress/precompress.ts), for hosts that serve
 * precompressed files (deploy/nginx.conf). A large site's files are shared among worker threads
 * on every core; each copy depends only on its file's bytes, so the result does not depend on
 * the sharing.
 *
 * Usage: node src/cli/precompress.ts <dir>
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative, resolve, sep } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { compressedVariants, isPrecompressible, isVariant, VARIANTS } from '../lib/compress/precompress.ts';
import { listFiles } from '../lib/files.ts';

interface Tally {
	files: number;
	bytes: number;
	gz: number;
	br: number;
}

/** Compresses the given files, writing each kept copy beside its file. */
function compressAll(files: string[]): Tally {
	const tally: Tally = { files: 0, bytes: 0, gz: 0, br: 0 };
	for (const file of files) {
		const bytes = readFileSync(file);
		// A copy the site ships itself (the bulk download's .gz, whose checksum /api/index.json lists) is kept as it is.
		const variants = compressedVariants(bytes, { skip: VARIANTS.filter((v) => existsSync(`${file}.${v}`)) });
		if (variants.gz || variants.br) {
			tally.files++;
			tally.bytes += bytes.length;
		}
		for (const [ext, copy] of Object.entries(variants)) {
			writeFileSync(`${file}.${ext}`, copy);
			tally[ext as 'gz' | 'br'] += copy.length;
		}
	}
	return tally;
}

/** Each share compressed by a worker thread of its own. */
function inWorkers(shares: string[][]): Promise<Tally[]> {
	return Promise.all(
		shares.map(
			(share) =>
				new Promise<Tally>((done, fail) => {
					const worker = new Worker(new URL(import.meta.url), { workerData: share });
					worker.once('message', done);
					worker.on('error', fail);
					worker.on('exit', (code) => code !== 0 && fail(new Error(`a compression worker exited with ${code}`)));
				}),
		),
	);
}

async function main(dir: string) {
	const started = performance.now();
	const files = listFiles(dir)
		.filter((f) => !isVariant(f) && isPrecompressible(relative(dir, f).split(sep).join('/'), statSync(f).size))
		.sort();
	// Large files first, dealt round-robin, so the workers finish together.
	const bySize = files.map((f) => ({ f, size: statSync(f).size })).sort((a, b) => b.size - a.size || (a.f < b.f ? -1 : 1));
	// A thread per 16 MB (a thread's start costs about what compressing a few MB does), at most one per core.
	const total = bySize.reduce((n, x) => n + x.size, 0);
	const workers = Math.max(1, Math.min(availableParallelism(), 8, Math.ceil(total / 16e6)));
	const shares = Array.from({ length: workers }, (_, w) => bySize.filter((_, i) => i % workers === w).map((x) => x.f));
	const tallies = workers === 1 ? [compressAll(shares[0])] : await inWorkers(shares);
	const sum = tallies.reduce((a, t) => ({ files: a.files + t.files, bytes: a.bytes + t.bytes, gz: a.gz + t.gz, br: a.br + t.br }));
	const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
	console.log(
		`Precompressed: ${sum.files} files, ${mb(sum.bytes)} → gzip ${mb(sum.gz)}, Brotli ${mb(sum.br)}, on ${workers} thread(s) in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
	);
}

if (isMainThread) {
	const dir = process.argv[2];
	if (!dir) {
		console.error('Usage: node src/cli/precompress.ts <dir>');
		process.exit(2);
	}
	await main(resolve(dir)).catch((e: unknown) => {
		console.error(`Precompression: ${e instanceof Error ? e.message : String(e)}`);
		process.exit(1);
	});
} else {
	parentPort?.postMessage(compressAll(workerData as string[]));
}
