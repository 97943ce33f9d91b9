/**
 * A plan as a Word document laid out like the original: the header (issuer and number on the
 * left, Quốc hiệu, Tiêu ngữ, place and date on the right), KẾ HOẠCH and the title, the text with
 * its headings and lists, and the signature block in the right half; then where it comes from.
 * The text is the plan's MDX body read as a syntax tree (the parser the validator uses);
 * uncertain OCR readings are written out as on the Markdown export.
 */
import { AlignmentType, BorderStyle, Document, Footer, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { mdxToMdast, type MdastNode } from 'satteri';
import { MDX_FEATURES } from './content/mdx-body.ts';
import type { Plan } from '../schemas/plan.ts';
import { ERRATUM_KINDS, ERRATUM_KIND_LABELS } from '../schemas/plan.ts';
import { fieldLabel } from './errata/fields.ts';
import { numberDisplay } from './plan-label.ts';

type Node = MdastNode;
type Run = TextRun;

const FONT = 'Times New Roman';
const SIZE = 26; // half-points: 13 pt, as administrative documents are set
const noBorders = {
	top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
	bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
	left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
	right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

const run = (text: string, style: { bold?: boolean; italics?: boolean; break?: number; size?: number } = {}) =>
	new TextRun({ text, font: FONT, size: SIZE, ...style });
const centred = (children: Run[], spacing = 0) => new Paragraph({ alignment: AlignmentType.CENTER, children, spacing: { after: spacing } });

/** The runs of inline content: text, emphasis, strong, line breaks, uncertain readings. */
function inline(nodes: readonly Node[], style: { bold?: boolean; italics?: boolean } = {}): Run[] {
	const out: Run[] = [];
	for (const n of nodes) {
		switch (n.type) {
			case 'text':
				out.push(run(n.value, style));
				break;
			case 'emphasis':
				out.push(...inline(n.children, { ...style, italics: true }));
				break;
			case 'strong':
				out.push(...inline(n.children, { ...style, bold: true }));
				break;
			case 'break':
				out.push(run('', { ...style, break: 1 }));
				break;
			case 'mdxJsxTextElement': {
				const ocr = n.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'ocr');
				out.push(...inline(n.children, style));
				if (ocr && typeof ocr.value === 'string') out.push(run(` [đọc không chắc chắn; bản OCR: “${ocr.value}”]`, { ...style, italics: true }));
				break;
			}
			default:
				if ('children' in n) out.push(...inline(n.children as Node[], style));
				else if ('value' in n && typeof n.value === 'string') out.push(run(n.value, style));
		}
	}
	return out;
}

const textOf = (n: Node): string =>
	'value' in n && typeof n.value === 'string' ? n.value : 'children' in n ? (n.children as Node[]).map(textOf).join('') : '';

/**
 * The document's closing: "Nơi nhận:" and its list, then the signature (the last paragraph, with
 * line breaks). Returns the index of "Nơi nhận:" among the top-level nodes, or -1.
 */
export function closingStart(top: readonly Node[]): number {
	const n = top.length;
	const last = top[n - 1];
	const signed = last?.type === 'paragraph' && (last.children as Node[]).some((c) => c.type === 'break');
	if (!signed || n < 3) return -1;
	const [label, list] = [top[n - 3], top[n - 2]];
	return label.type === 'paragraph' && /^\s*Nơi nhận\s*:?\s*$/u.test(textOf(label)) && list.type === 'list' ? n - 3 : -1;
}

/** A borderless table cell of the given width in per cent. */
const plainCell = (children: Paragraph[], width: number) => new TableCell({ children, borders: noBorders, width: { size: width, type: WidthType.PERCENTAGE } });

/** "Nơi nhận" on the left and the signature on the right, side by side as in the original. */
function closingTable(label: Paragraph[], list: Paragraph[], signature: Paragraph[]): Table {
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		borders: { ...noBorders, insideHorizontal: noBorders.top, insideVertical: noBorders.top },
		rows: [new TableRow({ cantSplit: true, children: [plainCell([...label, ...list], 50), plainCell(signature, 50)] })],
	});
}

/** The body's blocks as Word paragraphs; the last paragraph with line breaks is the signature. */
function blocks(body: string): (Paragraph | Table)[] {
	const tree = mdxToMdast(body, { features: MDX_FEATURES }) as Node & { children: Node[] };
	const top = tree.children;
	const signature = [...top].reverse().find((n) => n.type === 'paragraph');
	const hasBreaks = signature && 'children' in signature && (signature.children as Node[]).some((c) => c.type === 'break');
	let out: Paragraph[] = [];
	const visit = (n: Node, depth = 0) => {
		if (n.type === 'heading') {
			out.push(new Paragraph({ children: inline(n.children, { bold: true }), spacing: { before: 160, after: 80 }, keepNext: true }));
		} else if (n.type === 'paragraph') {
			const isSignature = hasBreaks && n === signature;
			out.push(
				new Paragraph({
					children: inline(n.children),
					alignment: isSignature ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
					indent: isSignature && closing < 0 ? { left: 4500 } : depth ? { left: 360 * depth } : undefined,
					spacing: { after: 100 },
					keepLines: isSignature,
				}),
			);
		} else if (n.type === 'list') {
			for (const item of n.children as Node[]) {
				const [first, ...rest] = (item as Node & { children: Node[] }).children;
				if (first?.type === 'paragraph') {
					out.push(
						new Paragraph({
							children: [run('- '), ...inline(first.children)],
							indent: { left: 360 * (depth + 1), hanging: 240 },
							spacing: { after: 60 },
							alignment: AlignmentType.JUSTIFIED,
						}),
					);
				} else if (first) visit(first, depth + 1);
				for (const r of rest) visit(r, depth + 1);
			}
		} else if ('children' in n) for (const c of n.children as Node[]) visit(c, depth);
	};
	const closing = closingStart(top);
	const body_ = closing < 0 ? top : top.slice(0, closing);
	for (const n of body_) visit(n);
	if (closing < 0) return out;
	const before = out;
	const parts = top.slice(closing).map((n) => {
		out = [];
		visit(n);
		return out;
	});
	return [...before, closingTable(parts[0], parts[1], parts[2])];
}

