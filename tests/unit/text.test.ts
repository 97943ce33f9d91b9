import { describe, expect, it } from 'vitest';
import { citingSentences } from '../../src/lib/citations.ts';
import { daysBetween, documentTitle, foldVietnamese, formatDate, slugify, sortByName } from '../../src/lib/format.ts';
import { headingId } from '../../src/lib/markdown/ascii-heading-ids.ts';
import { redactPhoneNumbers } from '../../src/lib/redact.ts';
import { inForce, planEvents, upcomingDeadlines } from '../../src/lib/timeline.ts';
import { realCatalog } from '../support/catalog.ts';

const catalog = realCatalog();

describe('formatting', () => {
	it('writes dates dd/mm/yyyy and counts days', () => {
		expect(formatDate('2025-11-01')).toBe('01/11/2025');
		expect(formatDate(null)).toBeNull();
		expect(daysBetween('2025-11-15', '2025-12-01')).toBe(16);
	});
	it('sorts Vietnamese names with Đ after D', () => {
		expect(sortByName(['Đồng Nai', 'Điện Biên', 'Dak', 'Bắc Ninh', 'An Giang'], (s) => s)).toEqual(['An Giang', 'Bắc Ninh', 'Dak', 'Điện Biên', 'Đồng Nai']);
	});
	it('folds diacritics and đ for slugs', () => {
		expect(foldVietnamese('Đấu tranh quyền con người')).toBe('Dau tranh quyen con nguoi');
		expect(slugify('III. TỔ CHỨC THỰC HIỆN')).toBe('iii-to-chuc-thuc-hien');
	});
	it('makes unique ASCII heading anchors', () => {
		const taken = new Set<string>();
		expect(headingId('1. Bộ Tư pháp', taken)).toBe('muc-1-bo-tu-phap');
		expect(headingId('1. Bộ Tư pháp', taken)).toBe('muc-1-bo-tu-phap-2');
		expect(headingId('III. TỔ CHỨC THỰC HIỆN', taken)).toBe('iii-to-chuc-thuc-hien');
	});
	it('redacts phone numbers but not dates or plan numbers', () => {
		expect(redactPhoneNumbers('SĐT: 0918.384.971) để')).toBe('SĐT: [số điện thoại đã lược bỏ]) để');
		expect(redactPhoneNumbers('ngày 05/02/2026, số 705/KH-BCĐNQ, 0912345678')).toBe('ngày 05/02/2026, số 705/KH-BCĐNQ, [số điện thoại đã lược bỏ]');
	});
});

describe('convention citations', () => {
	it('finds the sentence that cites CAT in each plan', () => {
		const cat = catalog.convention('cat')!;
		const sentences = citingSentences(catalog.plan('2025-trung-uong')!.body, cat);
		expect(sentences).toContain('Tổ chức tuyên truyền kết quả thực hiện Công ước Chống tra tấn (CAT).');
		expect(citingSentences(catalog.plan('2023-bac-giang')!.body, cat).join(' ')).toContain('kết quả thực hiện Công ước Chống tra tấn');
	});
	it('finds CRC in the restored Lạng Sơn text by its Vietnamese name', () => {
		const crc = catalog.convention('crc')!;
		expect(citingSentences(catalog.plan('2025-lang-son')!.body, crc).join(' ')).toMatch(/Công ước về Quyền trẻ em/);
	});
	it('every cited convention has at least one citing sentence in the plan text', () => {
		for (const plan of catalog.plans) {
			for (const id of plan.data.conventions) {
				expect(citingSentences(plan.body, catalog.convention(id)!), `${plan.id} ${id}`).not.toEqual([]);
			}
		}
	});
});

describe('timeline', () => {
	const events = planEvents(catalog.plans);
	it('knows what runs on a day and which deadlines come next', () => {
		const running = inForce(events, '2025-12-05').map((e) => `${e.plan.id}:${e.kind}`);
		expect(running).toContain('2025-trung-uong:campaign');
		expect(running).toContain('2025-an-giang:banners');
		expect(running).not.toContain('2024-tra-vinh:banners');
		expect(upcomingDeadlines(events, '2026-02-06').map((e) => e.plan.id)).toEqual(['2025-trung-uong']);
	});
});

describe('document titles', () => {
	it('always end with the site name; only a very long title is shortened', () => {
		const site = 'Kho kế hoạch nhân quyền';
		expect(documentTitle('So sánh kế hoạch 2025 của tỉnh Lạng Sơn với kế hoạch trung ương', site)).toBe(
			'So sánh kế hoạch 2025 của tỉnh Lạng Sơn với kế hoạch trung ương · Kho kế hoạch nhân quyền',
		);
		expect(documentTitle(site, site)).toBe(site);
		const long = documentTitle('Triển khai các hoạt động tuyên truyền thành tựu bảo đảm quyền con người nhân kỷ niệm 77 năm Ngày Nhân quyền thế giới', site);
		expect(long).toMatch(/… · Kho kế hoạch nhân quyền$/);
	});
});
