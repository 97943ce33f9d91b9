/**
 * Building twice from the same content gives the same site, byte for byte: a second build in
 * another folder is compared with dist/ (built by `npm test`). Dated by design, and the same
 * within a day: the data date printed in the footer and "today" on /dong-thoi-gian/.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/files.ts';
import { buildCopy } from '../support/build-copy.ts';
import { ROOT } from '../support/corpus.ts';

let second: string;
beforeAll(() => {
	second = buildCopy();
}, 180_000);

const files = (dist: string) =>
	listFiles(dist)
		.map((f) => relative(dist, f))
		.sort();

describe('reproducible build', () => {
	it('writes the same files with the same bytes', () => {
		const first = join(ROOT, 'dist');
		expect(files(second)).toEqual(files(first));
		const differing = files(first).filter((f) => !readFileSync(join(first, f)).equals(readFileSync(join(second, f))));
		expect(differing).toEqual([]);
	});
});
