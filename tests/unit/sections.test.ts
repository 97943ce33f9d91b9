/** The validator's section rules: numbered headings at their level, every tasked body named in the text. */
import { describe, expect, it } from 'vitest';
import { checkSections } from '../../src/lib/content/sections.ts';
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
			// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- Vitest types its asymmetric matchers (expect.stringMatching) as any
			{ line: 0, field: 'assignments[1].name', message: expect.stringMatching(/^no heading or numbered paragraph of the text names "Sở Y tế"/) },
		]);
	});
});
