import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressedVariants, gzip, isPrecompressible, isVariant } from '../../src/lib/compress/precompress.ts';

/** A page-like text of about `kb` kilobytes that repeats enough to compress. */
const page = (kb: number) =>
	Buffer.from(`<!doctype html><html lang="vi"><body>${'<p>Kế hoạch tuyên truyền Ngày Nhân quyền thế giới 10/12.</p>\n'.repeat(kb * 16)}</body></html>`);

describe('precompression', () => {
	it('takes the text files above 1 kB, Pagefind’s included, and never a compressed copy', () => {
		expect(isPrecompressible('ke-hoach/2025/lang-son/index.html', 4000)).toBe(true);
		expect(isPrecompressible('_astro/Base.Cx1.css', 2000)).toBe(true);
		expect(isPrecompressible('du-lieu/ke-hoach.csv', 2000)).toBe(true);
		expect(isPrecompressible('du-lieu/ke-hoach.ndjson', 2000)).toBe(true);
		expect(isPrecompressible('pagefind/fragment/vi_1a2b3c.pf_fragment', 2000)).toBe(true);
		expect(isPrecompressible('robots.txt', 1024)).toBe(false);
		expect(isPrecompressible('api/plans/2025-an-giang.docx', 20_000)).toBe(false);
		expect(isPrecompressible('favicon.png', 20_000)).toBe(false);
		expect(isVariant('index.html.gz')).toBe(true);
		expect(isVariant('index.html.br')).toBe(true);
		expect(isVariant('index.html')).toBe(false);
	});

	it('writes gzip and Brotli copies that decompress to the file, smaller than it', () => {
		const bytes = page(8);
		const { gz, br } = compressedVariants(bytes);
		expect(gunzipSync(gz!).equals(bytes)).toBe(true);
		expect(brotliDecompressSync(br!).equals(bytes)).toBe(true);
		expect(gz!.length).toBeLessThan(bytes.length / 4);
		expect(br!.length).toBeLessThan(gz!.length);
	});

	it('gives the same bytes every time: no name or time in the gzip header', () => {
		const bytes = page(3);
		expect(compressedVariants(bytes)).toEqual(compressedVariants(Buffer.from(bytes)));
		const gz = compressedVariants(bytes).gz!;
		expect(gz.readUInt32LE(4)).toBe(0); // MTIME
		expect(gz[3] & 0x08).toBe(0); // no FNAME
	});

	it('leaves gzip streams (Pagefind’s index) and incompressible data alone', () => {
		expect(compressedVariants(gzip(page(4)))).toEqual({});
		const noise = Buffer.alloc(4096);
		let x = 12345;
		for (let i = 0; i < noise.length; i++) noise[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
		expect(compressedVariants(noise)).toEqual({});
	});
});
