/**
 * The readers' pure parts: Word numbering printed as markers, rows rebuilt from positioned text
 * (furniture dropped, two columns read left then right, tables found by aligned cells), the
 * block model rendered into lines, OCR words under the threshold marked, GFM tables, and a
 * document that stops mid-sentence.
 */
import { describe, expect, it } from 'vitest';
import { renderBlocks, tableBlock, type ReadBlock } from '../../src/lib/import/blocks.ts';
import { gfmTable } from '../../src/lib/import/body.ts';
import { endsMidSentence } from '../../src/lib/import/read/index.ts';
import { dropFurniture, rowsOf, rowsToBlocks, type Page, type Piece } from '../../src/lib/import/read/layout.ts';
import { formatNumber, Numbering } from '../../src/lib/import/read/numbering.ts';
import { parseXml } from '../../src/lib/import/read/ooxml.ts';
import { headerSize } from '../../src/lib/import/read/scan.ts';
import { parseTsv, UNCERTAIN_CONFIDENCE } from '../../src/lib/import/read/tsv.ts';
import { joinLines } from '../../src/lib/import/text.ts';
import { markUncertain } from '../../src/lib/import/uncertain.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

describe('Word numbering', () => {
	const numbering = new Numbering(
		parseXml(
			`<w:numbering ${W}>
				<w:abstractNum w:abstractNumId="0">
					<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
					<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
					<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
				</w:abstractNum>
				<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl></w:abstractNum>
				<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
				<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
				<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>
			</w:numbering>`,
			'numbering.xml',
		),
	);
	it('prints roman, decimal and letter markers, restarting a level when the one above advances', () => {
		const seq = [0, 1, 1, 2, 2, 0, 1, 2].map((l) => numbering.next('1', l));
		expect(seq).toEqual(['I.', '1.', '2.', 'a)', 'b)', 'II.', '1.', 'a)']);
	});
	it('prints bullets as the dash of Vietnamese documents, nested ones as "+"', () => {
		expect([numbering.next('2', 0), numbering.next('2', 1)]).toEqual(['-', '+']);
	});
	it('honours a list’s start override and knows no marker for an unknown list', () => {
		expect(numbering.next('3', 0)).toBe('IV.');
		expect(numbering.next('9', 0)).toBe('');
	});
	it('formats numbers', () => {
		expect([formatNumber(14, 'upperRoman'), formatNumber(3, 'lowerRoman'), formatNumber(27, 'lowerLetter'), formatNumber(7, 'decimalZero')]).toEqual([
			'XIV',
			'iii',
			'aa',
			'07',
		]);
	});
	it('refuses a DOCTYPE (entity expansion) in a part', () => {
		expect(() => parseXml('<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>', 'document.xml')).toThrow(/DOCTYPE/);
	});
});

/** Pieces of one line of text at a height, each word a piece 6 units per character wide. */
const line = (y: number, ...runs: [number, string][]): Piece[] => runs.map(([x, text]) => ({ text, x, y, width: text.length * 6, size: 12 }));
const page = (...pieces: Piece[][]): Page => ({ width: 600, height: 800, pieces: pieces.flat() });
const texts = (blocks: ReadBlock[]) => blocks.map((b) => b.text);

