/**
 * `npm run build` step after `astro build`: indexes dist/ for Pagefind as section records
 * (see src/lib/search/records.ts) and writes dist/pagefind/. Any indexing error fails the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { builtPages, pagePath } from '../lib/files.ts';
import { pageRecords, type SearchRecord } from '../lib/search/records.ts';

const dist = process.argv[2] ?? 'dist';
const WINDOW = 256;

async function main() {
	// URLs relative to the site root: Pagefind adds the base path it is served from.
	const records: SearchRecord[] = builtPages(dist).flatMap((file) => pageRecords(readFileSync(file, 'utf8'), pagePath(dist, file)));
	if (records.length === 0) throw new Error(`no [data-pagefind-body] content found in ${dist}`);
	const { index, errors } = await createIndex({ forceLanguage: 'vi' });
	if (errors.length || !index) throw new Error(`pagefind: ${errors.join('; ')}`);
	// Records are sent without waiting for each answer (a window at a time): Pagefind's service
	// reads them in order, and one round trip per record left it idle most of the time.
	for (let i = 0; i < records.length; i += WINDOW) {
		const batch = records.slice(i, i + WINDOW);
		const responses = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
		responses.forEach((response, j) => {
			if (response.errors.length) throw new Error(`pagefind: ${batch[j].url}: ${response.errors.join('; ')}`);
		});
	}
	const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
	if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
	console.log(`Search index: ${records.length} records from ${new Set(records.map((r) => r.url.split('#')[0])).size} pages.`);
}

main()
	.catch((e) => {
		console.error(e instanceof Error ? e.message : e);
		process.exitCode = 1;
	})
	.finally(() => close());
