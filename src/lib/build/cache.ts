/**
 * A build cache whose entries are trusted only when whole: each entry is written under a
 * temporary name and renamed into place (a reader never sees half a file), and its size and
 * SHA-256 digest are recorded beside it (`<entry>.sum`, written after the entry). Before reuse
 * both are checked; an entry without a record, or whose bytes no longer match it, is not used.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';

export interface CacheRecord {
	size: number;
	sha256: string;
}

export const digest = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The record of `bytes`, as stored in the `.sum` file. */
export const cacheRecord = (bytes: Uint8Array): CacheRecord => ({ size: bytes.length, sha256: digest(bytes) });

/** True when `bytes` are what `record` (the text of a `.sum` file) describes. */
export function matchesRecord(bytes: Uint8Array, record: string): boolean {
	try {
		const { size, sha256 } = JSON.parse(record) as Partial<CacheRecord>;
		return size === bytes.length && sha256 === digest(bytes);
	} catch {
		return false;
	}
}

/** Writes `bytes` to `path` atomically: a temporary name in the same folder, then a rename. */
export function writeAtomically(path: string, bytes: Uint8Array | string): void {
	const temporary = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
	try {
		writeFileSync(temporary, bytes);
		renameSync(temporary, path);
	} catch (e) {
		rmSync(temporary, { force: true });
		throw e;
	}
}

/** Keeps `bytes` as the cache entry `path` (entry first, then its record). */
export function keepInCache(path: string, bytes: Uint8Array): void {
	writeAtomically(path, bytes);
	writeAtomically(`${path}.sum`, `${JSON.stringify(cacheRecord(bytes))}\n`);
}

/** True when the cache entry `path` exists and matches its recorded size and digest. */
export function cachedEntryIsWhole(path: string): boolean {
	let record: string;
	try {
		record = readFileSync(`${path}.sum`, 'utf8');
		const { size } = JSON.parse(record) as Partial<CacheRecord>;
		if (statSync(path).size !== size) return false; // cheap check first
		return matchesRecord(readFileSync(path), record);
	} catch {
		return false;
	}
}
