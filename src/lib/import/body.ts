/**
 * The plan's body as Markdown, built as a syntax tree (mdast) and serialised with
 * mdast-util-to-markdown: the document's own numbering as headings (I. → ##, 1. → ###, 1.1. and
 * a) → ####), dash and plus items as lists, emphasis kept, the signature lines as one paragraph
 * with line breaks, uncertain OCR readings as <Uncertain ocr="…">, and personal phone numbers
 * replaced by the redaction marker.
 */
import type { BlockContent, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';
import { PHONE_NUMBER, REDACTED_PHONE } from '../redact.ts';
import { isHeadingText } from './extract.ts';
import type { RestoredBlock, Segment } from './restore.ts';
import { headingLevel } from '../numbering.ts';
import { markerOf, RECIPIENTS, type Block, type MarkerKind } from './text.ts';

/** Characters MDX would read as JSX or expressions, escaped wherever they appear in text. */
const MDX_UNSAFE: Unsafe[] = ['{', '}', '<', '>'].map((character) => ({ character, inConstruct: ['phrasing', 'headingAtx', 'label'] }));

export function buildBody(blocks: readonly (Block | RestoredBlock)[]): { markdown: string; phonesRemoved: number } {
	let phonesRemoved = 0;
	const children: RootContent[] = [];
	const signatureFrom = signatureStart(blocks);

	/** Text, emphasis (*…*, **…**) and uncertain readings of one block. */
	const phrasing = (block: Block | RestoredBlock, from = 0): PhrasingContent[] => {
		const segments: Segment[] = 'segments' in block ? block.segments : [{ text: block.text }];
		const out: PhrasingContent[] = [];
		let skip = from;
		for (const s of segments) {
			let text = s.text;
			if (skip) {
				const cut = Math.min(skip, text.length);
				text = text.slice(cut);
				skip -= cut;
				if (!text) continue;
			}
			if (s.ocr !== undefined) out.push({ type: 'html', value: uncertain(s.ocr, text) });
			else out.push(...inline(text));
		}
		return out;
	};
	const inline = (text: string): PhrasingContent[] => {
		const out: PhrasingContent[] = [];
		let at = 0;
		for (const m of text.matchAll(/\*\*([^*]+?)\*\*|\*([^*\s][^*]*?)\*/g)) {
			if (m.index > at) out.push(...plain(text.slice(at, m.index)));
			out.push(m[1] !== undefined ? { type: 'strong', children: plain(m[1]) } : { type: 'emphasis', children: plain(m[2]) });
			at = m.index + m[0].length;
		}
		if (at < text.length) out.push(...plain(text.slice(at)));
		return out;
	};
	const plain = (text: string): PhrasingContent[] => {
		const value = text.replace(PHONE_NUMBER, () => {
			phonesRemoved++;
			return REDACTED_PHONE;
		});
		return value ? [{ type: 'text', value }] : [];
	};

	let list: List | null = null;
	let listKind: MarkerKind | null = null;
	const headings = headingItems(blocks.slice(0, signatureFrom < 0 ? blocks.length : signatureFrom));
	for (let k = 0; k < blocks.length; k++) {
		const b = blocks[k];
		if (k === signatureFrom) {
			const lines = blocks.slice(k);
			const paragraph: Paragraph = { type: 'paragraph', children: [] };
			lines.forEach((l, n) => {
				if (n) paragraph.children.push({ type: 'break' });
				paragraph.children.push(...phrasing(l));
			});
			children.push(paragraph);
			break;
		}
		if (b.table?.length) {
			list = null;
			children.push({
				type: 'html',
				value: gfmTable(b.table, (t) =>
					plain(t)
						.map((n) => (n.type === 'text' ? n.value : ''))
						.join(''),
				),
			});
			continue;
		}
		const marker = markerOf(b.text);
		if (RECIPIENTS.test(b.text) && b.text.length < 40) {
			list = null;
			children.push({ type: 'paragraph', children: [{ type: 'strong', children: phrasing(b) }] });
			continue;
		}
		if (marker && (marker.kind === 'dash' || marker.kind === 'plus')) {
			const item: ListItem = { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: phrasing(b, b.text.length - marker.rest.length) }] };
			// "+" items under a "-" item are its sub-list.
			if (marker.kind === 'plus' && list && listKind === 'dash') {
				const parent = list.children.at(-1)!;
				const sub = parent.children.at(-1);
				if (sub?.type === 'list') sub.children.push(item);
				else parent.children.push({ type: 'list', ordered: false, spread: false, children: [item] });
				continue;
			}
			if (!list || listKind !== marker.kind) {
				list = { type: 'list', ordered: false, spread: false, children: [] };
				listKind = marker.kind;
				children.push(list);
			}
			list.children.push(item);
			continue;
		}
		list = null;
		const depth = marker ? headingLevel(marker.kind, marker.label) : null;
		// A run-in heading, "4. Sở Tư pháp: Tăng cường …": the name is the section's heading.
		const runIn = headings.has(k) ? runInHeading(b) : null;
		if (marker && depth && runIn) {
			const at = b.text.length - marker.rest.length + runIn.length + 1;
			const [head, rest] = splitBlock(b, at);
			children.push({ type: 'heading', depth: depth as Heading['depth'], children: phrasing(head) });
			children.push({ type: 'paragraph', children: phrasing(rest, rest.text.length - rest.text.trimStart().length) });
			continue;
		}
		if (marker && depth && headings.has(k)) {
			const heading: Heading = { type: 'heading', depth: depth as Heading['depth'], children: phrasing(b) };
			children.push(heading);
			continue;
		}
		children.push({ type: 'paragraph', children: phrasing(b) } satisfies BlockContent);
	}
	const tree: Root = { type: 'root', children };
	const markdown = toMarkdown(tree, { bullet: '-', bulletOther: '*', emphasis: '*', strong: '*', rule: '-', unsafe: MDX_UNSAFE });
	return { markdown, phonesRemoved };
}

