/**
 * The bulk download (/du-lieu/ke-hoach.ndjson and its .gz), made once per build: the files
 * themselves, and their sizes and checksums for /api/index.json and /du-lieu/.
 */
import { createHash } from 'node:crypto';
import { gzip } from '../lib/compress/precompress.ts';
import { planNdjsonLines, type FileFacts } from '../lib/open-data.ts';
import { getCatalog } from './catalog.ts';
import { site } from './site.ts';

export interface Bulk {
	ndjson: Buffer;
	gzip: Buffer;
	facts: { ndjson: FileFacts; gzip: FileFacts };
}

const factsOf = (bytes: Buffer): FileFacts => ({ bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });

let bulk: Promise<Bulk> | undefined;

export function getBulk(): Promise<Bulk> {
	bulk ??= (async () => {
		const catalog = await getCatalog();
		const ndjson = Buffer.concat(Array.from(planNdjsonLines(catalog, site), (line) => Buffer.from(line, 'utf8')));
		// The same compression as the build's precompressed copies, so nginx's gzip_static serves this very file.
		const packed = gzip(ndjson);
		return { ndjson, gzip: packed, facts: { ndjson: factsOf(ndjson), gzip: factsOf(packed) } };
	})();
	return bulk;
}
