/**
 * `node tests/benchmark/bulk-size.ts [<project root>]`: the bulk download of a corpus
 * (/du-lieu/ke-hoach.ndjson, see src/data/bulk.ts) made outside a build — the same function on
 * the same content, so the same bytes (it prints the SHA-256 to compare with a build's
 * /api/index.json) — with its size plain, gzipped and Brotli-compressed, and the time taken.
 * For corpora too large to build just to weigh one file (`npm run corpus:gen -- --plans 10000`).
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { brotli, gzip } from '../../src/lib/compress/precompress.ts';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { readRealCorpus } from '../../src/lib/content/real-corpus.ts';
import { formatBytes } from '../../src/lib/format.ts';
import { planNdjsonLines } from '../../src/lib/open-data.ts';

const root = resolve(process.argv[2] ?? '.');
const started = performance.now();
const { corpus, problems } = readRealCorpus(root);
if (problems) {
	console.error(`${root}: the content has ${problems} problem(s); run npm run check.`);
	process.exit(1);
}
const catalog = buildCatalog(corpus);
const read = performance.now();
const ndjson = Buffer.concat(Array.from(planNdjsonLines(catalog, { origin: null, base: '/' }), ({ line }) => Buffer.from(line, 'utf8')));
const made = performance.now();
const gz = gzip(ndjson);
const zipped = performance.now();
const br = brotli(ndjson);
const done = performance.now();
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log(`${corpus.plans.length} plans (read and catalogued in ${s(read - started)})`);
console.log(
	`ke-hoach.ndjson     ${formatBytes(ndjson.length)} (${ndjson.length} bytes) in ${s(made - read)}, sha256 ${createHash('sha256').update(ndjson).digest('hex')}`,
);
console.log(`ke-hoach.ndjson.gz  ${formatBytes(gz.length)} (${gz.length} bytes) in ${s(zipped - made)}`);
console.log(`ke-hoach.ndjson.br  ${formatBytes(br.length)} (${br.length} bytes) in ${s(done - zipped)}`);
console.log(`peak RSS ${formatBytes(process.resourceUsage().maxRSS * 1024)}`);
