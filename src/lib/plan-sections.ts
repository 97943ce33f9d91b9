/**
 * The sections of a plan's text as its page shows them: the table of contents keeps the
 * document's levels, and each tasked body links to the section of the text that assigns it.
 */
import { itemId, NUMBERED_ITEM } from './markdown/ascii-heading-ids.ts';
import { RESERVED_PAGE_IDS } from './page-ids.ts';
import { foldForMatch } from './search/fold.ts';
import { similarity } from './import/match.ts';
import { findDeadline, findPeriod, refersBackForTime, type DateOptions } from './dates.ts';
import { markerOf } from './numbering.ts';

export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

export interface TocEntry {
	slug: string;
	text: string;
	children: TocEntry[];
}

/** Heading text without the "¶" permalink the page adds to every heading. */
export const headingText = (text: string) => text.replace(/\s*¶\s*$/, '').trim();

/** Headings down to `maxDepth`, nested by level (a level that skips one nests under the last shallower heading). */
export function tocTree(headings: readonly Heading[], maxDepth = 4): TocEntry[] {
	const root: TocEntry[] = [];
	const stack: { depth: number; children: TocEntry[] }[] = [{ depth: 0, children: root }];
	for (const h of headings) {
		if (h.depth > maxDepth) continue;
		while (stack.length > 1 && stack.at(-1)!.depth >= h.depth) stack.pop();
		const entry: TocEntry = { slug: h.slug, text: headingText(h.text), children: [] };
		stack.at(-1)!.children.push(entry);
		stack.push({ depth: h.depth, children: entry.children });
	}
	return root;
}

const words = (text: string) =>
	` ${foldForMatch(text)
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()} `;

export interface Anchor {
	slug: string;
	text: string;
	/** 0-based line of the body it starts on. */
	line: number;
	/** The section's own text: a heading's content up to the next heading of its level or above, or the paragraph. */
	content?: string;
	/** A heading's level (2 for "##"); absent for a numbered paragraph. */
	depth?: number;
}

/**
 * Where a plan's closing block begins: the "Nơi nhận:" line (bold or not), else the signature's
 * first line ("KT. TRƯỞNG BAN", "TM. BAN CHỈ ĐẠO"); the number of lines when there is neither.
 * No section of the text runs into it.
 */
export function closingLine(lines: readonly string[]): number {
	const plainLine = (l: string) => foldForMatch(l.replace(/[*_\\]/g, '')).trim();
	// A cheap test first: folding every line of a long text costs more than the check.
	const recipients = lines.findIndex((l) => l.length < 30 && /n\S{1,3}i\s+nh/iu.test(l) && /^noi nhan:?$/.test(plainLine(l)));
	if (recipients >= 0) return recipients;
	const signature = lines.findIndex((l) => /^[*_]*(?:KT|TM|Q|TL)\. /.test(l) && /\\$/.test(l.trimEnd()));
	return signature >= 0 ? signature : lines.length;
}

/**
 * The anchors of a plan's text in document order: its headings, and its numbered paragraphs
 * ("1. …", "a) …") with the ids the Markdown pipeline gives them (src/lib/markdown): the
 * paragraph's number and first words.
 */
