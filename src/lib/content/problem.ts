/** A content problem, reported as `file:line  field  message`. */
export interface Problem {
	file: string;
	line: number;
	field: string;
	message: string;
}

export function formatProblem(p: Problem): string {
	return `${p.file}:${p.line}  ${p.field || '-'}  ${p.message}`;
}

/** Sorts problems by file, then line, so reports are stable. */
export function sortProblems(problems: Problem[]): Problem[] {
	return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field));
}
