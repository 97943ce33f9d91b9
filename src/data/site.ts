/** Where the built site will be published (SITE_URL and BASE_PATH in astro.config.mjs). */
import type { Site } from '../lib/open-data.ts';
import { withBase } from '../lib/urls.ts';
import { parseOperator, type Operator } from '../lib/operator.ts';

export const site: Site = {
	origin: import.meta.env.SITE ? new URL(import.meta.env.SITE).origin : null,
	base: import.meta.env.BASE_URL,
};

/**
 * Where readers report an error in the data: REPORT_URL at build time (a mailto: address or an
 * issue tracker); null when not set, and the pages then say that no address is configured.
 */
const reportEnv = import.meta.env.REPORT_URL ?? '';
export const reportUrl: string | null = /^(?:mailto:|https:\/\/)\S+$/.test(reportEnv) ? reportEnv : null;

/** A site path as a link: prefixed with the base path the site is built for. */
export const href = (path: string): string => withBase(path, import.meta.env.BASE_URL);

/** Who runs the site (SITE_OPERATOR, "name; address"); null when not set. */
export const operator: Operator | null = parseOperator(import.meta.env.SITE_OPERATOR);
