/**
 * A provincial plan written for the importer's tests (Khánh Hòa has no plan in the corpus):
 * its parts, the facts a correct import yields, and the file formats editors receive —
 * a Word file made from the government template, a PDF with running headers and page
 * numbers, and page images for scans and photos.
 */
import {
	AlignmentType,
	BorderStyle,
	Document,
	FootnoteReferenceRun,
	HeadingLevel,
	LevelFormat,
	Packer,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
} from 'docx';

export const HEADER_LEFT = ['UBND TỈNH KHÁNH HÒA', 'BAN CHỈ ĐẠO NHÂN QUYỀN', 'Số: 215/KH-BCĐNQ'];
export const HEADER_RIGHT = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Khánh Hòa, ngày 05 tháng 12 năm 2025'];
export const TITLE = [
	'Tuyên truyền thành tựu bảo đảm quyền con người',
	'nhân kỷ niệm 77 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2025)',
	'trên địa bàn tỉnh Khánh Hòa',
];
export const OPENING =
	'Thực hiện Kế hoạch số 705/KH-BCĐNQ ngày 01/11/2025 của Ban Chỉ đạo Nhân quyền Chính phủ, Ban Chỉ đạo Nhân quyền tỉnh Khánh Hòa xây dựng Kế hoạch tuyên truyền như sau:';
export const FOOTNOTE = 'Quyết định số 1079/QĐ-TTg ngày 14/9/2022 của Thủ tướng Chính phủ phê duyệt Đề án tuyên truyền về quyền con người.';

/** A part of the body: a numbered heading, a numbered item, a dash item, a paragraph or the task table. */
export type Part =
	| { kind: 'section'; text: string }
	| { kind: 'item'; text: string; footnote?: boolean }
	| { kind: 'bullet'; text: string }
	| { kind: 'paragraph'; text: string }
	| { kind: 'table'; rows: string[][] };

export const TASKS = [
	['TT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'],
	['1', 'Đăng tải tin, bài về thành tựu bảo đảm quyền con người', 'Sở Văn hóa, Thể thao và Du lịch', 'Các cơ quan báo chí', 'Tháng 12/2025'],
	['2', 'Tổ chức tọa đàm về Ngày Nhân quyền thế giới', 'Sở Tư pháp', 'Công an tỉnh', 'Trước ngày 10/12/2025'],
	['3', 'Nắm tình hình, đấu tranh phản bác luận điệu sai trái', 'Công an tỉnh', 'Bộ Chỉ huy Quân sự tỉnh', 'Thường xuyên'],
];

export const BODY: Part[] = [
	{ kind: 'section', text: 'MỤC ĐÍCH, YÊU CẦU' },
	{
		kind: 'item',
		text: 'Tuyên truyền sâu rộng đến cán bộ, đảng viên và Nhân dân trên địa bàn tỉnh về quan điểm nhất quán của Đảng, Nhà nước ta trong việc tôn trọng, bảo đảm và thúc đẩy quyền con người.',
	},
	{
		kind: 'item',
		text: 'Nâng cao ý thức cảnh giác, chủ động đấu tranh, phản bác các luận điệu sai trái, xuyên tạc về tình hình nhân quyền ở Việt Nam theo Đề án tuyên truyền về quyền con người.',
		footnote: true,
	},
	{ kind: 'section', text: 'NỘI DUNG, THỜI GIAN' },
	{ kind: 'item', text: 'Thời gian tuyên truyền: từ ngày 05/12/2025 đến hết ngày 31/12/2025.' },
	{ kind: 'item', text: 'Nội dung tuyên truyền' },
	{ kind: 'bullet', text: 'Thành tựu bảo đảm quyền con người của Việt Nam trên các lĩnh vực dân sự, chính trị, kinh tế, xã hội và văn hóa.' },
	{
		kind: 'bullet',
		text: 'Kết quả thực hiện Công ước quốc tế về các quyền dân sự và chính trị và Công ước chống tra tấn và các hình thức đối xử hoặc trừng phạt tàn bạo, vô nhân đạo hoặc hạ nhục con người.',
	},
	{ kind: 'item', text: 'Treo băng rôn từ ngày 05/12/2025 đến hết ngày 15/12/2025 với các khẩu hiệu sau:' },
	{ kind: 'bullet', text: 'Chào mừng kỷ niệm 77 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2025)!' },
	{ kind: 'bullet', text: 'Việt Nam luôn bảo đảm quyền tự do tín ngưỡng, tôn giáo!' },
	{ kind: 'bullet', text: 'Việt Nam nỗ lực phòng, chống mua bán người!' },
	{ kind: 'section', text: 'NHIỆM VỤ CỤ THỂ' },
	{ kind: 'table', rows: TASKS },
	{ kind: 'section', text: 'TỔ CHỨC THỰC HIỆN' },
	{ kind: 'item', text: 'Sở Nội vụ: Chủ trì hướng dẫn các cơ quan, đơn vị treo băng rôn, khẩu hiệu đúng thời gian quy định.' },
	{
		kind: 'item',
		text: 'Các cơ quan, đơn vị báo cáo kết quả thực hiện về Ban Chỉ đạo Nhân quyền tỉnh (qua Công an tỉnh) trước ngày 20/01/2026 để tổng hợp.',
	},
];

