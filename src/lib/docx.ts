/**
 * A plan as a Word document laid out like the original: the header (issuer and number on the
 * left, Quốc hiệu, Tiêu ngữ, place and date on the right), KẾ HOẠCH and the title, the text with
 * its headings and lists, and the signature block in the right half; then where it comes from.
 * The text is the plan's MDX body read as a syntax tree (the parser the validator uses);
 * uncertain OCR readings are written out as on the Markdown export.
 */
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { mdxToMdast, type MdastNode } from 'satteri';
import { MDX_FEATURES } from './content/mdx-body.ts';
import type { Plan } from '../schemas/plan.ts';

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

const run = (text: string, style: { bold?: boolean; italics?: boolean; break?: number } = {}) => new TextRun({ text, font: FONT, size: SIZE, ...style });
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

/** The body's blocks as Word paragraphs; the last paragraph with line breaks is the signature. */
function blocks(body: string): Paragraph[] {
	const tree = mdxToMdast(body, { features: MDX_FEATURES }) as Node & { children: Node[] };
	const top = tree.children;
	const signature = [...top].reverse().find((n) => n.type === 'paragraph');
	const hasBreaks = signature && 'children' in signature && (signature.children as Node[]).some((c) => c.type === 'break');
	const out: Paragraph[] = [];
	const visit = (n: Node, depth = 0) => {
		if (n.type === 'heading') {
			out.push(new Paragraph({ children: inline(n.children, { bold: true }), spacing: { before: 160, after: 80 }, keepNext: true }));
		} else if (n.type === 'paragraph') {
			const isSignature = hasBreaks && n === signature;
			out.push(
				new Paragraph({
					children: inline(n.children),
					alignment: isSignature ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
					indent: isSignature ? { left: 4500 } : depth ? { left: 360 * depth } : undefined,
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
	for (const n of top) visit(n);
	return out;
}

/** The header of the document: issuer and number | Quốc hiệu, Tiêu ngữ, place and date. */
function header(d: Plan): Table {
	const [y, m, day] = d.issuedAt?.split('-') ?? [];
	const date = d.issuedAt ? `${d.issuedPlace ? `${d.issuedPlace}, ` : ''}ngày ${day} tháng ${m} năm ${y}` : '(văn bản không ghi ngày ban hành)';
	const cell = (children: Paragraph[]) => new TableCell({ children, borders: noBorders, width: { size: 50, type: WidthType.PERCENTAGE } });
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		borders: { ...noBorders, insideHorizontal: noBorders.top, insideVertical: noBorders.top },
		rows: [
			new TableRow({
				children: [
					cell([
						centred([run(d.issuerName.toLocaleUpperCase('vi'), { bold: true })], 120),
						centred([run(`Số: ${d.number ?? d.numberIllegible ?? '(văn bản không ghi)'}`)]),
					]),
					cell([
						centred([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true })]),
						centred([run('Độc lập - Tự do - Hạnh phúc', { bold: true })], 120),
						centred([run(date, { italics: true })]),
					]),
				],
			}),
		],
	});
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
		description: `Kế hoạch ${d.number ?? d.numberIllegible ?? ''} — chép từ văn bản gốc; nguồn: ${source}`,
		styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
		sections: [
			{
				properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } },
				children: [
					header(d),
					centred([run('KẾ HOẠCH', { bold: true })], 0),
					centred([run(d.title, { bold: true })], 240),
					...blocks(body),
					new Paragraph({ children: [run(`Chép từ văn bản gốc, không sửa câu chữ. Nguồn: ${source}`, { italics: true })], spacing: { before: 360 } }),
				],
			},
		],
	});
	return fixTimestamps(await Packer.toBuffer(doc), date);
}
