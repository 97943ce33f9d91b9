/**
 * Word (.docx) read as a document: the OOXML parts are unzipped within bounds and parsed, and
 * the body becomes blocks — paragraphs with Word's numbering printed as markers, Heading
 * styles, data tables with their cells, layout tables (header, "Nơi nhận" beside the
 * signature) column by column, footnotes as a "Chú thích" list. Soft line breaks inside a
 * paragraph are spaces; inside a layout cell they separate printed lines.
 */
import { unzipSync } from 'fflate';
import { placeFootnotes, tableBlock, type ReadBlock } from '../blocks.ts';
import { RECIPIENTS, UnreadableInput } from '../text.ts';
import { MAX_DOCX_ENTRIES, MAX_DOCX_TOTAL_BYTES, MAX_DOCX_XML_BYTES } from './limits.ts';
import { Numbering, numPrOf } from './numbering.ts';
import { attr, child, childrenNamed, childrenOf, parseXml, path, root, tagOf, textOf, type XNode } from './ooxml.ts';

const PARTS = ['word/document.xml', 'word/numbering.xml', 'word/footnotes.xml', 'word/styles.xml'] as const;
type Part = (typeof PARTS)[number];
const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** The parts the reader needs, after checking the package's declared sizes and entry count. */
export function unzipDocx(bytes: Uint8Array): Partial<Record<Part, string>> {
	let entries = 0;
	let total = 0;
	const oversize: string[] = [];
	try {
		// First pass: the central directory only, nothing inflated.
		unzipSync(bytes, {
			filter: (f) => {
				entries++;
				total += f.originalSize;
				if ((PARTS as readonly string[]).includes(f.name) && f.originalSize > MAX_DOCX_XML_BYTES) oversize.push(`${f.name} (${MB(f.originalSize)})`);
				return false;
			},
		});
	} catch (e) {
		throw new UnreadableInput(`not a Word .docx file (its ZIP directory cannot be read: ${e instanceof Error ? e.message : String(e)})`);
	}
	if (entries > MAX_DOCX_ENTRIES)
		throw new UnreadableInput(`the Word file has ${entries} entries, more than the limit of ${MAX_DOCX_ENTRIES} (MAX_DOCX_ENTRIES)`);
	if (total > MAX_DOCX_TOTAL_BYTES)
		throw new UnreadableInput(`the Word file expands to ${MB(total)}, more than the limit of ${MB(MAX_DOCX_TOTAL_BYTES)} (MAX_DOCX_TOTAL_BYTES)`);
	if (oversize.length)
		throw new UnreadableInput(`the Word file's ${oversize[0]} is larger than the limit of ${MB(MAX_DOCX_XML_BYTES)} for one part (MAX_DOCX_XML_BYTES)`);
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(bytes, { filter: (f) => (PARTS as readonly string[]).includes(f.name) });
	} catch (e) {
		throw new UnreadableInput(`the Word file cannot be unpacked: ${e instanceof Error ? e.message : String(e)}`);
	}
	const out: Partial<Record<Part, string>> = {};
	for (const p of PARTS) if (files[p]) out[p] = new TextDecoder().decode(files[p]);
	if (!out['word/document.xml']) throw new UnreadableInput('not a Word .docx file (it has no word/document.xml)');
	return out;
}

interface Context {
	numbering: Numbering;
	styles: Map<string, { name: string; pPr?: XNode; basedOn?: string }>;
	/** Footnote id → its number as printed (order of first reference). */
	noteNumbers: Map<string, number>;
	/** Text the reader saw but could not place in the reading order (text boxes, shapes). */
	unplaced: string[];
}