export const RECIPIENTS = [
	'Nơi nhận:',
	'- Ban Chỉ đạo Nhân quyền Chính phủ (b/c);',
	'- Thường trực Tỉnh ủy (b/c);',
	'- Các sở, ban, ngành tỉnh;',
	'- Lưu: VT, CAT.',
];
export const SIGNATURE = ['KT. TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN THƯỜNG TRỰC', 'Đại tá Trần Quốc Hưng'];

/** The facts a correct import of this plan yields. */
export const FACTS = {
	title: TITLE.join(' '),
	number: '215/KH-BCĐNQ',
	level: 'tinh',
	province: 'khanh-hoa',
	issuer: 'bcd-nhan-quyen-tinh',
	issuerName: 'Ban Chỉ đạo Nhân quyền tỉnh Khánh Hòa',
	issuedAt: '2025-12-05',
	issuedPlace: 'Khánh Hòa',
	signer: { name: 'Trần Quốc Hưng', rank: 'Đại tá', position: 'KT. TRƯỞNG BAN, PHÓ TRƯỞNG BAN THƯỜNG TRỰC' },
	year: 2025,
	anniversary: 77,
	implements: '2025-trung-uong',
	references: ['1079-qd-ttg-2022'],
	campaign: { from: '2025-12-05', to: '2025-12-31' },
	banners: { from: '2025-12-05', to: '2025-12-15' },
	reportDeadline: '2026-01-20',
	slogans: ['chao-mung-ky-niem-ngay-nhan-quyen-the-gioi', 'luon-bao-dam-quyen-tu-do-tin-nguong-ton-giao', 'no-luc-phong-chong-mua-ban-nguoi'],
	conventions: ['iccpr', 'cat'],
	assignments: ['so-van-hoa-the-thao-du-lich', 'so-tu-phap', 'cong-an-tinh', 'so-noi-vu'],
};

const ROMAN = ['I', 'II', 'III', 'IV', 'V'];

/** The printed lines of the plan in reading order, markers as printed (for comparing words). */
export function printedText(): string {
	const out = [...HEADER_LEFT, ...HEADER_RIGHT, 'KẾ HOẠCH', ...TITLE, OPENING];
	let section = 0;
	let item = 0;
	for (const p of BODY) {
		if (p.kind === 'section') {
			item = 0;
			out.push(`${ROMAN[section++]}. ${p.text}`);
		} else if (p.kind === 'item') out.push(`${++item}. ${p.text}${p.footnote ? ' (1)' : ''}`);
		else if (p.kind === 'bullet') out.push(`- ${p.text}`);
		else if (p.kind === 'paragraph') out.push(p.text);
		else out.push(...p.rows.map((r) => r.join(' ')));
	}
	out.push('Chú thích:', `(1) ${FOOTNOTE}`, ...RECIPIENTS, ...SIGNATURE);
	return out.join('\n');
}

const FONT = 'Times New Roman';
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const centered = (lines: string[], bold = true) =>
	lines.map((l) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: l, bold, font: FONT })] }));