export function textAnchors(body: string, headings: readonly Heading[]): Anchor[] {
	const taken = new Set<string>(RESERVED_PAGE_IDS);
	const anchors: Anchor[] = [];
	const lines = body.split('\n');
	const closing = closingLine(lines);
	let h = 0;
	lines.forEach((line, i) => {
		const heading = /^(#{1,6})\s/.exec(line);
		if (heading) {
			const found = headings[h++];
			if (!found) return;
			taken.add(found.slug);
			const depth = heading[1].length;
			const next = lines.findIndex((l, j) => j > i && /^#{1,6}\s/.test(l) && l.indexOf(' ') <= depth);
			const end = Math.max(i + 1, Math.min(next < 0 ? lines.length : next, i < closing ? closing : lines.length));
			anchors.push({ slug: found.slug, text: headingText(found.text), line: i, content: lines.slice(i + 1, end).join('\n'), depth });
			return;
		}
		const text = line.replace(/\\([.)(])/g, '$1');
		const m = NUMBERED_ITEM.exec(text);
		if (m && !/^\s*[-*+>|]/.test(line)) anchors.push({ slug: itemId(text, taken), text: text.trim(), line: i, content: text });
	});
	return anchors;
}

export interface SectionDates {
	/** The period the section states (an anniversary span "(10/12/1948 - 10/12/2024)" is none). */
	period: { from: string | null; to: string } | null;
	/** Its deadline: "chậm nhất … D" is inclusive (on or before D), "trước D" is not. */
	deadline: { iso: string; inclusive: boolean } | null;
	/** True when it gives its time as "thời gian nêu trên" / "như trên" instead of dates. */
	refersBack: boolean;
}

/** The text of a section without Markdown escapes and <Uncertain> wrappers. */
/** Markdown text as read: uncertain-reading tags and backslash escapes removed. */
export const plainContent = (content: string) => content.replace(/<Uncertain ocr="[^"]*">([^<]*)<\/Uncertain>/g, '$1').replace(/\\(.)/g, '$1');

/** A period ("từ ngày 01/12 đến 31/12/2025") or a deadline ("trước ngày 10/02/2026") a section states. */
export function sectionDates(content: string, options: DateOptions = {}): SectionDates {
	const text = plainContent(content);
	const period = findPeriod(text, options);
	const deadline = findDeadline(text, options);
	return {
		period: period ? { from: period.from, to: period.to } : null,
		deadline: deadline ? { iso: deadline.iso, inclusive: deadline.inclusive } : null,
		refersBack: !period && refersBackForTime(text),
	};
}

export interface TaskDates extends SectionDates {
	/** When the period is one the section refers back to: the section that states it, and its number ("II.5"). */
	periodFrom: { anchor: Anchor; label: string } | null;
}

/** An anchor's own text: a heading with its lines up to the next anchor, or the paragraph. */
function ownText(anchors: readonly Anchor[], i: number): string {
	const a = anchors[i];
	if (a.depth === undefined) return a.content ?? a.text;
	const next = anchors[i + 1];
	const lines = (a.content ?? '').split('\n');
	return [a.text, ...(next ? lines.slice(0, Math.max(0, next.line - a.line - 1)) : lines)].join('\n');
}

/** The number of an anchor in the document's terms: "II.5", "III.2.a", "II.2.1". */
export function sectionNumber(anchors: readonly Anchor[], i: number): string {
	// The anchor and its headings above: a paragraph sits under the heading before it, a heading under the last shallower one.
	const chain: Anchor[] = [anchors[i]];
	for (let j = i - 1, limit = anchors[i].depth ?? 7; j >= 0 && limit > 1; j--) {
		const depth = anchors[j].depth;
		if (depth === undefined || depth >= limit) continue;
		chain.unshift(anchors[j]);
		limit = depth;
	}
	const labels: string[] = [];
	for (const a of chain) {
		const marker = markerOf(a.text);
		if (!marker || marker.kind === 'dash' || marker.kind === 'plus') continue;
		// "2.1." under "2." is written "II.2.1", not "II.2.2.1".
		if (labels.length && marker.label.startsWith(`${labels.at(-1)}.`)) labels.pop();
		labels.push(marker.label);
	}
	return labels.join('.');
}

/**
 * The dates of a task's section. A section that gives its time as "thời gian nêu trên" takes
 * the period stated last before it in the text (an anniversary span is none), and says where.
 */
export function taskDates(anchors: readonly Anchor[], section: Anchor, options: DateOptions = {}): TaskDates {
	const own = sectionDates(section.content ?? section.text, options);
	if (!own.refersBack) return { ...own, periodFrom: null };
	const at = anchors.indexOf(section);
	for (let j = at - 1; j >= 0; j--) {
		const period = findPeriod(plainContent(ownText(anchors, j)), options);
		if (period) return { ...own, period: { from: period.from, to: period.to }, periodFrom: { anchor: anchors[j], label: sectionNumber(anchors, j) } };
	}
	return { ...own, periodFrom: null };
}

/**
 * Where the text assigns a task to a body: the first heading or numbered paragraph that, after
 * the plan's own numbering (and "Đề nghị", "Giao"), starts with the body's name as the plan
 * writes it; else the first that names it.
 */
export function sectionFor<A extends Pick<Anchor, 'slug' | 'text' | 'content'>>(name: string, anchors: readonly A[]): A | undefined {
	const key = words(name);
	const own = (a: A) => words(a.text.replace(/^(?:[IVX]+\.|\d+(?:\.\d+)*\.?|[a-zđ]\)|\([ivx]+\))\s*/u, '').replace(/^(?:Đề nghị|Giao)\s+/u, ''));
	// A section headed by the body's name, else a numbered paragraph that names it ("1. Căn cứ …, Ủy ban nhân dân các huyện … triển khai").
	const n = key.trim().split(' ').length;
	// OCR names: the restored name against the section's first words as the OCR read them.
	const alike = (a: A) => similarity(own(a).trim().split(' ').slice(0, n).join(' '), key.trim()) >= 0.75;
	return anchors.find((a) => own(a).startsWith(key)) ?? anchors.find((a) => own(a).includes(key)) ?? anchors.find(alike);
}

/** The anchor a line of the body falls under: the last heading or numbered paragraph at or before it. */
export function anchorAt(anchors: readonly Anchor[], line: number): Anchor | undefined {
	let found: Anchor | undefined;
	for (const a of anchors) {
		if (a.line > line) break;
		found = a;
	}
	return found;
}

/** A short name for an anchor, for a link's accessible name: its first words, without Markdown. */
export function anchorLabel(anchor: Pick<Anchor, 'text'>, words = 10): string {
	const all = anchor.text
		.replace(/[*_`]+/g, '')
		.replace(/\\(.)/g, '$1')
		.split(/\s+/)
		.filter(Boolean);
	return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}