describe('rows rebuilt from positioned text', () => {
	it('joins glyph pieces by their gaps, not by how the producer cut them', () => {
		const rows = rowsOf(
			page([
				{ text: 'N', x: 100, y: 300, width: 8, size: 12 },
				{ text: 'ơi nh', x: 108, y: 300.4, width: 30, size: 12 },
				{ text: 'ận:', x: 138, y: 300, width: 18, size: 12 },
			]),
		);
		expect(rowsToBlocks(rows, 1).map((b) => b.text)).toEqual(['Nơi nhận:']);
	});
	it('reads a two-column header left column first, then right, even when the columns are centred', () => {
		const rows = rowsOf(
			page(
				line(100, [80, 'UBND TỈNH PHÚ YÊN'], [330, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']),
				line(115, [70, 'BAN CHỈ ĐẠO NHÂN QUYỀN'], [350, 'Độc lập - Tự do - Hạnh phúc']),
				line(130, [90, 'Số: 12/KH-BCĐ']),
				line(130, [340, 'Phú Yên, ngày 1 tháng 12 năm 2025']),
				line(170, [250, 'KẾ HOẠCH']),
				line(185, [60, 'Tuyên truyền về quyền con người nhân kỷ niệm Ngày Nhân quyền thế giới']),
			),
		);
		expect(texts(rowsToBlocks(rows, 1))).toEqual([
			'UBND TỈNH PHÚ YÊN',
			'BAN CHỈ ĐẠO NHÂN QUYỀN',
			'Số: 12/KH-BCĐ',
			'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
			'Độc lập - Tự do - Hạnh phúc',
			'Phú Yên, ngày 1 tháng 12 năm 2025',
			'KẾ HOẠCH',
			'Tuyên truyền về quyền con người nhân kỷ niệm Ngày Nhân quyền thế giới',
		]);
	});
	it('drops a running header and footer repeated on two pages, and page numbers, but keeps the same words in the text', () => {
		const p1 = page(line(30, [100, 'Kế hoạch số 12 - Ban Chỉ đạo']), line(300, [60, 'Kế hoạch số 12 - Ban Chỉ đạo']), line(780, [290, '1']));
		const p2 = page(line(30, [100, 'Kế hoạch số 12 - Ban Chỉ đạo']), line(300, [60, 'Nội dung trang hai']), line(780, [280, 'Trang 2/2']));
		const rows = dropFurniture([p1, p2].map((p) => ({ page: p, rows: rowsOf(p) })));
		expect(rows.map((r) => r.map((x) => x.segments.map((s) => s.text).join(' ')))).toEqual([['Kế hoạch số 12 - Ban Chỉ đạo'], ['Nội dung trang hai']]);
	});
	it('finds a data table by its aligned cells and keeps wrapped cell text in its cell', () => {
		const rows = rowsOf(
			page(
				line(100, [60, 'Trước bảng:']),
				line(120, [60, 'TT'], [90, 'Nội dung'], [250, 'Chủ trì'], [400, 'Thời gian']),
				line(135, [60, '1'], [90, 'Tọa đàm'], [250, 'Sở Tư pháp'], [400, 'Tháng 12']),
				line(150, [90, 'chuyên đề'], [250, 'tỉnh']),
				line(165, [60, '2'], [90, 'Đăng tin'], [250, 'Công an tỉnh'], [400, 'Thường xuyên']),
				line(185, [60, 'IV. TỔ CHỨC THỰC HIỆN VÀ CÁC NỘI DUNG KHÁC CỦA KẾ HOẠCH NÀY']),
			),
		);
		const blocks = rowsToBlocks(rows, 1);
		expect(texts(blocks)[0]).toBe('Trước bảng:');
		expect(blocks[1].table).toEqual([
			['TT', 'Nội dung', 'Chủ trì', 'Thời gian'],
			['1', 'Tọa đàm chuyên đề', 'Sở Tư pháp tỉnh', 'Tháng 12'],
			['2', 'Đăng tin', 'Công an tỉnh', 'Thường xuyên'],
		]);
		expect(texts(blocks)[2]).toMatch(/^IV\. TỔ CHỨC/);
	});
	it('does not take the word gaps of prose for a table', () => {
		const rows = rowsOf(page(line(100, [60, 'Một'], [90, 'hai'], [130, 'ba']), line(115, [60, 'bốn năm sáu bảy tám chín mười'])));
		expect(rowsToBlocks(rows, 1).every((b) => !b.table)).toBe(true);
	});
});

describe('the block model', () => {
	it('renders paragraphs line by line and a table as one line carrying its rows, which stays a block of its own', () => {
		const { text, lines } = renderBlocks([
			{ kind: 'paragraph', text: '1. Nhiệm vụ được giao như sau:' },
			tableBlock([
				['TT', 'Cơ quan chủ trì'],
				['1', 'Sở Tư pháp | tỉnh'],
			]),
			{ kind: 'paragraph', text: 'tiếp theo sau bảng.' },
		]);
		expect(text).toBe('1. Nhiệm vụ được giao như sau:\n| TT | Cơ quan chủ trì |\n| 1 | Sở Tư pháp / tỉnh |\ntiếp theo sau bảng.\n');
		expect(lines.map((l) => l.line)).toEqual([1, 2, 4]);
		const blocks = joinLines(lines);
		expect(blocks).toHaveLength(3);
		expect(blocks[1].table?.[1]).toEqual(['1', 'Sở Tư pháp | tỉnh']);
	});
	it('marks every uncertain OCR word of a joined block, and only those', () => {
		const { lines } = renderBlocks([{ kind: 'paragraph', text: 'Tuyên truyền sâu rộng đến cán bộ\nvà Nhân dân trên địa bàn', uncertain: ['rộng', 'Nhân'] }]);
		const [block] = joinLines(lines);
		const marked = markUncertain(block);
		expect('segments' in marked && marked.segments).toEqual([
			{ text: 'Tuyên truyền sâu ' },
			{ text: 'rộng', ocr: 'rộng' },
			{ text: ' đến cán bộ và ' },
			{ text: 'Nhân', ocr: 'Nhân' },
			{ text: ' dân trên địa bàn' },
		]);
	});
	it('writes a GFM table with Markdown and MDX syntax escaped and short rows padded', () => {
		expect(
			gfmTable([
				['TT', 'Nội dung', 'Ghi chú'],
				['1', 'Dùng {x} và <b> | *đậm*'],
			]),
		).toBe('| TT | Nội dung | Ghi chú |\n| --- | --- | --- |\n| 1 | Dùng \\{x\\} và \\<b\\> \\| \\*đậm\\* |  |');
	});
	it('says a document that stops mid-sentence, without recipients, may be incomplete', () => {
		expect(endsMidSentence([{ kind: 'paragraph', text: '3. Treo băng rôn từ ngày 05/12/2025 đến', page: 1 }])[0]).toMatch(/stops mid-sentence .* page 1/);
		expect(endsMidSentence([{ kind: 'paragraph', text: 'để tổng hợp.' }])).toEqual([]);
		expect(
			endsMidSentence([
				{ kind: 'paragraph', text: 'Nơi nhận:' },
				{ kind: 'paragraph', text: 'kết thúc' },
			]),
		).toEqual([]);
	});
});

describe('OCR output', () => {
	const tsv = [
		'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
		'1\t1\t0\t0\t0\t0\t0\t0\t1000\t1400\t-1\t',
		'5\t1\t1\t1\t1\t1\t100\t100\t80\t30\t96\tNơi',
		'5\t1\t1\t1\t1\t2\t190\t100\t90\t30\t40\tnhận:',
		'5\t1\t1\t1\t1\t3\t600\t100\t60\t30\t95\tKT.',
		'5\t1\t1\t1\t1\t4\t670\t100\t20\t30\t91\t|',
	].join('\n');
	it('reads word boxes into pieces split at column gaps, with the words under the threshold listed', () => {
		const p = parseTsv(tsv);
		expect(UNCERTAIN_CONFIDENCE).toBeGreaterThan(50);
		expect(p.pieces.map((x) => [x.text, x.uncertain ?? []])).toEqual([
			['Nơi nhận:', ['nhận:']],
			['KT.', []],
		]);
		expect([p.width, p.height, p.words, p.uncertainWords]).toEqual([1000, 1400, 3, 1]);
	});
});

describe('image headers', () => {
	it('give the size of a PNG and a JPEG without decoding them', () => {
		const png = Buffer.alloc(33);
		png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		png.writeUInt32BE(30000, 16);
		png.writeUInt32BE(20000, 20);
		expect(headerSize(png)).toEqual({ width: 30000, height: 20000 });
		// SOI, an APP0 segment of 16 bytes, then SOF0 with height 1754 and width 1241.
		const jpg = Buffer.from([
			0xff,
			0xd8,
			0xff,
			0xe0,
			0x00,
			0x10,
			...Array<number>(14).fill(0),
			0xff,
			0xc0,
			0x00,
			0x0b,
			0x08,
			0x06,
			0xda,
			0x04,
			0xd9,
			0x01,
			0x01,
			0x11,
			0x00,
		]);
		expect(headerSize(jpg)).toEqual({ width: 1241, height: 1754 });
	});
});