export function readDocxBlocks(bytes: Uint8Array, unplaced: string[] = []): ReadBlock[] {
	const parts = unzipDocx(bytes);
	const doc = parseXml(parts['word/document.xml']!, 'document.xml');
	const ctx: Context = {
		numbering: new Numbering(parts['word/numbering.xml'] ? parseXml(parts['word/numbering.xml'], 'numbering.xml') : null),
		styles: stylesOf(parts['word/styles.xml'] ? parseXml(parts['word/styles.xml'], 'styles.xml') : []),
		noteNumbers: new Map(),
		unplaced,
	};
	const body = path(root(doc, 'w:document'), ['w:body']);
	if (!body) throw new UnreadableInput('not a Word .docx file (its document has no body)');
	const blocks = bodyBlocks(childrenOf(body), ctx);
	const notes = footnoteBlocks(parts['word/footnotes.xml'], ctx);
	return placeFootnotes(blocks, notes, (b) => RECIPIENTS.test(b.text));
}

function stylesOf(xml: XNode[]): Context['styles'] {
	const styles: Context['styles'] = new Map();
	for (const s of childrenNamed(root(xml, 'w:styles'), 'w:style')) {
		styles.set(attr(s, 'w:styleId') ?? '', {
			name: attr(child(s, 'w:name'), 'w:val') ?? '',
			pPr: child(s, 'w:pPr'),
			basedOn: attr(child(s, 'w:basedOn'), 'w:val'),
		});
	}
	return styles;
}

/** Body-level content in order: paragraphs, tables, content controls. */
function bodyBlocks(nodes: XNode[], ctx: Context): ReadBlock[] {
	const out: ReadBlock[] = [];
	for (const n of nodes) {
		const tag = tagOf(n);
		if (tag === 'w:p') {
			const p = paragraph(n, ctx, ' ');
			if (p.text.trim()) out.push(p);
		} else if (tag === 'w:tbl') out.push(...table(n, ctx));
		else if (tag === 'w:sdt') out.push(...bodyBlocks(childrenOf(child(n, 'w:sdtContent') ?? {}), ctx));
	}
	return out;
}

/** The paragraph's style chain: its name ("heading 2") and the numbering it inherits. */
function styleOf(pPr: XNode | undefined, ctx: Context): { heading: boolean; numPr: ReturnType<typeof numPrOf> } {
	let id = attr(child(pPr, 'w:pStyle'), 'w:val');
	let heading = false;
	let numPr = numPrOf(pPr);
	for (let depth = 0; id && depth < 10; depth++) {
		const s = ctx.styles.get(id);
		if (!s) break;
		if (/^(heading|title)\b/i.test(s.name)) heading = true;
		numPr ??= numPrOf(s.pPr);
		id = s.basedOn;
	}
	return { heading, numPr };
}

function paragraph(p: XNode, ctx: Context, softBreak: string): ReadBlock {
	const pPr = child(p, 'w:pPr');
	const { heading, numPr } = styleOf(pPr, ctx);
	const text = runsText(childrenOf(p), ctx, softBreak);
	const marker = numPr && text.trim() ? ctx.numbering.next(numPr.numId, numPr.ilvl) : '';
	return { kind: heading ? 'heading' : 'paragraph', text: (marker ? `${marker} ` : '') + text.replace(/[ \t]+/g, ' ').trim() };
}

/** The text of runs and the elements that wrap them (links, insertions, fields, smart tags). */
function runsText(nodes: XNode[], ctx: Context, softBreak: string): string {
	let out = '';
	for (const n of nodes) {
		const tag = tagOf(n);
		if (tag === 'w:t') out += childrenOf(n).map(textOf).join('');
		else if (tag === 'w:tab' || tag === 'w:ptab') out += ' ';
		else if (tag === 'w:br' || tag === 'w:cr') out += attr(n, 'w:type') === 'page' ? '' : softBreak;
		else if (tag === 'w:noBreakHyphen') out += '-';
		else if (tag === 'w:drawing' || tag === 'w:pict' || tag === 'mc:AlternateContent') {
			// A text box floats outside the reading order: named in the report, not guessed into the text.
			const boxed = boxText(n);
			if (boxed && !ctx.unplaced.some((u) => u.endsWith(`“${boxed}”`))) ctx.unplaced.push(`text box: “${boxed}”`);
		} else if (tag === 'w:footnoteReference') {
			const id = attr(n, 'w:id') ?? '';
			if (!ctx.noteNumbers.has(id)) ctx.noteNumbers.set(id, ctx.noteNumbers.size + 1);
			out += `${/\s$/.test(out) ? '' : ' '}(${ctx.noteNumbers.get(id)})`;
		} else if (['w:r', 'w:hyperlink', 'w:ins', 'w:smartTag', 'w:fldSimple', 'w:sdt', 'w:sdtContent', 'w:customXml'].includes(tag))
			out += runsText(childrenOf(n), ctx, softBreak);
	}
	return out;
}

