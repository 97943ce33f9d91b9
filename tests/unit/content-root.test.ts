import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forgetContentCacheOfOtherRoot } from '../../src/lib/content-root.ts';

describe('content cache and CONTENT_ROOT', () => {
	it('keeps the cache for the same content root and drops it for another', () => {
		const cache = mkdtempSync(join(tmpdir(), 'kho-cache-'));
		const store = join(cache, 'data-store.json');
		writeFileSync(store, '{}');
		forgetContentCacheOfOtherRoot(cache, '/corpus/a'); // unmarked: built from an unknown root
		expect(existsSync(store)).toBe(false);
		writeFileSync(store, '{}');
		forgetContentCacheOfOtherRoot(cache, '/corpus/a');
		expect(existsSync(store)).toBe(true);
		forgetContentCacheOfOtherRoot(cache, '/corpus/b');
		expect(existsSync(store)).toBe(false);
	});
});
