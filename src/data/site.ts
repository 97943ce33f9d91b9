/** Where the built site will be published (SITE_URL and BASE_PATH in astro.config.mjs). */
import type { Site } from '../lib/open-data.ts';

export const site: Site = {
	origin: new URL(import.meta.env.SITE ?? 'http://localhost:4321').origin,
	base: import.meta.env.BASE_URL,
};