/** The cells of a table's rows, each a list of paragraphs (nested tables flattened into them). */
function cellsOf(tbl: XNode, ctx: Context, softBreak: string): string[][][] {
	return childrenNamed(tbl, 'w:tr').map((tr) =>
		childrenNamed(tr, 'w:tc').map((tc) =>
			childrenOf(tc).flatMap((n) => {
				if (tagOf(n) === 'w:p') return [paragraph(n, ctx, softBreak).text];
				if (tagOf(n) === 'w:tbl') return table(n, ctx).map((b) => (b.table ? b.table.map((r) => r.join(' ')).join('\n') : b.text));
				return [];
			}),
		),
	);
}

/**
 * A table with three or more columns holds data (a task table): one table block. Narrower
 * tables lay out the page (the header, "Nơi nhận" beside the signature): read column by
 * column, each printed line a paragraph.
 */
function table(tbl: XNode, ctx: Context): ReadBlock[] {
	const probe = childrenNamed(tbl, 'w:tr').map((tr) => childrenNamed(tr, 'w:tc').length);
	if (Math.max(0, ...probe) >= 3) {
		const rows = cellsOf(tbl, ctx, ' ').map((r) => r.map((cell) => cell.join(' ').replace(/\s+/g, ' ').trim()));
		return rows.some((r) => r.some(Boolean)) ? [tableBlock(rows.filter((r) => r.some(Boolean)))] : [];
	}
	const rows = cellsOf(tbl, ctx, '\n');
	const out: ReadBlock[] = [];
	const columns = Math.max(0, ...rows.map((r) => r.length));
	for (let c = 0; c < columns; c++)
		for (const r of rows)
			for (const para of r[c] ?? [])
				for (const line of para.split('\n')) if (line.trim()) out.push({ kind: 'paragraph', text: line.replace(/\s+/g, ' ').trim() });
	return out;
}

function footnoteBlocks(xml: string | undefined, ctx: Context): ReadBlock[] {
	if (!xml || !ctx.noteNumbers.size) return [];
	const notes = new Map<string, string>();
	for (const f of childrenNamed(root(parseXml(xml, 'footnotes.xml'), 'w:footnotes'), 'w:footnote')) {
		if (attr(f, 'w:type') && attr(f, 'w:type') !== 'normal') continue;
		const text = childrenNamed(f, 'w:p')
			.map((p) => runsText(childrenOf(p), ctx, ' ').trim())
			.filter(Boolean)
			.join(' ');
		notes.set(attr(f, 'w:id') ?? '', text.replace(/\s+/g, ' ').trim());
	}
	return [...ctx.noteNumbers]
		.sort((a, b) => a[1] - b[1])
		.flatMap(([id, n]) => (notes.get(id) ? [{ kind: 'footnote' as const, text: `(${n}) ${notes.get(id)}` }] : []));
}

/** The text of the first text box inside a drawing or shape ('' when it has none). */
function boxText(n: XNode): string {
	const find = (x: XNode): XNode | undefined => (tagOf(x) === 'w:txbxContent' ? x : childrenOf(x).map(find).find(Boolean));
	const box = find(n);
	if (!box) return '';
	const out: string[] = [];
	const walk = (x: XNode) => {
		if (tagOf(x) === 'w:t') out.push(childrenOf(x).map(textOf).join(''));
		else if (tagOf(x) === 'w:p') out.push(' ');
		for (const c of childrenOf(x)) walk(c);
	};
	walk(box);
	return out.join('').replace(/\s+/g, ' ').trim();
}
