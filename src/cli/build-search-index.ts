/**
 * `npm run build` step after `astro build`: Pagefind indexes the built pages of dist/ and writes
 * dist/pagefind/. A page is searchable through its [data-pagefind-body] region (the document and
 * the facts people look up, not the site's panels), one record per page with its headings as
 * sub-results; see src/lib/search/page-meta.ts. Any indexing error fails the build.
 *
 * Pagefind runs as a child process; when it dies (killed, crashed, a panic such as a full disk)
 * the Node API's pending promise never settles, and Node would simply run out of work and exit
 * 0. So the step only succeeds when indexing settled: reaching the end with it still pending is
 * the Pagefind process having ended early, and fails the step.
 */
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

const dist = process.argv[2] ?? 'dist';
/**
 * The pages that can hold a searchable region: plans, slogans, conventions, agencies, documents,
 * provinces (first pages only carry one). Comparison and source pages, the API and the lists
 * are never read: at 10,000 plans that is two thirds of the HTML Pagefind would otherwise parse.
 */
const SEARCHABLE = '{ke-hoach/*/*/index.html,khau-hieu/*/index.html,cong-uoc/*/index.html,co-quan/*/index.html,van-ban/*/index.html,tinh/*/index.html}';

async function main() {
	const { index, errors } = await createIndex({ forceLanguage: 'vi' });
	if (errors.length || !index) throw new Error(`pagefind: ${errors.join('; ')}`);
	const added = await index.addDirectory({ path: dist, glob: SEARCHABLE });
	if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
	if (added.page_count === 0) throw new Error(`no [data-pagefind-body] content found in ${dist}`);
	const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
	if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
	console.log(`Search index: ${added.page_count} pages.`);
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
