/**
 * Where a file differs from its formatted version: the first differing line of each changed
 * run, so a format check can name `file:line` rather than only the file.
 */
import { diffLines } from 'diff';

export interface FormatDifference {
	/** 1-based line in the file as it is. */
	line: number;
	/** The line as it is (empty when the formatter inserts lines there). */
	actual: string;
	/** The line as the formatter writes it (empty when it removes the line). */
	expected: string;
}

export function formatDifferences(actual: string, expected: string): FormatDifference[] {
	const out: FormatDifference[] = [];
	let line = 1;
	const parts = diffLines(actual, expected);
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i];
		const firstLine = (s: string) => s.split('\n')[0] ?? '';
		if (part.removed) {
			const next = parts[i + 1];
			out.push({ line, actual: firstLine(part.value), expected: next?.added ? firstLine(next.value) : '' });
			if (next?.added) i++;
			line += part.count ?? 0;
		} else if (part.added) {
			out.push({ line, actual: '', expected: firstLine(part.value) });
		} else {
			line += part.count ?? 0;
		}
	}
	return out;
}
