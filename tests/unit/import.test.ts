/** The import pipeline's pure parts: decoding, line joining, dates, matching, restoration, the body. */
import { describe, expect, it } from 'vitest';
import { checkBody } from '../../src/lib/content/mdx-body.ts';
import { buildBody, headingItems } from '../../src/lib/import/body.ts';
import { findDates, findPeriod } from '../../src/lib/dates.ts';
import { documentId, normalizeNumber, numberKey, summaryOf } from '../../src/lib/import/extract.ts';
import { matchKey, prefixMatch, similarity, wordsOf } from '../../src/lib/import/match.ts';
import { restoreBlocks, Speller, withCaseOf } from '../../src/lib/import/restore.ts';
import { contentLines, decodeText, joinLines, markedWordShare, markerOf, UnreadableInput } from '../../src/lib/import/text.ts';

const utf16 = (text: string, bigEndian: boolean) => {
	const le = Buffer.from(text, 'utf16le');
	if (bigEndian) le.swap16();
	return new Uint8Array([...(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), ...le]);
};
const blocksOf = (text: string) => joinLines(contentLines(text));

describe('decodeText', () => {
	it('reads UTF-8 with or without a byte-order mark, and UTF-16 with one', () => {
		const text = 'KẾ HOẠCH\nTriển khai';
		expect(decodeText(new TextEncoder().encode(text))).toBe(text);
		expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toBe(text);
		expect(decodeText(utf16(text, false))).toBe(text);
		expect(decodeText(utf16(text, true))).toBe(text);
		expect(decodeText(new TextEncoder().encode('a\r\nb'))).toBe('a\nb');
		// Decomposed (NFD) input comes out composed.
		expect(decodeText(new TextEncoder().encode('Ke\u0302\u0301'))).toBe('Kế');
	});

	it('refuses empty, binary and legacy-encoded files with the reason', () => {
		const reason = (bytes: Uint8Array) => {
			try {
				decodeText(bytes);
				return 'accepted';
			} catch (e) {
				expect(e).toBeInstanceOf(UnreadableInput);
				return (e as Error).message;
			}
		};
		expect(reason(new Uint8Array())).toMatch(/empty/);
		expect(reason(new Uint8Array([0x4b, 0x00, 0x45, 0x00]))).toMatch(/binary/);
		// "Kế hoạch" in Windows-1258: bytes that are not UTF-8.
		expect(reason(new Uint8Array([0x4b, 0xea, 0xec, 0x20, 0x68, 0x6f, 0xb5, 0x63, 0x68]))).toMatch(/not valid UTF-8.*Windows-1258/);
		expect(reason(new TextEncoder().encode('12345 ... 678'))).toMatch(/no text/);
	});
});

