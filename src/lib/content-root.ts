/**
 * The folder whose `content/` the site is built from: the project itself, or the folder named
 * by CONTENT_ROOT (e.g. a synthetic corpus from `npm run corpus:gen`), without touching content/.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const contentRoot = (): string => resolve(process.env.CONTENT_ROOT || '.');

/** A path inside the content root, e.g. `content/sources/x.txt`. */
export const contentPath = (path: string): string => resolve(contentRoot(), path);

/**
 * Astro keeps the content it loaded in a cache (node_modules/.astro/data-store.json) and, given
 * another content root, would keep the old root's entries beside the new ones. The cache is
 * marked with the root it was built from and dropped when the root changes.
 */
export function forgetContentCacheOfOtherRoot(cacheDir: string, root: string): void {
	const marker = join(cacheDir, 'content-root');
	const built = existsSync(marker) ? readFileSync(marker, 'utf8') : null;
	if (built !== root) rmSync(join(cacheDir, 'data-store.json'), { force: true });
	mkdirSync(cacheDir, { recursive: true });
	writeFileSync(marker, root);
}
