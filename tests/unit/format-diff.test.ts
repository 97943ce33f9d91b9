import { describe, expect, it } from 'vitest';
import { formatDifferences } from '../../src/lib/dev/format-diff.ts';

describe('format check differences', () => {
	it('names the line that differs, with the formatted line', () => {
		const actual = 'const a = 1;\nconst b = "x"\nconst c = 3;\n';
		const expected = "const a = 1;\nconst b = 'x';\nconst c = 3;\n";
		expect(formatDifferences(actual, expected)).toEqual([{ line: 2, actual: 'const b = "x"', expected: "const b = 'x';" }]);
	});

	it('counts lines past earlier changes, inserted and removed lines', () => {
		const actual = 'a\n\n\nb\nc\nd(1,2)\n';
		const expected = 'a\n\nb\nc\nd(1, 2);\n';
		const diffs = formatDifferences(actual, expected);
		expect(diffs.map((d) => d.line)).toEqual([3, 6]);
		expect(diffs[1]).toMatchObject({ actual: 'd(1,2)', expected: 'd(1, 2);' });
	});

	it('finds nothing in a formatted file', () => {
		expect(formatDifferences('x\n', 'x\n')).toEqual([]);
	});
});
