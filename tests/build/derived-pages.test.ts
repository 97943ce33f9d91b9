/**
 * What the built pages derive from the five plans, read as a reader sees them (dist/ from
 * `npm run build`): task periods and deadlines, the table of contents, the matrices.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/corpus.ts';

const page = (path: string) => parseHtml(readFileSync(join(ROOT, 'dist', path, 'index.html'), 'utf8'));
const text = (el: { text: string } | null | undefined) => (el?.text ?? '').replace(/\s+/g, ' ').trim();

/** The task table of a plan page: per row, the body and its "Thời hạn" cell. */
function taskRows(path: string) {
	return page(path)
		.querySelectorAll('tr[id^="nv-"]')
		.map((tr) => ({
			agency: text(tr.querySelector('td[data-label="Cơ quan"]')),
			when: text(tr.querySelector('td[data-label="Thời hạn"]')),
			link: tr.querySelector('td[data-label="Thời hạn"] a')?.getAttribute('href') ?? null,
		}));
}

describe('task periods on the plan pages', () => {
	it('Trà Vinh 2024: Sở VHTTDL 20/11–31/12/2024 from II.5 (linked), not the anniversary span; the districts’ report "chậm nhất"', () => {
		const rows = taskRows('ke-hoach/2024/tra-vinh');
		const culture = rows.find((r) => r.agency === 'Sở Văn hóa, Thể thao và Du lịch')!;
		expect(culture.when).toBe('20/11/2024 – 31/12/2024 (theo mục II.5)');
		expect(culture.link).toMatch(/^#muc-5-lua-chon/);
		expect(rows.map((r) => r.when).join(' ')).not.toContain('1948');
		expect(rows.find((r) => r.agency.startsWith('Ủy ban nhân dân các huyện'))!.when).toBe('báo cáo chậm nhất 01/01/2025');
	});

	it('Lạng Sơn 2025: 15/11–15/12/2025 is Sở LĐTBXH’s, not Sở Dân tộc và Tôn giáo’s; the contents go 1 to 12 under III', () => {
		const rows = taskRows('ke-hoach/2025/lang-son');
		expect(rows.find((r) => r.agency === 'Sở Dân tộc và Tôn giáo')!.when).toBe('—');
		expect(rows.find((r) => r.agency === 'Sở Lao động - Thương binh và Xã hội')!.when).toBe('15/11/2025 – 15/12/2025');
		const toc = page('ke-hoach/2025/lang-son').querySelector('nav.toc, .toc')!;
		const third = toc.querySelectorAll('li').find((li) => text(li).startsWith('III. PHÂN CÔNG NHIỆM VỤ'))!;
		const items = third.querySelectorAll('li').map((li) => Number(/^(\d+)\./.exec(text(li))?.[1]));
		expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
	});

	it('the Nội vụ tasks of 705 and An Giang show "(15/11 – 15/12)" of 2025', () => {
		expect(taskRows('ke-hoach/2025/trung-uong').find((r) => r.agency === 'Bộ Nội vụ')!.when).toBe('15/11/2025 – 15/12/2025');
		expect(taskRows('ke-hoach/2025/an-giang').find((r) => r.agency === 'Sở Nội vụ')!.when).toBe('15/11/2025 – 15/12/2025');
	});
});

describe('the 2025 task matrix', () => {
	it('has one mark per task in Lạng Sơn’s column: 12 tasks, 12 marks', () => {
		const table = page('nam/2025')
			.querySelectorAll('table')
			.find((t) => text(t.querySelector('thead')).includes('Lạng Sơn') && t.querySelectorAll('tbody th[scope="row"]').length > 5)!;
		const column = table.querySelectorAll('thead th').findIndex((th) => text(th) === 'Lạng Sơn');
		const marks = table.querySelectorAll('tbody tr').filter((tr) => {
			const cells = tr.querySelectorAll('th, td');
			return cells.length > column && text(cells[column]) !== '';
		});
		expect(marks).toHaveLength(12);
	});
});
