/**
 * `npm run build` step after `astro build`: indexes dist/ for Pagefind as section records
 * (see src/lib/search/records.ts) and writes dist/pagefind/. Any indexing error fails the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { close, createIndex } from 'pagefind';
import { pageRecords, type SearchRecord } from '../lib/search/records.ts';

const dist = process.argv[2] ?? 'dist';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
		const path = join(dir, d.name);
		if (d.isDirectory()) return d.name === 'pagefind' ? [] : htmlFiles(path);
		return d.name.endsWith('.html') ? [path] : [];
	});
}

/** The page's URL relative to the site root; Pagefind adds the base path it is served from. */
function urlOf(file: string): string {
	const rel = relative(dist, file).split(sep).join('/');
	return `/${rel.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/')}`;
}

async function main() {
	const records: SearchRecord[] = htmlFiles(dist).flatMap((file) => pageRecords(readFileSync(file, 'utf8'), urlOf(file)));
	if (records.length === 0) throw new Error(`no [data-pagefind-body] content found in ${dist}`);
	const { index, errors } = await createIndex({ forceLanguage: 'vi' });
	if (errors.length || !index) throw new Error(`pagefind: ${errors.join('; ')}`);
	for (const record of records) {
		const response = await index.addCustomRecord(record);
		if (response.errors.length) throw new Error(`pagefind: ${record.url}: ${response.errors.join('; ')}`);
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
