/**
 * The tasked bodies, wherever the plan assigns them: a section is read for tasks when its
 * numbered items name bodies (two or more items that start with a body's name), when its heading
 * says it assigns them ("PHÂN CÔNG NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN", "NHIỆM VỤ, GIẢI PHÁP", …), or
 * when it holds a task table (a "Cơ quan chủ trì" column). A section numeral misread by OCR
 * ("HII." for "III.") still starts a section.
 */
import type { Plan } from '../../../schemas/plan.ts';
import { agencyKey, agencyWords, prefixMatch, wordsOf, type Candidate, type Match, type Word } from '../match.ts';
import { isSectionHeading, markerOf, RECIPIENTS, type Block } from '../text.ts';
import { agencyCandidates, aliasText } from './agencies.ts';
import { lineOf } from './cited.ts';
import { slugOf } from './numbers.ts';
import { field, fold, propose, type Confidence, type Context, type Field } from './types.ts';

/** A block that may carry a data table (rows of cell texts, header row first). */
export type TableBlock = Block & { table?: string[][] };

interface Section {
	heading: Block | null;
	blocks: TableBlock[];
}

interface Tasks {
	list: Plan['assignments'];
	line: number | null;
	confidence: Confidence;
}

const TASK_HEADING = /phan cong|to chuc thuc hien|nhiem vu cu the|nhiem vu giai phap|trach nhiem cua/;
export { isSectionHeading };

/** The body's sections (split at section headings), up to the recipients ("Nơi nhận"). */
export function sectionsOf(body: readonly TableBlock[]): Section[] {
	const sections: Section[] = [{ heading: null, blocks: [] }];
	for (const b of body) {
		if (RECIPIENTS.test(fold(b.text))) break;
		if (isSectionHeading(b.text)) sections.push({ heading: b, blocks: [] });
		else sections.at(-1)!.blocks.push(b);
	}
	return sections;
}

