/** The build-time settings the site reads from `import.meta.env` besides Astro's own. */
interface ImportMetaEnv {
	/** Where readers report an error in the data (see src/data/site.ts). */
	readonly REPORT_URL?: string;
	/** Who runs the site, "name; address" (see src/data/site.ts). */
	readonly SITE_OPERATOR?: string;
}
