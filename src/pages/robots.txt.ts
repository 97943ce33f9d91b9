import { text } from '../data/respond.ts';
import { site } from '../data/site.ts';
import { absoluteUrl } from '../lib/open-data.ts';

export const GET = () => text(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site, '/sitemap-index.xml')}\n`, 'text/plain');
