/**
 * The two sites our build is compared with, on the same plan bodies:
 * - **bare**: Astro + MDX, one page per plan (its MDX rendered as is), plus `pagefind --site`
 *   with the default Pagefind UI on a search page;
 * - **starlight**: Starlight, every plan a docs page (title + body), with its built-in search and
 *   a one-link sidebar.
 * Each is returned as files (path → text) of a project placed inside this project, so that it
 * resolves its packages from this project's node_modules (its package.json lists them with
 * their versions: Astro bundles the packages a project depends on that build with Astro).
 */

/** A plan file of the corpus: its path below content/plans/ and its MDX text. */
export interface PlanSource {
	path: string;
	text: string;
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

/** The title line of a plan's frontmatter (as written: a YAML scalar). */
export function titleOf(text: string): string {
	const fm = FRONTMATTER.exec(text)?.[1] ?? '';
	const m = /^title:\s*(.*)$/m.exec(fm);
	return m ? m[1].trim() : '"Kế hoạch"';
}

/** The plan as a Starlight docs page: its title, then its body unchanged. */
export function starlightPage(text: string): string {
	return `---\ntitle: ${titleOf(text)}\n---\n${text.replace(FRONTMATTER, '')}`;
}

/** Package versions, e.g. `{ astro: '7.3.5' }`. */
export type Versions = Record<string, string>;

const packageJson = (dependencies: Versions) => JSON.stringify({ name: 'bench-baseline', private: true, type: 'module', dependencies }, null, 2);

export function bareProject(plansDir: string, versions: Versions): Record<string, string> {
	return {
		'package.json': packageJson({ astro: versions.astro, '@astrojs/mdx': versions['@astrojs/mdx'] }),
		'astro.config.mjs': `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ cacheDir: './.cache', integrations: [mdx()] });\n`,
		'src/content.config.ts': [
			`import { defineCollection } from 'astro:content';`,
			`import { glob } from 'astro/loaders';`,
			`export const collections = { plans: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: ${JSON.stringify(plansDir)} }) }) };`,
			'',
		].join('\n'),
		'src/pages/[...id].astro': [
			'---',
			`import { getCollection, render } from 'astro:content';`,
			`export async function getStaticPaths() {`,
			`\treturn (await getCollection('plans')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));`,
			`}`,
			`const { entry } = Astro.props;`,
			`const { Content } = await render(entry);`,
			'---',
			`<html lang="vi"><head><meta charset="utf-8" /><title>{String(entry.data.title)}</title></head>`,
			`<body><main data-pagefind-body><h1>{String(entry.data.title)}</h1><Content /></main></body></html>`,
			'',
		].join('\n'),
		'src/pages/search.astro': [
			'---',
			'---',
			`<html lang="vi"><head><meta charset="utf-8" /><title>Tìm kiếm</title><link href="/pagefind/pagefind-ui.css" rel="stylesheet" /></head>`,
			`<body><div id="search"></div><script is:inline src="/pagefind/pagefind-ui.js"></script>`,
			`<script is:inline>const ui = new PagefindUI({ element: '#search' }); const q = new URLSearchParams(location.search).get('q'); if (q) ui.triggerSearch(q);</script>`,
			`</body></html>`,
			'',
		].join('\n'),
	};
}

export function starlightProject(versions: Versions): Record<string, string> {
	return {
		'package.json': packageJson({ astro: versions.astro, '@astrojs/mdx': versions['@astrojs/mdx'], '@astrojs/starlight': versions['@astrojs/starlight'] }),
		'astro.config.mjs': [
			`import { defineConfig } from 'astro/config';`,
			`import starlight from '@astrojs/starlight';`,
			// A bounded sidebar, as a site of thousands of pages would have: Starlight's default lists
			// every page in every page's sidebar (326 kB a page at 1,000 plans, quadratic in all).
			`export default defineConfig({ cacheDir: './.cache', integrations: [starlight({ title: 'Kế hoạch nhân quyền', defaultLocale: 'root', locales: { root: { label: 'Tiếng Việt', lang: 'vi' } }, sidebar: [{ label: 'Kế hoạch', link: '/' }] })] });`,
			'',
		].join('\n'),
		'src/content.config.ts': [
			`import { defineCollection } from 'astro:content';`,
			`import { docsLoader } from '@astrojs/starlight/loaders';`,
			`import { docsSchema } from '@astrojs/starlight/schema';`,
			`export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };`,
			'',
		].join('\n'),
	};
}
