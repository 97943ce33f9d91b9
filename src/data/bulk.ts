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
	/** Where each plan's line lies in `ndjson` (start and end bytes, the newline left out). */
	lines: Map<string, [number, number]>;
}

const factsOf = (bytes: Buffer): FileFacts => ({ bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });

let bulk: Promise<Bulk> | undefined;

export function getBulk(): Promise<Bulk> {
	bulk ??= (async () => {
		const catalog = await getCatalog();
		const parts: Buffer[] = [];
		const lines = new Map<string, [number, number]>();
		let at = 0;
		for (const { id, line } of planNdjsonLines(catalog, site)) {
			const bytes = Buffer.from(line, 'utf8');
			lines.set(id, [at, at + bytes.length - 1]);
			parts.push(bytes);
			at += bytes.length;
		}
		const ndjson = Buffer.concat(parts);
		// The same compression as the build's precompressed copies, so nginx's gzip_static serves this very file.
		const packed = gzip(ndjson);
		return { ndjson, gzip: packed, facts: { ndjson: factsOf(ndjson), gzip: factsOf(packed) }, lines };
	})();
	return bulk;
}

/** A plan's own record (/api/plans/<id>.json), read back from its line of the bulk file: each record is made once per build. */
export async function planDetailFromBulk(id: string): Promise<unknown> {
	const { ndjson, lines } = await getBulk();
	const [start, end] = lines.get(id) ?? [];
	if (start === undefined) throw new Error(`no plan ${id} in the bulk download`);
	return JSON.parse(ndjson.toString('utf8', start, end)) as unknown;
}
