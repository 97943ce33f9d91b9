/** The validator's section rules: numbered headings at their level, every tasked body named in the text. */
import { describe, expect, it } from 'vitest';
import { checkSections, tableCells } from '../../src/lib/content/sections.ts';
import { headingLevel } from '../../src/lib/numbering.ts';

describe('section structure', () => {
	it('gives each numbering its heading level', () => {
		expect(headingLevel('roman', 'III')).toBe(2);
		expect(headingLevel('number', '2')).toBe(3);
		expect(headingLevel('subnumber', '2.1')).toBe(4);
		expect(headingLevel('subnumber', '2.1.3')).toBe(5);
		expect(headingLevel('letter', 'a')).toBe(4);
		expect(headingLevel('dash', '-')).toBeNull();
	});

	it('names a heading at the wrong level, and a tasked body the text never names', () => {
		const body = [
			'## I. MỤC ĐÍCH',
			'',
			'## 2. Nội dung tuyên truyền',
			'',
			'### III. TỔ CHỨC',
			'',
			'#### 2.1. Trước ngày 10/12',
			'',
			'3\\. Sở Tư pháp: Tăng cường.',
			'',
			'## Nơi nhận',
		].join('\n');
		const issues = checkSections(body, [{ name: 'Sở Tư pháp' }, { name: 'Sở Y tế' }]).filter((i) => !i.message.startsWith('numbering'));
		expect(issues).toEqual([
			{ line: 3, field: 'body', message: 'heading "2. Nội dung tuyên truyền" is level 2 (##); its numbering "2" takes level 3 (###)' },
			{ line: 5, field: 'body', message: 'heading "III. TỔ CHỨC" is level 3 (###); its numbering "III" takes level 2 (##)' },
			// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- Vitest types its asymmetric matchers (expect.stringMatching) as any
			{ line: 0, field: 'assignments[1].name', message: expect.stringMatching(/^no heading, numbered paragraph or table row of the text names "Sở Y tế"/) },
		]);
	});

	it('reports numbering gaps, repeats and mixed levels within a section, with their lines', () => {
		const body = [
			'## I. NỘI DUNG', // 1
			'',
			'a\\) Một.', // 3
			'',
			'c\\) Ba.', // 5
			'',
			'c\\) Ba lần nữa.', // 7
			'',
			'## II. PHÂN CÔNG', // 9
			'',
			'### 1. Sở Tư pháp', // 11
			'',
			'2\\. Sở Y tế: Phối hợp.', // 13
			'',
			'### 3. Sở Tài chính', // 15
			'',
			'## V. KINH PHÍ', // 17
		].join('\n');
		const messages = checkSections(body, [{ name: 'Sở Tư pháp' }, { name: 'Sở Y tế' }, { name: 'Sở Tài chính' }]).map((i) => `${i.line} ${i.message}`);
		expect(messages).toEqual([
			'5 numbering under "I. NỘI DUNG" goes from "a" to "c"',
			'7 "c" is numbered twice under "I. NỘI DUNG"',
			'13 numbering under "1. Sở Tư pháp" starts at "2", not "1"',
			'13 the task of "Sở Y tế" (line 13) lies inside the section of "Sở Tư pháp" (line 11): give it a heading at the level of its siblings',
			'15 numbering under "II. PHÂN CÔNG" goes from "1" to "3"',
			'17 numbering before the first heading goes from "II" to "V"',
		]);
	});

	it('ends every section before "Nơi nhận" and the signature', () => {
		const body = ['## I. MỤC ĐÍCH', '', '1\\. Một.', '', '**Nơi nhận:**', '', '- Như trên;', '', 'KT. TRƯỞNG BAN\\', '1\\. Không phải mục.'].join('\n');
		expect(checkSections(body, [])).toEqual([]);
	});

	it('finds the sections the five plans’ numbering asks for', () => {
		// The real corpus passes (validator.test.ts); a heading that swallows the next item is caught.
		const body = [
			'## I. PHÂN CÔNG',
			'',
			'### 1. Sở Tư pháp',
			'',
			'### 2. Sở Tài chính',
			'',
			'### 3. Sở Nội vụ',
			'',
			'### 4. Sở Xây dựng',
			'',
			'### 5. Sở Công Thương',
			'',
			'### 6. Sở Dân tộc và Tôn giáo',
			'',
			'- Tuyên truyền.',
			'',
			'7\\. Sở Lao động - Thương binh và Xã hội: Tiếp tục.',
			'',
			'### 8. Sở Y tế',
		].join('\n');
		const issues = checkSections(body, [{ name: 'Sở Dân tộc và Tôn giáo' }, { name: 'Sở Lao động - Thương binh và Xã hội' }, { name: 'Sở Y tế' }]);
		expect(issues.map((i) => i.line)).toEqual([17, 17, 19]);
		expect(issues.map((i) => i.message)).toEqual([
			'numbering under "6. Sở Dân tộc và Tôn giáo" starts at "7", not "1"',
			'the task of "Sở Lao động - Thương binh và Xã hội" (line 17) lies inside the section of "Sở Dân tộc và Tôn giáo" (line 13): give it a heading at the level of its siblings',
			'numbering under "I. PHÂN CÔNG" goes from "6" to "8"',
		]);
	});

	it('follows a sequence no further than a section numeral OCR misread ("IL." for "II.")', () => {
		const body = ['## I. MỤC ĐÍCH', '', '## IL. THỜI GIAN', '', '## IIL. PHÂN CÔNG', '', '## IV. TỔ CHỨC THỰC HIỆN', '', '## VI. KINH PHÍ'].join('\n');
		expect(checkSections(body, []).map((i) => i.message)).toEqual(['numbering before the first heading goes from "IV" to "VI"']);
	});

	it('accepts a row of a task table as the place that names a tasked body', () => {
		const body = [
			'## I. NHIỆM VỤ, GIẢI PHÁP',
			'',
			'| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |',
			'| --- | --- | --- | --- | --- |',
			'| 1 | Tuyên truyền trên báo chí | Sở Văn hóa, Thể thao và Du lịch | Công an tỉnh | Tháng 12/2025 |',
			'| 2 | Phổ biến pháp luật \\| hỏi đáp | <Uncertain ocr="So Tu phap">Sở Tư pháp</Uncertain> | Các sở, ngành | Tháng 12/2025 |',
		].join('\n');
		expect(tableCells(body)).toContain('Phổ biến pháp luật | hỏi đáp');
		expect(tableCells(body)).not.toContain('---');
		// Named in a row: as the lead body, as a partner, in an uncertain reading.
		expect(checkSections(body, [{ name: 'Sở Văn hóa, Thể thao và Du lịch' }, { name: 'Công an tỉnh' }, { name: 'Sở Tư pháp' }])).toEqual([]);
		// A body no row names is still reported; so is a name only in a delimiter or prose line.
		const issues = checkSections(body + '\n\nSở Y tế phối hợp.', [{ name: 'Sở Y tế' }]);
		expect(issues.map((i) => i.field)).toEqual(['assignments[0].name']);
	});
});
