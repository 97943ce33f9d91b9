/**
 * The pieces that keep a build from publishing a broken result: the check of the output
 * before the swap (on a real Pagefind bundle, then damaged the ways a crash or a full disk
 * damages it), the verified cache, the build lock, and the CBOR reader the check uses.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';
import { close, createIndex } from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedEntryIsWhole, keepInCache } from '../../src/lib/build/cache.ts';
import { decodeCbor } from '../../src/lib/build/cbor.ts';
import { lockIsStale, parseLock } from '../../src/lib/build/lock.ts';
import { outputProblems, wordDocumentProblem } from '../../src/lib/build/verify-output.ts';
import { listFiles } from '../../src/lib/files.ts';
import { acquireBuildLock } from '../../src/cli/build-lock.ts';
import { verifyBuiltSite } from '../../src/cli/verify-output.ts';

const temp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

/** The output check run on a folder, as the build runs it. */
function problemsOf(dir: string): string[] {
	const files = listFiles(dir).map((f) => ({ path: relative(dir, f).split(sep).join('/'), size: statSync(f).size }));
	return outputProblems(files, (path) => readFileSync(join(dir, path)));
}

const wordFile = () =>
	zipSync({
		'[Content_Types].xml': new TextEncoder().encode('<Types/>'),
		'word/document.xml': new TextEncoder().encode(`<w:document>${'Điều 1. '.repeat(500)}</w:document>`),
	});

