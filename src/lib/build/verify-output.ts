/**
 * What a build is about to publish, checked before it replaces dist/: no file is empty, every
 * Word document opens as a zip holding a document, and the search index is whole — the entry
 * file, each language's metadata and WebAssembly, and every index chunk, filter and page
 * fragment the metadata names exist, are not empty and decompress (gzip checks its CRC, so a
 * truncated or corrupted file is caught). Pure: the caller lists the files and reads them.
 */
import { unzipSync } from 'fflate';
import { gunzipSync } from 'node:zlib';
import { decodeCbor, type CborValue } from './cbor.ts';

export interface OutputFile {
	/** Relative to the output folder, with `/` separators. */
	path: string;
	size: number;
}

/** The search bundle's folder and the files the site loads directly from it. */
export const PAGEFIND_DIR = 'pagefind';
const PAGEFIND_LOADERS = ['pagefind.js', 'pagefind-worker.js'];
/** Pagefind's compressed files start with this signature once decompressed. */
const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/** Why the bytes are not a Word document (a zip with [Content_Types].xml and word/document.xml), or null. */
export function wordDocumentProblem(bytes: Uint8Array): string | null {
	let entries: Record<string, Uint8Array>;
	try {
		entries = unzipSync(bytes);
	} catch (e) {
		return `is not a readable zip (${e instanceof Error ? e.message : String(e)})`;
	}
	for (const part of ['[Content_Types].xml', 'word/document.xml']) if (!entries[part]?.length) return `has no ${part}`;
	return null;
}

/** The decompressed bytes of a Pagefind file, or why it cannot be read. */
function gunzipped(bytes: Uint8Array): { data: Uint8Array } | { problem: string } {
	try {
		return { data: gunzipSync(bytes) };
	} catch (e) {
		return { problem: `does not decompress (${e instanceof Error ? e.message : String(e)})` };
	}
}

const strings = (list: CborValue, position: number): string[] =>
	Array.isArray(list) ? list.flatMap((item) => (Array.isArray(item) && typeof item[position] === 'string' ? [item[position]] : [])) : [];

/** The files a language's metadata names: page fragments, word-index chunks and filters. */
export function metaReferences(meta: Uint8Array): string[] {
	const text = new TextDecoder().decode(meta.subarray(0, PAGEFIND_SIGNATURE.length));
	if (text !== PAGEFIND_SIGNATURE) throw new Error('does not start with the Pagefind signature');
	const decoded = decodeCbor(meta.subarray(PAGEFIND_SIGNATURE.length));
	if (!Array.isArray(decoded) || decoded.length < 4) throw new Error('is not Pagefind metadata');
	const [, pages, chunks, filters] = decoded;
	return [
		...strings(pages, 0).map((h) => `fragment/${h}.pf_fragment`),
		...strings(chunks, 2).map((h) => `index/${h}.pf_index`),
		...strings(filters, 1).map((h) => `filter/${h}.pf_filter`),
	];
}

/** The problems of one Pagefind bundle: the reference index in pagefind/, or a year bucket of the plans in pagefind/<bucket>/. */
function searchIndexProblems(files: Map<string, OutputFile>, read: (path: string) => Uint8Array, dir: string = PAGEFIND_DIR): string[] {
	const problems: string[] = [];
	const at = (name: string) => `${dir}/${name}`;
	const present = (name: string) => {
		if (files.has(at(name))) return true;
		problems.push(`${at(name)} is missing`);
		return false;
	};
	for (const loader of PAGEFIND_LOADERS) present(loader);
	if (!present('pagefind-entry.json')) return problems;
	let languages: Record<string, { hash?: unknown; wasm?: unknown }>;
	try {
		languages = (JSON.parse(new TextDecoder().decode(read(at('pagefind-entry.json')))) as { languages: typeof languages }).languages;
		if (!languages || typeof languages !== 'object' || !Object.keys(languages).length) throw new Error('it names no language');
	} catch (e) {
		return [...problems, `${at('pagefind-entry.json')} cannot be read: ${e instanceof Error ? e.message : String(e)}`];
	}
	const compressed = (name: string): Uint8Array | null => {
		if (!present(name) || !files.get(at(name))!.size) return null; // empty files are reported once, below
		const result = gunzipped(read(at(name)));
		if ('problem' in result) problems.push(`${at(name)} ${result.problem}`);
		return 'data' in result ? result.data : null;
	};
	for (const [language, { hash, wasm }] of Object.entries(languages)) {
		if (typeof hash !== 'string') {
			problems.push(`${at('pagefind-entry.json')}: language "${language}" has no index hash`);
			continue;
		}
		compressed(`wasm.${typeof wasm === 'string' ? wasm : 'unknown'}.pagefind`);
		const meta = compressed(`pagefind.${hash}.pf_meta`);
		if (!meta) continue;
		let references: string[];
		try {
			references = metaReferences(meta);
		} catch (e) {
			problems.push(`${at(`pagefind.${hash}.pf_meta`)} ${e instanceof Error ? e.message : String(e)}`);
			continue;
		}
		if (!references.length) problems.push(`${at(`pagefind.${hash}.pf_meta`)} names no page`);
		for (const name of references) compressed(name);
	}
	return problems;
}

/** Every reason the output cannot be published; empty when it can. */
export function outputProblems(list: OutputFile[], read: (path: string) => Uint8Array): string[] {
	const files = new Map(list.map((f) => [f.path, f]));
	const problems = list.filter((f) => f.size === 0).map((f) => `${f.path} is empty (0 bytes)`);
	for (const f of list) {
		if (!f.path.endsWith('.docx') || f.size === 0) continue;
		const problem = wordDocumentProblem(read(f.path));
		if (problem) problems.push(`${f.path} ${problem}`);
	}
	return [...problems, ...searchIndexProblems(files, read), ...bucketProblems(files, read)];
}

/** Each year bucket that pagefind/buckets.json lists (src/lib/search/partition.ts) is a whole bundle too. */
function bucketProblems(files: Map<string, OutputFile>, read: (path: string) => Uint8Array): string[] {
	const manifest = `${PAGEFIND_DIR}/buckets.json`;
	if (!files.get(manifest)?.size) return [];
	let ids: string[];
	try {
		const parsed: unknown = JSON.parse(new TextDecoder().decode(read(manifest)));
		const buckets = (parsed as { buckets?: unknown }).buckets;
		if (!Array.isArray(buckets) || !buckets.length) throw new Error('it lists no bucket');
		ids = buckets.map((b: unknown) => String((b as { id?: unknown }).id));
	} catch (e) {
		return [`${manifest} cannot be read: ${e instanceof Error ? e.message : String(e)}`];
	}
	return ids.flatMap((id) =>
		/^[a-z0-9-]+$/.test(id) ? searchIndexProblems(files, read, `${PAGEFIND_DIR}/${id}`) : [`${manifest} names a bucket "${id}" that is not a folder name`],
	);
}
