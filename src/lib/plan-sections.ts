/**
 * The sections of a plan's text as its page shows them: the table of contents keeps the
 * document's levels, and each tasked body links to the section of the text that assigns it.
 */
import { itemId, NUMBERED_ITEM } from './markdown/ascii-heading-ids.ts';
import { RESERVED_PAGE_IDS } from './page-ids.ts';
import { foldForMatch } from './search/fold.ts';
import { similarity } from './import/match.ts';
import { findDates, findPeriod } from './dates.ts';

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
			anchors.push({ slug: found.slug, text: headingText(found.text), line: i, content: lines.slice(i + 1, end).join('\n') });
			return;
		}
		const text = line.replace(/\\([.)(])/g, '$1');
		const m = NUMBERED_ITEM.exec(text);
		if (m && !/^\s*[-*+>|]/.test(line)) anchors.push({ slug: itemId(text, taken), text: text.trim(), line: i, content: text });
	});
	return anchors;
}

/** A period ("từ ngày 01/12 đến 31/12/2025") or a deadline ("trước ngày 10/02/2026") a section states. */
export function sectionDates(content: string): { period: { from: string | null; to: string } | null; deadline: string | null } {
	const text = content.replace(/<Uncertain ocr="[^"]*">([^<]*)<\/Uncertain>/g, '$1').replace(/\\(.)/g, '$1');
	const period = findPeriod(text);
	const folded = foldForMatch(text);
	const deadline = findDates(text).find((d) => d.iso && /(?:truoc|cham nhat(?: den)?)(?: ngay)?[\s*]*$/.test(folded.slice(Math.max(0, d.index - 30), d.index)));
	return { period: period ? { from: period.from, to: period.to } : null, deadline: deadline?.iso ?? null };
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
