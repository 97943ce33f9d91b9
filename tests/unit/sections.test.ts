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
		const issues = checkSections(body, [{ name: 'Sở Tư pháp' }, { name: 'Sở Y tế' }]);
		expect(issues).toEqual([
			{ line: 3, field: 'body', message: 'heading "2. Nội dung tuyên truyền" is level 2 (##); its numbering "2" takes level 3 (###)' },
			{ line: 5, field: 'body', message: 'heading "III. TỔ CHỨC" is level 3 (###); its numbering "III" takes level 2 (##)' },
			{ line: 0, field: 'assignments[1].name', message: expect.stringMatching(/^no heading, numbered paragraph or table row of the text names "Sở Y tế"/) },
		]);
	});

	it('accepts a row of a task table as the place that names a tasked body', () => {
		const body = [
			'## III. NHIỆM VỤ, GIẢI PHÁP',
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
