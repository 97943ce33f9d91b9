/**
 * `npm run build` step after `astro build`: Pagefind indexes the built pages of dist/. A page is
 * searchable through its [data-pagefind-body] region (the document and the facts people look
 * up, not the site's panels), one record per page with its headings as sub-results; see
 * src/lib/search/page-meta.ts. The index is split (src/lib/search/partition.ts): the reference
 * pages in dist/pagefind/, the plans in year buckets in dist/pagefind/<bucket>/, listed newest
 * first in dist/pagefind/buckets.json. Any indexing error fails the build.
 *
 * Pagefind runs as a child process; when it dies (killed, crashed, a panic such as a full disk)
 * the Node API's pending promise never settles, and Node would simply run out of work and exit
 * 0. So the step only succeeds when indexing settled: reaching the end with it still pending is
 * the Pagefind process having ended early, and fails the step.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { FIRST_BUCKET_PLANS, LATER_BUCKET_PLANS, planBuckets, type SearchManifest } from '../lib/search/partition.ts';

const dist = process.argv[2] ?? 'dist';
/** SEARCH_BUCKET_PLANS="first,later" sets the bucket sizes (tests split the small real corpus this way). */
const sizes = (process.env.SEARCH_BUCKET_PLANS ?? `${FIRST_BUCKET_PLANS},${LATER_BUCKET_PLANS}`).split(',').map(Number);
if (sizes.length !== 2 || !sizes.every((n) => Number.isInteger(n) && n > 0)) {
	console.error(`SEARCH_BUCKET_PLANS must be two whole numbers "first,later", not "${process.env.SEARCH_BUCKET_PLANS}"`);
	process.exit(2);
}
/**
 * The pages that can hold a searchable region besides plans: slogans, conventions, agencies,
 * documents, provinces (first pages only carry one). Comparison and source pages, the API and
 * the lists are never read: at 10,000 plans that is two thirds of the HTML Pagefind would
 * otherwise parse.
 */
const REFERENCE = '{khau-hieu/*/index.html,cong-uoc/*/index.html,co-quan/*/index.html,van-ban/*/index.html,tinh/*/index.html}';

/** Indexes the pages of `glob` into the bundle at `out`; returns how many pages it holds. */
async function indexInto(glob: string, out: string): Promise<number> {
	const { index, errors } = await createIndex({ forceLanguage: 'vi' });
	if (errors.length || !index) throw new Error(`pagefind: ${errors.join('; ')}`);
	const added = await index.addDirectory({ path: dist, glob });
	if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
	const written = await index.writeFiles({ outputPath: out });
	if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
	await index.deleteIndex();
	return added.page_count;
}

/** Plan pages per year, from dist/ke-hoach/<year>/<plan>/index.html. */
function plansPerYear(): Map<number, number> {
	const root = join(dist, 'ke-hoach');
	const out = new Map<number, number>();
	for (const entry of readdirSync(root, { withFileTypes: true })) {
		if (!entry.isDirectory() || !/^\d{4}$/.test(entry.name)) continue;
		const plans = readdirSync(join(root, entry.name), { withFileTypes: true }).filter((e) => e.isDirectory()).length;
		if (plans) out.set(Number(entry.name), plans);
	}
	return out;
}

async function main() {
	const buckets = planBuckets(plansPerYear(), sizes[0], sizes[1]);
	if (buckets.length === 0) throw new Error(`no plan pages found in ${join(dist, 'ke-hoach')}`);
	const out = join(dist, 'pagefind');
	let pages = await indexInto(REFERENCE, out);
	for (const bucket of buckets) {
		const years = bucket.years.length === 1 ? String(bucket.years[0]) : `{${bucket.years.join(',')}}`;
		const held = await indexInto(`ke-hoach/${years}/*/index.html`, join(out, bucket.id));
		if (held === 0) throw new Error(`no [data-pagefind-body] content found in the plans of ${bucket.years.join(', ')}`);
		pages += held;
	}
	const manifest: SearchManifest = { buckets };
	writeFileSync(join(out, 'buckets.json'), `${JSON.stringify(manifest)}\n`);
	console.log(`Search index: ${pages} pages (plans in ${buckets.length} bucket(s): ${buckets.map((b) => b.id).join(', ')}).`);
}

let settled = false;
process.on('beforeExit', () => {
	if (settled) return;
	settled = true;
	console.error('Search index: the Pagefind process ended before the index was written (killed, crashed, or out of disk space).');
	process.exitCode = 1;
});

main()
	.catch((e) => {
		console.error(e instanceof Error ? e.message : e);
		process.exitCode = 1;
	})
	.finally(() => {
		settled = true;
		return close();
	});
