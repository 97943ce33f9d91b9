import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { platformOf, stubMissingOptionals } from '../../src/cli/fix-lockfile.ts';
import { ROOT } from '../support/corpus.ts';

describe('package-lock.json', () => {
	it('lists every optional platform package, so `npm ci` accepts it (run `npm run fix-lockfile`)', () => {
		const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Parameters<typeof stubMissingOptionals>[0] };
		expect(stubMissingOptionals(lock.packages)).toEqual([]);
	});

	it('tells the platform from a package name', () => {
		expect(platformOf('@pagefind/windows-x64')).toEqual({ os: 'win32', cpu: 'x64' });
		expect(platformOf('@astrojs/compiler-binding-linux-arm64-musl')).toEqual({ os: 'linux', cpu: 'arm64' });
		expect(platformOf('@astrojs/compiler-binding-wasm32-wasi')).toEqual({ os: 'wasm32', cpu: 'wasm32' });
	});
});
