/** Walking folders: the content tree and a built site (dist/). */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file below `dir` (none when it does not exist), skipping folders named in `skip`. */
export function listFiles(dir: string, skip: readonly string[] = []): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
		const path = join(dir, d.name);
		if (d.isDirectory()) return skip.includes(d.name) ? [] : listFiles(path, skip);
		return [path];
	});
}

/** The HTML pages of a built site (the Pagefind bundle left out). */
export function builtPages(dist: string): string[] {
	return listFiles(dist, ['pagefind']).filter((f) => f.endsWith('.html'));
}

/** The site path of a built page: dist/ke-hoach/index.html → `${base}ke-hoach/`, dist/404.html → `${base}404.html`. */
export function pagePath(dist: string, file: string, base = '/'): string {
	const rel = relative(dist, file).split(sep).join('/');
	return base + rel.replace(/(^|\/)index\.html$/, '$1');
}