describe('lines and blocks', () => {
	it('drops page numbers and running headers', () => {
		const pages = ['BAN CHỈ ĐẠO NHÂN QUYỀN', 'Đoạn một.', '- 2 -', 'BAN CHỈ ĐẠO NHÂN QUYỀN', 'Đoạn hai.', 'Trang 3', 'BAN CHỈ ĐẠO NHÂN QUYỀN', 'Đoạn ba.', '4'];
		expect(contentLines(pages.join('\n')).map((l) => l.text)).toEqual(['Đoạn một.', 'Đoạn hai.', 'Đoạn ba.']);
	});

	it('joins wrapped lines, across blank lines and page breaks, and keeps line numbers', () => {
		const text = [
			'1. Thông qua các hoạt động Kỷ niệm 77 năm ngày Nhân quyền thế giới, nhằm tuyên truyền',
			'',
			'để Chính phủ các nước hiểu rõ quan điểm, chủ trương, chính sách của Đảng; khẳng định',
			'thành tựu.',
			'2. Khơi dậy mạnh mẽ lòng yêu nước, tinh thần đoàn kết dân tộc, như sau:',
			'Công ước quốc tế về các quyền dân sự và chính trị (ICCPR).',
			'- Một ý',
			'- Hai ý',
		].join('\n');
		const blocks = blocksOf(text);
		expect(blocks.map((b) => [b.line, b.text.slice(0, 12)])).toEqual([
			[1, '1. Thông qua'],
			[5, '2. Khơi dậy '],
			[7, '- Một ý'],
			[8, '- Hai ý'],
		]);
		expect(blocks[0].text).toContain('tuyên truyền để Chính phủ');
		expect(blocks[1].text).toContain('như sau: Công ước');
	});

	it('reads the document’s numbering, including OCR’s roman numerals', () => {
		expect(markerOf('I. MỤC ĐÍCH, YÊU CẦU')?.kind).toBe('roman');
		expect(markerOf('IIL. PHAN CONG NHIEM VU')?.kind).toBe('roman');
		expect(markerOf('2.1. Trước thời điểm')?.kind).toBe('subnumber');
		expect(markerOf('12. UBND xã, phường')?.kind).toBe('number');
		expect(markerOf('đ) Sở Tư pháp: Chủ trì')?.kind).toBe('letter');
		expect(markerOf('(vii) Việt Nam')?.kind).toBe('paren');
		expect(markerOf('+ Việt Nam')?.kind).toBe('plus');
		expect(markerOf('10/12/2025 là ngày')).toBeNull();
		expect(markerOf('Lạng Sơn, ngày 04')).toBeNull();
	});

	it('tells text that lost its diacritics from Vietnamese prose', () => {
		expect(markedWordShare('Nâng cao nhận thức về nội dung, ý nghĩa của Ngày Nhân quyền thế giới')).toBeGreaterThan(0.6);
		expect(markedWordShare('Nang cao nhén thitc vé ndi dung, y nghia cia Ngay Nhén quyén thé gi6i')).toBeLessThan(0.5);
	});
});

describe('dates and periods', () => {
	it('reads numeric dates, dates in words and day-month dates that take the next year', () => {
		expect(findDates('ngày 01/11/2025 và 1/2/2026').map((d) => d.iso)).toEqual(['2025-11-01', '2026-02-01']);
		expect(findDates('Hà Nội, ngày 01 tháng 11 năm 2025').map((d) => d.iso)).toEqual(['2025-11-01']);
		expect(findDates('Lang Son, ngay 04 thang 12 nam 2025').map((d) => d.iso)).toEqual(['2025-12-04']);
		expect(findDates('(Từ 01/12 đến 09/12/2025)').map((d) => d.iso)).toEqual(['2025-12-01', '2025-12-09']);
		expect(findDates('ngày 31/02/2025')).toEqual([]);
	});

	it('reads a period, or one that starts on the plan’s issue date', () => {
		expect(findPeriod('Thời gian tuyên truyền: từ ngày 01/12/2025 đến 30/12/2025')).toMatchObject({ from: '2025-12-01', to: '2025-12-30', fromIssue: false });
		expect(findPeriod('từ ngày 20 tháng 11 năm 2024 đến hết ngày 31 tháng 12 năm 2024')).toMatchObject({ from: '2024-11-20', to: '2024-12-31' });
		expect(findPeriod('Thoi gian tuyén truyén: Tir ngay 01/12/2025 - 30/12/2025.')).toMatchObject({ from: '2025-12-01', to: '2025-12-30' });
		expect(findPeriod('từ ngày Kế hoạch được ban hành đến hết ngày 30/12/2025 với các nội dung')).toMatchObject({
			from: null,
			fromIssue: true,
			to: '2025-12-30',
		});
		expect(findPeriod('trước ngày 10/02/2026')).toBeNull();
	});
});