/** A numbered item (not a list mark) whose text, after "Đề nghị" / "Giao", starts with a body's name. */
export function namedBody(
	b: Block,
	candidates: Candidate<string>[],
	min: number,
): { m: Match<string> & { words: number }; rest: string; words: Word[] } | null {
	const marker = markerOf(b.text);
	if (!marker || marker.kind === 'dash' || marker.kind === 'plus' || marker.kind === 'paren') return null;
	const lead = /^(?:de nghi|giao)\s+/.exec(fold(marker.rest).toLowerCase());
	const rest = marker.rest.slice(lead ? lead[0].length : 0);
	const words = agencyWords(rest);
	const m = prefixMatch(words, candidates, min);
	if (!m) return null;
	const after = rest.slice(words[m.words - 1].end);
	return isHeadingText(b.text) || /^[\s:,(|–-]/.test(after) || /^\s+\p{Ll}/u.test(after) ? { m, rest, words } : null;
}

const tableColumn = (header: string[], re: RegExp) => header.findIndex((c) => re.test(fold(c).toLowerCase()));
const leadColumn = (t: string[][] | undefined) => (t && t.length > 1 ? tableColumn(t[0], /chu tri/) : -1);

function isTaskSection(s: Section, candidates: Candidate<string>[], min: number): boolean {
	if (
		s.heading &&
		TASK_HEADING.test(
			fold(s.heading.text)
				.toLowerCase()
				.replace(/[^a-z ]/g, ''),
		)
	)
		return true;
	if (s.blocks.some((b) => leadColumn(b.table) >= 0)) return true;
	return s.heading !== null && s.blocks.filter((b) => namedBody(b, candidates, min)).length >= 2;
}

export function extractTasks(ctx: Context, central: boolean): Field<Plan['assignments']> {
	const candidates = agencyCandidates(ctx.corpus, central);
	const tasks: Tasks = { list: [], line: null, confidence: 'high' };
	for (const s of sectionsOf(ctx.doc.body)) {
		if (!isTaskSection(s, candidates, ctx.min)) continue;
		let depth: string | null = null;
		s.blocks.forEach((b, k) => {
			if (leadColumn(b.table) >= 0) tableTasks(ctx, b, candidates, central, tasks);
			else depth = itemTasks(ctx, { b, next: s.blocks[k + 1] }, candidates, central, depth, tasks);
		});
	}
	const { list, line, confidence } = tasks;
	return field(list, line, list.length ? confidence : 'low', list.length ? undefined : 'no tasked bodies found');
}

function add(tasks: Tasks, agency: string, name: string, summary: string, line: number, score: number): void {
	if (tasks.list.some((a) => a.agency === agency)) return;
	tasks.list.push({ agency, name, summary: summaryOf(summary) || name });
	tasks.line ??= line;
	if (score < 1 && tasks.confidence === 'high') tasks.confidence = 'medium';
}

/** The text of the block after a task heading: the task itself. */
const following = (next: Block | undefined) => (next ? (markerOf(next.text)?.rest ?? next.text) : '');

/** One numbered item of a task section; returns the numbering depth the tasks are at. */
function itemTasks(
	ctx: Context,
	{ b, next }: { b: Block; next?: Block },
	candidates: Candidate<string>[],
	central: boolean,
	depth: string | null,
	tasks: Tasks,
): string | null {
	const marker = markerOf(b.text);
	if (!marker || marker.kind === 'dash' || marker.kind === 'plus' || marker.kind === 'paren') return depth;
	const heading = isHeadingText(b.text);
	const named = namedBody(b, candidates, ctx.min);
	if (named) {
		const { m, rest, words } = named;
		const nameEnd = words[m.words - 1].end;
		const name = ctx.ocr ? aliasText(ctx.corpus, m.key, m.item, rest.slice(0, nameEnd)) : rest.slice(0, nameEnd).trim();
		const after = rest
			.slice(nameEnd)
			.replace(/^\s*[:|]\s*/, '')
			.trim();
		add(tasks, m.item, name, heading ? following(next) : after, lineOf(b, b.text.length - rest.length), m.score);
		return depth ?? marker.kind;
	}
	const rest = marker.rest.replace(/^(?:Đề nghị|Giao)\s+/iu, '');
	const known = prefixMatch(agencyWords(rest), candidates, ctx.min);
	if (heading && !known && depth === marker.kind && wordsOf(rest).length <= 12) {
		// A numbered task heading naming a body the catalogue does not know.
		const name = rest.replace(/[:.]\s*$/, '').trim();
		add(tasks, proposeAgency(ctx, name, b.line, central), name, following(next) || name, b.line, 0.5);
		tasks.confidence = 'low';
		return depth;
	}
	subjectTasks(b, marker.rest, candidates, tasks);
	return depth;
}

/**
 * "Căn cứ Kế hoạch này, … và Ủy ban nhân dân các huyện… triển khai": bodies named as the subject
 * of a numbered paragraph, except members of a body and bodies in brackets.
 */
function subjectTasks(b: Block, text: string, candidates: Candidate<string>[], tasks: Tasks): void {
	const subject = subjectOf(text);
	if (!subject) return;
	const sw = agencyWords(subject);
	for (let s = 0; s < sw.length; s++) {
		const hit = prefixMatch(sw.slice(s), candidates, 1);
		if (!hit) continue;
		const before = fold(subject.slice(0, sw[s].start)).toLowerCase();
		const bracketed = (before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length;
		if (!/thanh vien\s*$/.test(before) && !bracketed) add(tasks, hit.item, subject.slice(sw[s].start, sw[s + hit.words - 1].end), text, b.line, 1);
		s += hit.words - 1;
	}
}

/** The rows of a task table: the lead body of each row ("Cơ quan chủ trì"), its task from "Nội dung". */
function tableTasks(ctx: Context, b: TableBlock, candidates: Candidate<string>[], central: boolean, tasks: Tasks): void {
	const [header, ...rows] = b.table!;
	const lead = leadColumn(b.table);
	const content = tableColumn(header, /noi dung|nhiem vu|hoat dong/);
	for (const row of rows) {
		const cell = (row[lead] ?? '').trim();
		const summary = content >= 0 ? (row[content] ?? '') : cell;
		const words = agencyWords(cell);
		let found = false;
		for (let s = 0; s < words.length; s++) {
			const hit = prefixMatch(words.slice(s), candidates, s === 0 ? ctx.min : 1);
			if (!hit) continue;
			const printed = cell.slice(words[s].start, words[s + hit.words - 1].end);
			const name = ctx.ocr ? aliasText(ctx.corpus, hit.key, hit.item, printed) : printed;
			add(tasks, hit.item, name, summary, b.line, hit.score);
			found = true;
			s += hit.words - 1;
		}
		if (!found && words.length && words.length <= 12) {
			add(tasks, proposeAgency(ctx, cell, b.line, central), cell, summary, b.line, 0.5);
			tasks.confidence = 'low';
		}
	}
}

/** A new agency kind for a tasked body the catalogue does not know, at the level its name says. */
function proposeAgency(ctx: Context, name: string, line: number, central: boolean): string {
	const id = slugOf(name, 8);
	if (!ctx.corpus.agencies.some((a) => a.id === id)) {
		propose(ctx, {
			collection: 'agencies',
			line,
			reason: 'tasked body not in agencies.yaml',
			entry: {
				id,
				name,
				level: levelOfName(name) ?? (central ? 'trung-uong' : 'tinh'),
				aliases: [],
				counterpart: null,
				predecessors: [],
				until: null,
				note: null,
			},
		});
	}
	return id;
}

/** The level a body's name states: communes and wards, districts; null when it does not say. */
export function levelOfName(name: string): 'xa' | 'huyen' | null {
	const key = agencyKey(name);
	if (/\bcap xa\b/.test(key)) return 'xa';
	if (/\bcap huyen\b/.test(key)) return 'huyen';
	return null;
}

/** A heading of the document's own structure: a short numbered line that does not end a sentence. */
export function isHeadingText(text: string): boolean {
	const marker = markerOf(text);
	if (!marker || marker.kind === 'dash' || marker.kind === 'plus') return false;
	const t = text.replace(/\s*[|]$/, '').trim();
	// "1. Thời gian tuyên truyền: từ … đến …" is a numbered paragraph, not a heading.
	return t.length <= 140 && !/[.;:,!?]["”’*]*$/.test(t) && !/:\s+\S/.test(t);
}

/** The subject of a task paragraph: the words before its first verb, after "Căn cứ Kế hoạch này,". */
export function subjectOf(text: string): string | null {
	const lead = /^Căn cứ [^,]*,\s*/iu.exec(text);
	const rest = lead ? text.slice(lead[0].length) : text;
	// Lower case only: "Chỉ đạo" in "Ban Chỉ đạo" is part of a name, "chỉ đạo" is the verb.
	const verb = /\s(?:căn cứ|triển khai|theo dõi|có trách nhiệm|chủ trì|phối hợp|chỉ đạo|tổ chức|thực hiện)(?=\s)/u.exec(rest);
	return verb ? rest.slice(0, verb.index) : null;
}

/** A task's summary: its first clause, at most about 200 characters, "…" when cut. */
export function summaryOf(text: string): string {
	const clean = text.replace(/[*]/g, '').replace(/\s+/g, ' ').trim();
	const clause = /^(.{20,}?)(?:;|\.(?:\s|$))/.exec(clean);
	let s = clause ? clause[1] : clean;
	let cut = s.length < clean.replace(/[.;]$/, '').length;
	if (s.length > 200) {
		s = s.slice(0, s.lastIndexOf(' ', 200)).replace(/[,;:]$/, '');
		cut = true;
	}
	return cut ? `${s.trim()} …` : s.replace(/[.;]$/, '').trim();
}
