/**
 * The folder whose `content/` the site is built from: the project itself, or the folder named
 * by CONTENT_ROOT (e.g. a synthetic corpus from `npm run corpus:gen`), without touching content/.
 */
import { resolve } from 'node:path';

export const contentRoot = (): string => resolve(process.env.CONTENT_ROOT || '.');

/** A path inside the content root, e.g. `content/sources/x.txt`. */
export const contentPath = (path: string): string => resolve(contentRoot(), path);
