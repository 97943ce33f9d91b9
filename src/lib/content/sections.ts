/**
 * The section structure of a plan's body: numbered headings sit at the level their numbering
 * takes (I. → ##, 1. → ###, 1.1. and a) → ####), and every tasked body is named by a heading or
 * a numbered paragraph of the text, or by a row of a task table (a GFM table whose cell starts
 * with the body's name), so the plan page can link each task to its place.
 */
import { headingLevel, labelOf, markerOf, ordinalOf } from '../numbering.ts';
import { closingLine, plainContent, sectionFor } from '../plan-sections.ts';
import { NUMBERED_ITEM } from '../markdown/ascii-heading-ids.ts';

export interface SectionIssue {
	/** 1-based line within the body. */
	line: number;
	field: string;
	message: string;
}

/** Heading and numbered-paragraph texts of a Markdown body, with their lines. */
export function bodySections(body: string): { line: number; depth: number | null; text: string }[] {
	const out: { line: number; depth: number | null; text: string }[] = [];
	const lines = body.split('\n');
	lines.slice(0, closingLine(lines)).forEach((line, i) => {
		const heading = /^(#{1,6})\s+(.*)$/.exec(line);
		const text = plainContent(heading ? heading[2] : line).trim();
		if (heading) out.push({ line: i + 1, depth: heading[1].length, text });
		else if (!/^\s*[-*+>|]/.test(line) && NUMBERED_ITEM.test(text)) out.push({ line: i + 1, depth: null, text });
	});
	return out;
}

export function checkSections(body: string, assignments: readonly { name: string }[]): SectionIssue[] {
	const issues: SectionIssue[] = [];
	const sections = bodySections(body);
	for (const s of sections) {
		if (s.depth === null) continue;
		const marker = markerOf(s.text);
		const level = marker ? headingLevel(marker.kind, marker.label) : null;
		if (level !== null && s.depth !== level) {
			issues.push({ line: s.line, field: 'body', message: `heading "${s.text.slice(0, 40)}" is level ${s.depth} (${'#'.repeat(s.depth)}); its numbering "${marker!.label}" takes level ${level} (${'#'.repeat(level)})` });
		}
	}
	issues.push(...checkNumbering(sections), ...checkTaskSections(sections, assignments, tableCells(body)));
	return issues.sort((a, b) => (a.line || Infinity) - (b.line || Infinity));
}

type BodySection = ReturnType<typeof bodySections>[number];

/**
 * Numbering within each section: the items of one sequence (1. 2. 3., a) b) c), 2.1. 2.2.)
 * under one heading go up by one from the first, and are all headings or all paragraphs. A
 * heading's items are the headings one level down and the numbered paragraphs of its own text.
 */
export function checkNumbering(sections: readonly BodySection[]): SectionIssue[] {
	const issues: SectionIssue[] = [];
	const stack: BodySection[] = [];
	const last = new Map<string, { ordinal: number; heading: boolean; text: string }>();
	const where = (s: BodySection | undefined) => (s ? `under "${s.text.slice(0, 40)}"` : 'before the first heading');
	for (const s of sections) {
		if (s.depth !== null) while (stack.length && stack.at(-1)!.depth! >= s.depth) stack.pop();
		const parent = stack.at(-1);
		if (s.depth !== null) stack.push(s);
		const marker = markerOf(s.text);
		const place = marker && ordinalOf(marker.kind, marker.label);
		if (!place) {
			// A section numeral OCR misread ("IL." for "II."): the sequence cannot be followed past it.
			if (marker?.kind === 'roman') last.set(`${parent?.line ?? 0} roman`, { ordinal: Number.NaN, heading: s.depth !== null, text: s.text });
			continue;
		}
		const key = `${parent?.line ?? 0} ${place.sequence}`;
		const before = last.get(key);
		last.set(key, { ordinal: place.ordinal, heading: s.depth !== null, text: s.text });
		const label = (n: number) => `"${labelOf(place.sequence, n)}"`;
		if (!before) {
			if (place.ordinal !== 1) issues.push({ line: s.line, field: 'body', message: `numbering ${where(parent)} starts at ${label(place.ordinal)}, not ${label(1)}` });
			continue;
		}
		if (Number.isNaN(before.ordinal)) continue;
		if (place.ordinal === before.ordinal) issues.push({ line: s.line, field: 'body', message: `${label(place.ordinal)} is numbered twice ${where(parent)}` });
		else if (place.ordinal !== before.ordinal + 1) {
			issues.push({ line: s.line, field: 'body', message: `numbering ${where(parent)} goes from ${label(before.ordinal)} to ${label(place.ordinal)}` });
		}
		if (before.heading !== (s.depth !== null)) {
			const kind = (heading: boolean) => (heading ? 'a heading' : 'a numbered paragraph');
			issues.push({ line: s.line, field: 'body', message: `${label(place.ordinal)} is ${kind(s.depth !== null)} where ${label(before.ordinal)} ${where(parent)} is ${kind(before.heading)}: items of one level are all headings or all paragraphs` });
		}
	}
	return issues;
}

/**
 * Every tasked body is named by a heading or numbered paragraph of the text, and that section
 * holds no other body's task: a heading's section runs to the next heading of its level or above.
 */
export function checkTaskSections(sections: readonly BodySection[], assignments: readonly { name: string }[], tableCells: readonly string[] = []): SectionIssue[] {
	const issues: SectionIssue[] = [];
	const anchors = sections.map((s, i) => ({ slug: String(i), text: s.text }));
	const cells = tableCells.map((text) => ({ slug: '', text }));
	const found = assignments.map((a) => sectionFor(a.name, anchors));
	const end = (i: number) => {
		const s = sections[i];
		if (s.depth === null) return i + 1;
		const next = sections.findIndex((t, j) => j > i && t.depth !== null && t.depth <= s.depth!);
		return next < 0 ? sections.length : next;
	};
	found.forEach((anchor, i) => {
		const name = assignments[i].name;
		if (!anchor) {
			// A row of a task table names its body: the row is its place (no section to check).
			if (sectionFor(name, cells)) return;
			issues.push({
				line: 0,
				field: `assignments[${i}].name`,
				message: `no heading, numbered paragraph or table row of the text names "${name}": write the name as the plan does, or give its task a numbered heading`,
			});
			return;
		}
		const at = Number(anchor.slug);
		found.forEach((other, j) => {
			if (j === i || !other) return;
			const o = Number(other.slug);
			if (o === at && j > i) issues.push({ line: sections[at].line, field: `assignments[${j}].name`, message: `"${assignments[j].name}" and "${name}" are found in the same section "${sections[at].text.slice(0, 40)}": each task section holds one tasked body` });
			else if (o > at && o < end(at)) issues.push({ line: sections[o].line, field: 'body', message: `the task of "${assignments[j].name}" (line ${sections[o].line}) lies inside the section of "${name}" (line ${sections[at].line}): give it a heading at the level of its siblings` });
		});
	});
	return issues;
}

/**
 * The cells of the body's GFM table rows ("| 1 | Tuyên truyền … | Sở Tư pháp | … |"), without the
 * delimiter rows, Markdown escapes and uncertain-reading tags.
 */
export function tableCells(body: string): string[] {
	const cells: string[] = [];
	for (const line of body.split('\n')) {
		if (!/^\s*\|.*\|\s*$/.test(line) || /^\s*\|(?:\s*:?-+:?\s*\|)+\s*$/.test(line)) continue;
		const row = line.trim().slice(1, -1).split(/(?<!\\)\|/);
		for (const cell of row) {
			const text = plainContent(cell).trim();
			if (text) cells.push(text);
		}
	}
	return cells;
}
