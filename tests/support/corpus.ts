/** Builds throwaway copies of the real corpus with fixture files laid over it. */
import { appendFileSync, cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { listFiles } from '../../src/lib/files.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');

/**
 * A temp project root holding a copy of content/ with each overlay folder applied: its files
 * replace or add to the copy, and `<name>.append.yaml` is appended to `<name>.yaml`.
 */
export function corpusWith(...overlays: string[]): string {
	const root = mkdtempSync(join(tmpdir(), 'kho-corpus-'));
	cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
	for (const overlay of overlays) {
		for (const file of listFiles(overlay)) {
			const target = join(root, relative(overlay, file));
			if (target.endsWith('.append.yaml')) appendFileSync(target.replace(/\.append\.yaml$/, '.yaml'), `\n${readFileSync(file, 'utf8')}`);
			else cpSync(file, target);
		}
	}
	return root;
}