describe('numbers and matching', () => {
	it('normalises document numbers as printed and as OCR reads them', () => {
		expect(normalizeNumber('705 /KH-BCĐNQ', false)).toBe('705/KH-BCĐNQ');
		expect(normalizeNumber('705/KH-BCDNQ', true)).toBe('705/KH-BCĐNQ');
		expect(numberKey('260/KH UBND')).toBe(numberKey('260/KH-UBND'));
		expect(documentId('05/KH-BCĐNQ', 2024, null)).toBe('05-kh-bcdnq-2024');
		expect(documentId('119/KH-UBND', 2025, 'lang-son')).toBe('119-kh-ubnd-2025-lang-son');
	});

	it('compares wordings without case, marks, đ, quotes, dashes or punctuation', () => {
		expect(matchKey('“Bảo đảm quyền của mọi người dân – Từ chính sách đến hành động!”')).toBe(
			matchKey('Bao dam quyen cua moi nguoi dan - tu chinh sach den hanh dong'),
		);
		expect(wordsOf('(ICCPR),').map((w) => w.key)).toEqual(['iccpr']);
		expect(similarity('so giao duc va dao tao', 's gido duc va dao tao')).toBeGreaterThan(0.85);
	});

	it('finds the longest name a text starts with, exactly or despite OCR noise', () => {
		const agencies = ['Sở Văn hóa và Thể thao', 'Sở Văn hóa, Thể thao và Du lịch', 'Bộ Công an', 'Công an tỉnh'].map((n) => ({ key: matchKey(n), item: n }));
		expect(prefixMatch(wordsOf('Sở Văn hóa, Thể thao và Du lịch phối hợp với'), agencies, 1)?.item).toBe('Sở Văn hóa, Thể thao và Du lịch');
		expect(prefixMatch(wordsOf('Cong an tinh |'), agencies, 0.72)?.item).toBe('Công an tỉnh');
		// A different first word is not OCR noise.
		expect(prefixMatch(wordsOf('Giao Công an tỉnh'), agencies.slice(2, 3), 0.72)).toBeNull();
	});

	it('summarises a task by its first clause', () => {
		expect(summaryOf('Chủ trì, phối hợp với các sở; tham mưu Ủy ban.')).toBe('Chủ trì, phối hợp với các sở …');
		expect(summaryOf('Triển khai tháng Hành động về Bình đẳng giới năm 2025.')).toBe('Triển khai tháng Hành động về Bình đẳng giới năm 2025');
	});
});

describe('restoring diacritics', () => {
	it('keeps the OCR letter case on a restored spelling', () => {
		expect(withCaseOf('TRUONG', 'trưởng')).toBe('TRƯỞNG');
		expect(withCaseOf('TiNH', 'tỉnh')).toBe('TỈNH');
		expect(withCaseOf('Nhan', 'nhân')).toBe('Nhân');
		expect(withCaseOf('quyen', 'Quyền')).toBe('quyền');
	});

	it('guesses from the words around, and from a known word one letter away', () => {
		const speller = new Speller(['Chủ tịch UBND tỉnh. Ban Tuyên giáo Tỉnh ủy. Giao Văn phòng theo dõi. Tuyên giáo, tuyên giáo.', 'quyền con người, con người']);
		expect(speller.guess('tich', 'chu', 'ubnd')).toBe('tịch');
		expect(speller.guess('giao', 'tuyen', 'tinh')).toBe('giáo');
		expect(speller.guess('giao', undefined, 'van')).toBe('giao');
		expect(speller.guess('ngudi', 'con')).toBe('người');
		expect(speller.guess('xyzw')).toBeUndefined();
	});

	it('takes what the implemented plan vouches for and marks every other change as uncertain', () => {
		const blocks = blocksOf('1. Nang cao nhan thuc ve noi dung, y nghia cua Ngay Nhan quyen the gioi; tang cuong phoi hop.');
		const { blocks: out, stats } = restoreBlocks(blocks, {
			sequence: ['Nâng cao nhận thức về nội dung, ý nghĩa của Ngày Nhân quyền thế giới (10/12).'],
			phrases: [],
			vocabulary: ['tăng cường phối hợp'],
		});
		expect(out[0].text).toBe('1. Nâng cao nhận thức về nội dung, ý nghĩa của Ngày Nhân quyền thế giới; tăng cường phối hợp.');
		const uncertain = out[0].segments.filter((s) => s.ocr);
		expect(uncertain).toEqual([{ ocr: 'tang cuong phoi hop', text: 'tăng cường phối hợp' }]);
		expect(stats).toEqual({ words: 19, vouched: 15, guessed: 4, kept: 0 });
	});
});