/** The name of a run-in heading ("4. Sở Tư pháp: Tăng cường …" → "Sở Tư pháp"), or null. */
function runInHeading(b: Block): string | null {
	const marker = markerOf(b.text);
	const runIn = marker ? /^([^:.;]{3,60}):\s+\S/.exec(marker.rest) : null;
	return runIn && runIn[1].split(/\s+/).length <= 8 ? runIn[1] : null;
}

/**
 * The numbered blocks that become headings. A block can be one when its numbering takes a heading
 * level and it reads as a heading or a run-in heading; and the items of one sequence (the same
 * level between two headings above it) are all headings or all paragraphs, as the validator
 * requires, so a sequence becomes headings only when every item of it can.
 */
export function headingItems(blocks: readonly Block[]): Set<number> {
	const out = new Set<number>();
	/** The open sequence at each heading depth: its blocks, and whether every one can be a heading. */
	const open = new Map<number, { members: number[]; all: boolean }>();
	const close = (deeperThan: number) => {
		for (const [depth, group] of open) {
			if (depth <= deeperThan) continue;
			if (group.all) for (const k of group.members) out.add(k);
			open.delete(depth);
		}
	};
	blocks.forEach((b, k) => {
		const marker = markerOf(b.text);
		if (!marker || marker.kind === 'dash' || marker.kind === 'plus') return;
		const depth = headingLevel(marker.kind, marker.label);
		if (!depth) return;
		const able = isHeadingText(b.text) || runInHeading(b) !== null;
		close(depth); // an item of this level ends the sequences below it
		const group = open.get(depth);
		if (group) {
			group.members.push(k);
			group.all &&= able;
		} else open.set(depth, { members: [k], all: able });
	});
	close(0);
	return out;
}

/** A block cut in two at a character offset of its (restored) text, segments included. */
function splitBlock(b: Block | RestoredBlock, at: number): [Block | RestoredBlock, Block | RestoredBlock] {
	if (!('segments' in b))
		return [
			{ ...b, text: b.text.slice(0, at) },
			{ ...b, text: b.text.slice(at) },
		];
	const left: Segment[] = [];
	const right: Segment[] = [];
	let pos = 0;
	for (const s of b.segments) {
		const end = pos + s.text.length;
		if (end <= at) left.push(s);
		else if (pos >= at || s.ocr !== undefined) right.push(s);
		else {
			left.push({ text: s.text.slice(0, at - pos) });
			right.push({ text: s.text.slice(at - pos) });
		}
		pos = end;
	}
	const text = (segs: Segment[]) => segs.map((s) => s.text).join('');
	return [
		{ ...b, text: text(left), segments: left },
		{ ...b, text: text(right), segments: right },
	];
}

/**
 * A data table as a GFM table (header row first), written as text: each cell on one line, with
 * the characters Markdown and MDX would read as syntax escaped, short rows padded.
 */
export function gfmTable(rows: readonly string[][], cellText: (text: string) => string = (t) => t): string {
	const width = Math.max(...rows.map((r) => r.length));
	const cell = (c: string | undefined) => cellText((c ?? '').replace(/\s+/g, ' ').trim()).replace(/([\\{}<>*_[\]`|])/g, '\\$1');
	const line = (r: readonly string[]) => `| ${Array.from({ length: width }, (_, k) => cell(r[k])).join(' | ')} |`;
	return [line(rows[0]), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n');
}

/** `<Uncertain ocr="…">reading</Uncertain>`, quoting the OCR characters safely. */
function uncertain(ocr: string, reading: string): string {
	const quote = ocr.includes('"') ? "'" : '"';
	const value = quote === "'" ? ocr.replace(/'/g, '’') : ocr;
	return `<Uncertain ocr=${quote}${value}${quote}>${reading.replace(/([\\{}<>*_[\]`])/g, '\\$1')}</Uncertain>`;
}

/**
 * Where the signature block starts: the last lines after the list of recipients (or at the
 * end) that are not list items — position lines in capitals and the signer's name.
 */
function signatureStart(blocks: readonly Block[]): number {
	let k = blocks.length;
	while (k > 0) {
		const t = blocks[k - 1].text;
		if (markerOf(t) || t.length > 80 || /[.;]$/.test(t)) break;
		k--;
	}
	return k < blocks.length && blocks.length - k <= 8 && k > 0 && markerOf(blocks[k - 1].text) ? k : blocks.length;
}