/** A borderless two-column table, as the template lays out the header and the signature. */
function layoutTable(left: Paragraph[], right: Paragraph[]): Table {
	const cell = (children: Paragraph[]) => new TableCell({ children, borders: NO_BORDERS, width: { size: 50, type: WidthType.PERCENTAGE } });
	return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, rows: [new TableRow({ children: [cell(left), cell(right)] })] });
}

/** The plan as a Word file from the template: Word numbering, bullets, soft breaks, tables, a footnote. */
export async function planDocx(): Promise<Buffer> {
	const children: (Paragraph | Table)[] = [
		layoutTable(centered(HEADER_LEFT), centered(HEADER_RIGHT)),
		new Paragraph({ alignment: AlignmentType.CENTER, heading: HeadingLevel.TITLE, children: [new TextRun({ text: 'KẾ HOẠCH', bold: true, font: FONT })] }),
		// One paragraph with soft line breaks (Shift+Enter).
		new Paragraph({
			alignment: AlignmentType.CENTER,
			children: TITLE.map((t, k) => new TextRun({ text: t, bold: true, font: FONT, break: k ? 1 : 0 })),
		}),
		new Paragraph({ children: [new TextRun({ text: OPENING, font: FONT })] }),
	];
	for (const p of BODY) {
		if (p.kind === 'section')
			children.push(
				new Paragraph({
					heading: HeadingLevel.HEADING_1,
					numbering: { reference: 'outline', level: 0 },
					children: [new TextRun({ text: p.text, font: FONT })],
				}),
			);
		else if (p.kind === 'item')
			children.push(
				new Paragraph({
					numbering: { reference: 'outline', level: 1 },
					children: [new TextRun({ text: p.text, font: FONT }), ...(p.footnote ? [new FootnoteReferenceRun(1)] : [])],
				}),
			);
		else if (p.kind === 'bullet')
			children.push(new Paragraph({ numbering: { reference: 'dash', level: 0 }, children: [new TextRun({ text: p.text, font: FONT })] }));
		else if (p.kind === 'paragraph') children.push(new Paragraph({ children: [new TextRun({ text: p.text, font: FONT })] }));
		else
			children.push(
				new Table({
					width: { size: 100, type: WidthType.PERCENTAGE },
					rows: p.rows.map(
						(r, n) =>
							new TableRow({
								tableHeader: n === 0,
								children: r.map((c) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c, bold: n === 0, font: FONT })] })] })),
							}),
					),
				}),
			);
	}
	children.push(
		layoutTable(
			RECIPIENTS.map(
				(r, k) =>
					new Paragraph({
						children: [new TextRun({ text: k ? r.replace(/^- /, '') : r, bold: !k, italics: !k, font: FONT })],
						...(k ? { numbering: { reference: 'dash', level: 0 } } : {}),
					}),
			),
			centered(SIGNATURE),
		),
	);
	const doc = new Document({
		styles: { default: { document: { run: { font: FONT, size: 28 } } } },
		numbering: {
			config: [
				{
					reference: 'outline',
					levels: [
						{ level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT },
						{ level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT },
					],
				},
				{ reference: 'dash', levels: [{ level: 0, format: LevelFormat.BULLET, text: '–', alignment: AlignmentType.LEFT }] },
			],
		},
		footnotes: { 1: { children: [new Paragraph({ children: [new TextRun({ text: FOOTNOTE, font: FONT })] })] } },
		sections: [{ children }],
	});
	return Packer.toBuffer(doc);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The plan as a printed page in HTML (header and signature as two columns, the task table ruled). */