describe('the Markdown body', () => {
	it('keeps the document’s structure, redacts phone numbers and passes the body rules', () => {
		const blocks = blocksOf(
			[
				'Thực hiện Kế hoạch số 705/KH-BCĐNQ, Ban Chỉ đạo ban hành Kế hoạch như sau:',
				'I. MỤC ĐÍCH, YÊU CẦU',
				'1. Thời gian tuyên truyền: từ ngày 01/12/2025 đến 30/12/2025',
				'2. Nội dung tuyên truyền',
				'2.1. Trước thời điểm Ngày Nhân quyền thế giới (Từ 01/12 đến 09/12/2025)',
				'- Các chương trình {mục tiêu} <quốc gia>, liên hệ SĐT: 0918.384.971;',
				'- Tuyên truyền với các nội dung:',
				'+ *Việt Nam quyết tâm đẩy lùi nạn mua, bán người!*',
				'a) Công an tỉnh',
				'Nơi nhận:',
				'- Lưu: VT.',
				'KT. TRƯỞNG BAN',
				'PHÓ TRƯỞNG BAN',
				'Thượng tướng Lê Quốc Hùng',
			].join('\n'),
		);
		const { markdown, phonesRemoved } = buildBody(blocks);
		expect(phonesRemoved).toBe(1);
		expect(markdown).toContain('## I. MỤC ĐÍCH, YÊU CẦU');
		// A run-in heading ("1. Thời gian tuyên truyền: từ …") becomes the heading of its section.
		expect(markdown).toContain('### 1. Thời gian tuyên truyền:\n\ntừ ngày 01/12/2025');
		expect(markdown).toContain('### 2. Nội dung tuyên truyền');
		expect(markdown).toContain('#### 2.1. Trước thời điểm');
		expect(markdown).toContain('#### a) Công an tỉnh');
		expect(markdown).toContain('[số điện thoại đã lược bỏ]');
		expect(markdown).toMatch(/\n {2}- \*Việt Nam quyết tâm đẩy lùi nạn mua, bán người!\*/);
		expect(markdown).toContain('**Nơi nhận:**');
		expect(markdown).toContain('KT. TRƯỞNG BAN\\\nPHÓ TRƯỞNG BAN\\\nThượng tướng Lê Quốc Hùng');
		expect(checkBody(markdown)).toEqual([]);
	});

	it('writes uncertain readings as <Uncertain ocr="…"> that the body rules accept', () => {
		const [block] = blocksOf('Nang cao nhan thuc');
		const { markdown } = buildBody([{ ...block, segments: [{ text: 'Nâng cao ' }, { ocr: 'nhan "thuc"', text: 'nhận thức' }] }]);
		expect(markdown.trim()).toBe(`Nâng cao <Uncertain ocr='nhan "thuc"'>nhận thức</Uncertain>`);
		expect(checkBody(markdown)).toEqual([]);
	});
});

describe('headings of the body', () => {
	const blocks = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1, lines: [{ text, line: i + 1 }] }));
	it('makes the items of one sequence all headings or all paragraphs', () => {
		const mixed = blocks(
			'II. NỘI DUNG', // 0: heading
			'1. Tuyên truyền nội dung Công ước về quyền của người khuyết tật và kết quả thực hiện.',
			'2. Thời gian tuyên truyền: từ ngày 20/11/2025 đến hết ngày 31/12/2025.', // a run-in heading alone
			'III. TỔ CHỨC THỰC HIỆN', // 3: heading
			'1. Sở Tư pháp: chủ trì phổ biến pháp luật.', // 4–5: every item a run-in heading
			'2. Công an tỉnh: chủ trì tọa đàm.',
			'a) Nội dung thứ nhất của Công an tỉnh, viết thành một câu dài không phải tiêu đề.',
		);
		expect([...headingItems(mixed)].sort()).toEqual([0, 3, 4, 5]);
	});
});