describe('the output check before the swap', () => {
	let site: string;
	/** A fresh copy of the indexed site, to damage. */
	const copy = () => {
		const dir = temp('kho-site-');
		spawnSync('cp', ['-a', `${site}/.`, dir]);
		return dir;
	};
	beforeAll(async () => {
		site = temp('kho-site-');
		const { index } = await createIndex({ forceLanguage: 'vi' });
		for (let i = 0; i < 12; i++) {
			const words = Array.from({ length: 40 }, (_, k) => `từ${(i * 7 + k) % 53} quyền con người ${i}`).join(' ');
			await index!.addHTMLFile({
				url: `/ke-hoach/${i}/`,
				content: `<html lang="vi"><body><main data-pagefind-body><h1>Kế hoạch ${i}</h1><p>${words}</p></main></body></html>`,
			});
		}
		const written = await index!.writeFiles({ outputPath: join(site, 'pagefind') });
		expect(written.errors).toEqual([]);
		await close();
		writeFileSync(join(site, 'index.html'), '<p>Trang chủ</p>');
		writeFileSync(join(site, 'ke-hoach.docx'), wordFile());
	}, 60_000);
	afterAll(() => rmSync(site, { recursive: true, force: true }));

	it('passes a whole site', () => {
		expect(problemsOf(site)).toEqual([]);
	});

	it('finds an empty WebAssembly file, a missing or truncated index chunk and fragment, and an empty asset', () => {
		const dir = copy();
		const wasm = listFiles(join(dir, 'pagefind')).find((f) => /wasm\..*\.pagefind$/.test(f))!;
		truncateSync(wasm, 0);
		const [chunk] = listFiles(join(dir, 'pagefind/index'));
		rmSync(chunk);
		const [fragment] = listFiles(join(dir, 'pagefind/fragment'));
		truncateSync(fragment, Math.floor(statSync(fragment).size / 2));
		writeFileSync(join(dir, 'style.css'), '');
		const at = (f: string) => relative(dir, f);
		expect(problemsOf(dir).sort()).toEqual(
			[
				`${at(wasm)} is empty (0 bytes)`,
				`${at(chunk)} is missing`,
				expect.stringMatching(new RegExp(`^${at(fragment)} does not decompress`)),
				'style.css is empty (0 bytes)',
			].sort(),
		);
	});

	it('finds a missing search bundle, a missing entry of it and a cut-short UI script', () => {
		const dir = copy();
		const ui = join(dir, 'pagefind/pagefind.js');
		truncateSync(ui, 0);
		rmSync(listFiles(join(dir, 'pagefind')).find((f) => f.endsWith('.pf_meta'))!);
		expect(problemsOf(dir)).toEqual([
			'pagefind/pagefind.js is empty (0 bytes)',
			expect.stringMatching(/^pagefind\/pagefind\.vi_[0-9a-f]+\.pf_meta is missing$/),
		]);
		rmSync(join(dir, 'pagefind'), { recursive: true });
		expect(problemsOf(dir)).toEqual(['pagefind/pagefind.js is missing', 'pagefind/pagefind-worker.js is missing', 'pagefind/pagefind-entry.json is missing']);
	});

	it('checks each year bucket of the plans that pagefind/buckets.json lists as a whole bundle', () => {
		const dir = copy();
		// The same bundle as the plans' bucket of 2024–2025, listed in the manifest the search page reads.
		spawnSync('cp', ['-a', join(dir, 'pagefind'), join(dir, 'plans-2024-2025')]);
		spawnSync('mv', [join(dir, 'plans-2024-2025'), join(dir, 'pagefind', 'plans-2024-2025')]);
		writeFileSync(join(dir, 'pagefind/buckets.json'), JSON.stringify({ buckets: [{ id: 'plans-2024-2025', years: [2025, 2024], plans: 12 }] }));
		expect(problemsOf(dir)).toEqual([]);
		const meta = listFiles(join(dir, 'pagefind/plans-2024-2025')).find((f) => f.endsWith('.pf_meta'))!;
		rmSync(meta);
		expect(problemsOf(dir)).toEqual([expect.stringMatching(/^pagefind\/plans-2024-2025\/pagefind\.vi_[0-9a-f]+\.pf_meta is missing$/)]);
		writeFileSync(join(dir, 'pagefind/buckets.json'), JSON.stringify({ buckets: [{ id: '../x' }] }));
		expect(problemsOf(dir)).toEqual(['pagefind/buckets.json names a bucket "../x" that is not a folder name']);
	});

	it('finds a script cut short, as a full disk leaves it (not empty, but it does not parse)', () => {
		const dir = copy();
		expect(verifyBuiltSite(dir)).toEqual([]);
		const script = join(dir, 'pagefind/pagefind.js');
		truncateSync(script, Math.floor(statSync(script).size * 0.6));
		expect(verifyBuiltSite(dir)).toEqual([expect.stringMatching(/^pagefind\/pagefind\.js does not parse \(.+\)$/)]);
	}, 30_000);

	it('finds a Word document that is not a zip, as an interrupted write leaves it', () => {
		const whole = wordFile();
		expect(wordDocumentProblem(whole)).toBeNull();
		expect(wordDocumentProblem(whole.subarray(0, 200))).toMatch(/^is not a readable zip/);
		expect(wordDocumentProblem(zipSync({ 'a.txt': new Uint8Array([1]) }))).toBe('has no [Content_Types].xml');
		const dir = copy();
		truncateSync(join(dir, 'ke-hoach.docx'), 300);
		expect(problemsOf(dir)).toEqual([expect.stringMatching(/^ke-hoach\.docx is not a readable zip/)]);
	});
});

describe('the Word cache', () => {
	it('reuses an entry only while its size and digest match the record', () => {
		const dir = temp('kho-cache-');
		const entry = join(dir, 'abc.docx');
		const bytes = wordFile();
		expect(cachedEntryIsWhole(entry)).toBe(false);
		keepInCache(entry, bytes);
		expect(cachedEntryIsWhole(entry)).toBe(true);
		expect(readFileSync(entry)).toEqual(Buffer.from(bytes));
		truncateSync(entry, 100);
		expect(cachedEntryIsWhole(entry)).toBe(false);
		// Same size, one byte changed.
		keepInCache(entry, bytes);
		const changed = Buffer.from(bytes);
		changed[changed.length - 30] ^= 0xff;
		writeFileSync(entry, changed);
		expect(cachedEntryIsWhole(entry)).toBe(false);
		// An entry without its record (written by an older build, or the record lost).
		keepInCache(entry, bytes);
		rmSync(`${entry}.sum`);
		expect(cachedEntryIsWhole(entry)).toBe(false);
		// No temporary file is left behind.
		expect(
			listFiles(dir)
				.map((f) => relative(dir, f))
				.sort(),
		).toEqual(['abc.docx']);
	});
});