export function planHtml(options: { footnoteMark?: boolean } = {}): string {
	const col = (lines: string[], style = 'text-align:center;font-weight:bold;font-size:11pt') => `<div style="${style}">${lines.map(esc).join('<br>')}</div>`;
	const two = (left: string, right: string) =>
		`<table style="width:100%;border-collapse:collapse"><tr><td style="width:40%;vertical-align:top;padding:0">${left}</td><td style="vertical-align:top;padding:0 0 0 1.5em">${right}</td></tr></table>`;
	const out = [
		two(col(HEADER_LEFT), col(HEADER_RIGHT)),
		`<p style="text-align:center;font-weight:bold;margin-top:1.5em">KẾ HOẠCH<br>${TITLE.map(esc).join('<br>')}</p>`,
		`<p>${esc(OPENING)}</p>`,
	];
	let section = 0;
	let item = 0;
	for (const p of BODY) {
		if (p.kind === 'section') {
			item = 0;
			out.push(`<p><b>${ROMAN[section++]}. ${esc(p.text)}</b></p>`);
		} else if (p.kind === 'item') out.push(`<p>${++item}. ${esc(p.text)}${p.footnote ? (options.footnoteMark === false ? '' : ' (1)') : ''}</p>`);
		else if (p.kind === 'bullet') out.push(`<p>- ${esc(p.text)}</p>`);
		else if (p.kind === 'paragraph') out.push(`<p>${esc(p.text)}</p>`);
		else
			out.push(
				`<table style="border-collapse:collapse;width:100%;font-size:90%">${p.rows.map((r) => `<tr>${r.map((c) => `<td style="border:1px solid #000;padding:3px 6px;vertical-align:top">${esc(c)}</td>`).join('')}</tr>`).join('')}</table>`,
			);
	}
	out.push(`<p>Chú thích:</p><p>(1) ${esc(FOOTNOTE)}</p>`);
	out.push(two(col(RECIPIENTS, 'font-size:10pt'), col(SIGNATURE)));
	return out.join('\n');
}

/** A4 HTML page around the plan (Times-like serif, the size plans are printed at). */
export const pageHtml = (body: string, size = '14pt') =>
	`<html><head><meta charset="utf-8"></head><body style="font: ${size}/1.35 'DejaVu Serif', serif; margin: 0">${body}</body></html>`;

/** Running header and footer as a PDF printer adds them: the plan's number at the top, "Trang n/m" at the bottom. */
export const RUNNING_HEADER = 'Kế hoạch số 215/KH-BCĐNQ của Ban Chỉ đạo Nhân quyền tỉnh Khánh Hòa';
export const pdfOptions = {
	format: 'A4' as const,
	displayHeaderFooter: true,
	headerTemplate: `<div style="font: 9px 'DejaVu Serif', serif; width: 100%; text-align: center">${RUNNING_HEADER}</div>`,
	footerTemplate: `<div style="font: 9px 'DejaVu Serif', serif; width: 100%; text-align: center">Trang <span class="pageNumber"></span>/<span class="totalPages"></span></div>`,
	margin: { top: '2cm', bottom: '2cm', left: '3cm', right: '2cm' },
};

/**
 * ImageMagick arguments that make a clean page image look like a phone photo of paper: a
 * slight perspective, a rotation, a shadow falling across the sheet, blur and noise; the
 * caller writes it as JPEG.
 */
export function photoArgs(width: number, height: number, angle: number): string[] {
	const d = Math.round(width * 0.012);
	return [
		...['-colorspace', 'Gray', '-background', 'white', '-virtual-pixel', 'white'],
		...['-distort', 'Perspective', `0,0 ${d},${d}  ${width},0 ${width - d / 2},0  0,${height} 0,${height}  ${width},${height} ${width},${height - d}`],
		...['-rotate', String(angle)],
		// A shadow: darker towards one corner.
		...['(', '+clone', '-sparse-color', 'Barycentric', `0,0 gray(62%) %w,%h white`, ')', '-compose', 'Multiply', '-composite'],
		...['-blur', '0x0.6', '-attenuate', '0.25', '+noise', 'Gaussian'],
		...['-quality', '72'],
	];
}

/** Page images (JPEG or PNG) printed one per A4 page as an image-only PDF, as a scanner app does. */
export const imagesPdfHtml = (images: { data: Buffer; type: 'jpeg' | 'png' }[]) =>
	`<html><body style="margin:0">${images
		.map((i) => `<img style="width:210mm;height:297mm;display:block;break-after:page" src="data:image/${i.type};base64,${i.data.toString('base64')}">`)
		.join('')}</body></html>`;
