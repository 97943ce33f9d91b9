// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { asciiHeadingIds } from './src/lib/markdown/ascii-heading-ids.ts';
import { settingsProblems } from './src/lib/build/settings.ts';

// A BASE_PATH or SITE_URL that could leave the site or carry markup stops every command here.
const problems = settingsProblems(process.env);
if (problems.length) throw new Error(problems.join('\n'));

export default defineConfig({
	// The public address of the site (SITE_URL), for canonical URLs, citations, feeds and the
	// sitemap. Without it links are site-relative and no sitemap is written: the site never
	// prints an address it is not served from.
	site: process.env.SITE_URL || undefined,
	// Set BASE_PATH (e.g. /kho-ke-hoach/) to host the site under a sub-path.
	base: process.env.BASE_PATH ?? '/',
	trailingSlash: 'always',
	markdown: {
		processor: satteri({
			// Transcriptions must stay as printed: no curly quotes, dashes or ellipses added.
			features: { smartPunctuation: false },
			hastPlugins: [asciiHeadingIds],
		}),
	},
	integrations: [mdx(), ...(process.env.SITE_URL ? [sitemap({ filter: (page) => !/\/404\/?$/.test(page) })] : [])],
	// Every script and stylesheet as a file, never inline: the Content-Security-Policy
	// (src/lib/csp.ts) allows no inline code, so it needs no hashes.
	build: { inlineStylesheets: 'never' },
	vite: { build: { assetsInlineLimit: 0 } },
	server: { port: 4321 },
});
