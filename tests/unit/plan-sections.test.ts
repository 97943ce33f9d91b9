/** The plan page's table of contents, text anchors and task-to-section links. */
import { describe, expect, it } from 'vitest';
import { headingId, itemId } from '../../src/lib/markdown/ascii-heading-ids.ts';
import { sectionDates, sectionFor, textAnchors, tocTree } from '../../src/lib/plan-sections.ts';

const headings = [
	{ depth: 2, slug: 'i-muc-dich-yeu-cau', text: 'I. MỤC ĐÍCH, YÊU CẦU ¶' },
	{ depth: 2, slug: 'iii-phan-cong-nhiem-vu', text: 'III. PHÂN CÔNG NHIỆM VỤ' },
	{ depth: 3, slug: 'muc-2-nhiem-vu-cu-the', text: '2. Nhiệm vụ cụ thể' },
	{ depth: 4, slug: 'b-ban-tuyen-giao-va-dan-van-tinh-uy', text: 'b) Ban Tuyên giáo và Dân vận Tỉnh ủy' },
	{ depth: 5, slug: 'deep', text: '(i) too deep' },
	{ depth: 2, slug: 'iv-to-chuc-thuc-hien', text: 'IV. TỔ CHỨC THỰC HIỆN' },
];

describe('the table of contents', () => {
	it('keeps the document’s levels and leaves out the permalink sign', () => {
		expect(tocTree(headings)).toEqual([
			{ slug: 'i-muc-dich-yeu-cau', text: 'I. MỤC ĐÍCH, YÊU CẦU', children: [] },
			{
				slug: 'iii-phan-cong-nhiem-vu',
				text: 'III. PHÂN CÔNG NHIỆM VỤ',
				children: [
					{
						slug: 'muc-2-nhiem-vu-cu-the',
						text: '2. Nhiệm vụ cụ thể',
						children: [{ slug: 'b-ban-tuyen-giao-va-dan-van-tinh-uy', text: 'b) Ban Tuyên giáo và Dân vận Tỉnh ủy', children: [] }],
					},
				],
			},
			{ slug: 'iv-to-chuc-thuc-hien', text: 'IV. TỔ CHỨC THỰC HIỆN', children: [] },
		]);
	});
});

describe('anchors of the text and the sections that assign tasks', () => {
	const body = [
		'Thực hiện Kế hoạch số 705/KH-BCĐNQ.',
		'',
		'## I. MỤC ĐÍCH, YÊU CẦU',
		'',
		'1\\. Thông qua các hoạt động Kỷ niệm 77 năm.',
		'',
		'## III. PHÂN CÔNG NHIỆM VỤ',
		'',
		'### 2. Nhiệm vụ cụ thể',
		'',
		'a\\) Công an tỉnh: Chủ trì, phối hợp.',
		'',
		'#### b) Ban Tuyên giáo và Dân vận Tỉnh ủy',
		'',
		'- 1. not a numbered paragraph (a list item)',
		'',
		'##### (i) too deep',
		'',
		'## IV. TỔ CHỨC THỰC HIỆN',
		'',
		'1\\. Căn cứ Kế hoạch này, các sở và Ủy ban nhân dân các xã, phường, đặc khu triển khai.',
		'',
		'3\\. Giao Văn phòng Thường trực theo dõi.',
	].join('\n');
	const anchors = textAnchors(body, headings);

	it('gives numbered paragraphs the ids the Markdown pipeline gives them', () => {
		const taken = new Set<string>();
		expect(itemId('1. Thông qua các hoạt động Kỷ niệm 77 năm.', taken)).toBe('muc-1-thong-qua-cac-hoat-dong-ky');
		expect(headingId('a) Công an tỉnh: Chủ trì, phối hợp.', new Set())).toMatch(/^a-cong-an-tinh/);
		expect(anchors.map((a) => a.slug)).toEqual([
			'i-muc-dich-yeu-cau',
			'muc-1-thong-qua-cac-hoat-dong-ky',
			'iii-phan-cong-nhiem-vu',
			'muc-2-nhiem-vu-cu-the',
			'a-cong-an-tinh-chu-tri-phoi',
			'b-ban-tuyen-giao-va-dan-van-tinh-uy',
			'deep',
			'iv-to-chuc-thuc-hien',
			'muc-1-can-cu-ke-hoach-nay-cac',
			'muc-3-giao-van-phong-thuong-truc-theo',
		]);
	});

	it('links a tasked body to the heading or numbered paragraph that assigns its task', () => {
		expect(sectionFor('Công an tỉnh', anchors)?.slug).toBe('a-cong-an-tinh-chu-tri-phoi');
		expect(sectionFor('Ban Tuyên giáo và Dân vận Tỉnh ủy', anchors)?.slug).toBe('b-ban-tuyen-giao-va-dan-van-tinh-uy');
		expect(sectionFor('Văn phòng Thường trực', anchors)?.slug).toBe('muc-3-giao-van-phong-thuong-truc-theo');
		expect(sectionFor('Ủy ban nhân dân các xã, phường, đặc khu', anchors)?.slug).toBe('muc-1-can-cu-ke-hoach-nay-cac');
		expect(sectionFor('Sở Y tế', anchors)).toBeUndefined();
	});
});

describe('dates a section states', () => {
	it('finds a period or a report deadline in a section’s text', () => {
		expect(sectionDates('Chỉ đạo các cơ quan báo chí tổ chức đợt tuyên truyền cao điểm từ 01/12 đến 31/12/2025.')).toEqual({
			period: { from: '2025-12-01', to: '2025-12-31' },
			deadline: null,
			refersBack: false,
		});
		expect(sectionDates('Báo cáo kết quả về Ban Chỉ đạo trước ngày 05/02/2026 (qua Văn phòng Thường trực).')).toEqual({
			period: null,
			deadline: { iso: '2026-02-05', inclusive: false },
			refersBack: false,
		});
		expect(sectionDates('Tăng cường công tác tuyên truyền.')).toEqual({ period: null, deadline: null, refersBack: false });
	});

	it('gives each heading its section’s content, up to the next heading of its level or above', () => {
		const body = ['### 1. Bộ Công an', '', 'Nội dung một.', '', '#### a) Chi tiết', '', 'Nội dung hai.', '', '### 2. Bộ Y tế', '', 'Nội dung ba.'].join('\n');
		const anchors = textAnchors(body, [
			{ depth: 3, slug: 'a', text: '1. Bộ Công an' },
			{ depth: 4, slug: 'b', text: 'a) Chi tiết' },
			{ depth: 3, slug: 'c', text: '2. Bộ Y tế' },
		]);
		expect(anchors[0].content).toContain('Nội dung hai.');
		expect(anchors[0].content).not.toContain('Nội dung ba.');
		expect(anchors[2].content?.trim()).toBe('Nội dung ba.');
	});
});