describe('the build lock', () => {
	const here = { host: 'may-a', alive: (pid: number) => pid === 100 };
	it('judges a lock stale only when its process is gone on this host', () => {
		expect(lockIsStale({ pid: 100, host: 'may-a', started: 'x' }, 10_000_000, here)).toBe(false);
		expect(lockIsStale({ pid: 200, host: 'may-a', started: 'x' }, 0, here)).toBe(true);
		expect(lockIsStale({ pid: 200, host: 'may-b', started: 'x' }, 10_000_000, here)).toBe(false);
		// Not yet written by its owner: held for a few seconds, then stale.
		expect(lockIsStale(null, 1000, here)).toBe(false);
		expect(lockIsStale(null, 60_000, here)).toBe(true);
		expect(parseLock('')).toBeNull();
		expect(parseLock('{"pid": -1, "host": "a", "started": "b"}')).toBeNull();
		expect(parseLock('{"pid": 5, "host": "a", "started": "b"}')).toEqual({ pid: 5, host: 'a', started: 'b' });
	});

	it('keeps a second holder out with a message naming the first, and is taken over once its owner is dead', () => {
		const path = join(temp('kho-lock-'), '.build.lock');
		const first = acquireBuildLock(path);
		expect(first.ok).toBe(true);
		const second = acquireBuildLock(path);
		expect(second).toEqual({
			ok: false,
			// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- Vitest types its asymmetric matchers (expect.stringMatching) as any
			message: expect.stringMatching(
				new RegExp(
					`^Another build is running in this folder \\(process ${process.pid} on ${hostname()}, started \\S+; lock file ${path}\\)\\. Wait for it to finish; if no build is running, delete the lock file\\.$`,
				),
			),
		});
		if (first.ok) first.release();
		expect(existsSync(path)).toBe(false);

		const dead = spawnSync('true').pid;
		writeFileSync(path, JSON.stringify({ pid: dead, host: hostname(), started: '2026-01-01T00:00:00.000Z' }));
		const taken = acquireBuildLock(path);
		expect(taken).toMatchObject({ ok: true, tookOver: `process ${dead} on ${hostname()}, started 2026-01-01T00:00:00.000Z` });
		expect(parseLock(readFileSync(path, 'utf8'))?.pid).toBe(process.pid);
	});
});

describe('CBOR', () => {
	it('reads integers, strings, arrays, maps and simple values, and refuses data cut short', () => {
		// ["1.6", [["vi_ab", 108, ""]], {"a": true}, null, -2, 1.5]
		const bytes = Uint8Array.from([
			0x86, 0x63, 0x31, 0x2e, 0x36, 0x81, 0x83, 0x65, 0x76, 0x69, 0x5f, 0x61, 0x62, 0x18, 0x6c, 0x60, 0xa1, 0x61, 0x61, 0xf5, 0xf6, 0x21, 0xf9, 0x3e, 0x00,
		]);
		expect(decodeCbor(bytes)).toEqual(['1.6', [['vi_ab', 108, '']], new Map([['a', true]]), null, -2, 1.5]);
		expect(() => decodeCbor(bytes.subarray(0, 12))).toThrow(/ends early/);
		expect(() => decodeCbor(Uint8Array.from([0x9a, 0xff, 0xff, 0xff, 0xff]))).toThrow(/larger than the data/);
		expect(() => decodeCbor(Uint8Array.from([0x01, 0x02]))).toThrow(/extra byte/);
	});
});
