/**
 * `npm run corpus:gen -- --plans N --out <dir> [--seed S]`: writes a synthetic corpus made
 * from the real one (see src/lib/synthetic.ts) as `<dir>/content/` — plans, sources and the
 * real reference collections — ready for `CONTENT_ROOT=<dir> npm run build`.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { REFERENCE_COLLECTIONS } from '../lib/content/corpus.ts';
import { readRealCorpus } from '../lib/content/real-corpus.ts';
import { generateCorpus } from '../lib/synthetic.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function fail(message: string): never {
	console.error(`corpus:gen: ${message}`);
	process.exit(2);
}

const { values } = parseArgs({ options: { plans: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } } });
const plans = Number(values.plans);
const seed = Number(values.seed);
if (!Number.isInteger(plans) || plans < 1) fail('--plans N (a whole number ≥ 1) is required');
if (!Number.isInteger(seed)) fail('--seed must be a whole number');
if (!values.out) fail('--out <dir> is required');
const out = resolve(values.out);
if (existsSync(out) && readdirSync(out).length > 0) fail(`${out} exists and is not empty`);

const real = readRealCorpus(ROOT);
if (real.problems) fail('the real corpus does not pass `npm run check`');
const files = generateCorpus({ plans, seed, real: real.corpus });
let size = 0;
for (const [path, text] of files) {
	mkdirSync(dirname(join(out, path)), { recursive: true });
	writeFileSync(join(out, path), text);
	size += Buffer.byteLength(text);
}
for (const collection of REFERENCE_COLLECTIONS) cpSync(join(ROOT, 'content', `${collection}.yaml`), join(out, 'content', `${collection}.yaml`));
const years = readdirSync(join(out, 'content', 'plans')).length;
console.log(`corpus:gen: ${plans} plans over ${years} year(s), ${(size / 1024 ** 2).toFixed(1)} MB, in ${out}/content/`);
