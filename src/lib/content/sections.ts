/**
 * The section structure of a plan's body: numbered headings sit at the level their numbering
 * takes (I. → ##, 1. → ###, 1.1. and a) → ####), and every tasked body is named by a heading or
 * a numbered paragraph of the text, or by a row of a task table (a GFM table whose cell starts
 * with the body's name), so the plan page can link each task to its place.
 */
import { headingLevel, markerOf } from '../numbering.ts';
import { sectionFor } from '../plan-sections.ts';
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
	body.split('\n').forEach((line, i) => {
		const heading = /^(#{1,6})\s+(.*)$/.exec(line);
		const text = (heading ? heading[2] : line).replace(/<Uncertain ocr="[^"]*">([^<]*)<\/Uncertain>/g, '$1').replace(/\\(.)/g, '$1').trim();
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
	const anchors = sections.map((s) => ({ slug: '', text: s.text }));
	const cells = tableCells(body).map((text) => ({ slug: '', text }));
	assignments.forEach((a, i) => {
		if (!sectionFor(a.name, anchors) && !sectionFor(a.name, cells)) {
			issues.push({
				line: 0,
				field: `assignments[${i}].name`,
				message: `no heading, numbered paragraph or table row of the text names "${a.name}": write the name as the plan does, or give its task a numbered heading`,
			});
		}
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
			const text = cell.replace(/<Uncertain ocr="[^"]*">([^<]*)<\/Uncertain>/g, '$1').replace(/\\(.)/g, '$1').trim();
			if (text) cells.push(text);
		}
	}
	return cells;
}