/** The header of the document: issuer and number | Quốc hiệu, Tiêu ngữ, place and date. */
function header(d: Plan): Table {
	const [y, m, day] = d.issuedAt?.split('-') ?? [];
	const date = d.issuedAt ? `${d.issuedPlace ? `${d.issuedPlace}, ` : ''}ngày ${day} tháng ${m} năm ${y}` : '(văn bản không ghi ngày ban hành)';
	// The issuer's own lines as printed; without them the issuer's name, in brackets as the site's wording.
	const lines = d.issuerLines ?? [`[${d.issuerName.toLocaleUpperCase('vi')}]`];
	const issuer = lines.map((line, i) => centred([run(line, { bold: i === lines.length - 1 })], i === lines.length - 1 ? 120 : 0));
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		borders: { ...noBorders, insideHorizontal: noBorders.top, insideVertical: noBorders.top },
		rows: [
			new TableRow({
				children: [
					// Decree 30's proportions: the Quốc hiệu (12 pt) fits one line of the wider right column.
					plainCell([...issuer, centred([run(`Số: ${numberDisplay(d) ?? '(văn bản không ghi)'}`)])], 40),
					plainCell(
						[
							centred([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 24 })]),
							centred([run('Độc lập - Tự do - Hạnh phúc', { bold: true })], 120),
							centred([run(date, { italics: true })]),
						],
						60,
					),
				],
			}),
		],
	});
}

/** Every page's number, centred at the foot (a PAGE field, so Word counts the pages). */
function pageNumberFooter(): Footer {
	return new Footer({
		children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 24 })] })],
	});
}

/** The plan's data notes after its text, numbered as on its page, each naming the fact it concerns. */
function notes(d: Plan): Paragraph[] {
	if (!d.errata.length) return [];
	const numbered = d.errata.map((e, i) => ({ n: i + 1, e }));
	return [
		new Paragraph({ children: [run(`GHI CHÚ VỀ DỮ LIỆU (${d.errata.length})`, { bold: true })], spacing: { before: 480, after: 120 }, keepNext: true }),
		new Paragraph({
			children: [run('Ghi chú của kho, không thuộc văn bản gốc: chỗ văn bản gốc sai sót, không thống nhất hoặc đọc không chắc chắn.', { italics: true })],
			spacing: { after: 120 },
		}),
		...ERRATUM_KINDS.flatMap((kind) => {
			const group = numbered.filter((x) => x.e.kind === kind);
			if (!group.length) return [];
			return [
				new Paragraph({
					children: [run(`${ERRATUM_KIND_LABELS[kind]} (${group.length})`, { bold: true })],
					spacing: { before: 120, after: 60 },
					keepNext: true,
				}),
				...group.map(({ n, e }) => {
					const label = fieldLabel(e.field);
					return new Paragraph({
						children: [run(`Ghi chú ${n}${label ? ` · ${label}` : ''}: `, { bold: true }), run(e.note)],
						spacing: { after: 60 },
						alignment: AlignmentType.JUSTIFIED,
					});
				}),
			];
		}),
	];
}

/**
 * The same file for the same content: the package's timestamps (the document's created and
 * modified dates, each zip entry's time) are set to `date` instead of the moment of the build.
 */
export function fixTimestamps(file: Uint8Array, date: string): Uint8Array {
	const files = unzipSync(file);
	const stamp = `${date}T00:00:00Z`;
	const core = files['docProps/core.xml'];
	if (core) files['docProps/core.xml'] = strToU8(strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${stamp}$2`));
	// Zip times are local DOS times: noon UTC keeps the day the same in every time zone.
	return zipSync(files, { mtime: new Date(`${date}T12:00:00Z`) });
}

/** The .docx file of a plan; `source` names where it comes from (the page's address), `date` is the data's date. */
export async function planDocx(d: Plan, body: string, source: string, date: string): Promise<Uint8Array> {
	const doc = new Document({
		creator: 'Kho kế hoạch nhân quyền',
		title: d.title,
		description: `Kế hoạch ${numberDisplay(d) ?? ''} — chép từ văn bản gốc; nguồn: ${source}`,
		styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
		sections: [
			{
				properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
				footers: { default: pageNumberFooter() },
				children: [
					header(d),
					centred([run('KẾ HOẠCH', { bold: true })], 0),
					centred([run(d.title, { bold: true })], 240),
					...blocks(body),
					...notes(d),
					new Paragraph({ children: [run(`Chép từ văn bản gốc, không sửa câu chữ. Nguồn: ${source}`, { italics: true })], spacing: { before: 360 } }),
				],
			},
		],
	});
	return fixTimestamps(await Packer.toBuffer(doc), date);
}
