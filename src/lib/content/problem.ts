/** A content problem, reported as `file:line[:column]  field  message`. */
export interface Problem {
	file: string;
	line: number;
	/** 1-based column, when the problem is at a precise place in the line. */
	column?: number;
	field: string;
	message: string;
	/** A root cause (a collection that cannot be read): listed before everything it causes. */
	root?: boolean;
}

export function formatProblem(p: Problem): string {
	return `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}  ${p.field || '-'}  ${p.message}`;
}

/** Sorts problems: root causes first, then by file, line and column, so reports are stable. */
export function sortProblems(problems: Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) =>
			Number(b.root ?? false) - Number(a.root ?? false) ||
			a.file.localeCompare(b.file) ||
			a.line - b.line ||
			(a.column ?? 0) - (b.column ?? 0) ||
			a.field.localeCompare(b.field),
	);
}
