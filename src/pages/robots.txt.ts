import { text } from '../data/respond.ts';
import { site } from '../data/site.ts';
import { absoluteUrl } from '../lib/open-data.ts';

// The sitemap exists only when the site's address (SITE_URL) is known.
export const GET = () => text(`User-agent: *\nAllow: /\n${site.origin ? `\nSitemap: ${absoluteUrl(site, '/sitemap-index.xml')}\n` : ''}`, 'text/plain');
