import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../src/lib/format.ts';

describe('formatBytes', () => {
	it('writes sizes as Vietnamese readers do, in powers of 1,000', () => {
		expect(formatBytes(850)).toBe('850 byte');
		expect(formatBytes(12_449)).toBe('12,4 kB');
		expect(formatBytes(41_197)).toBe('41,2 kB');
		expect(formatBytes(3_100_000)).toBe('3,1 MB');
		expect(formatBytes(62_000_000)).toBe('62 MB');
		expect(formatBytes(1_250_000_000)).toBe('1,3 GB');
	});
});
