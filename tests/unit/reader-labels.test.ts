/** How facts and their caveats are named: field labels, note lookup, copies with notes, the plan's number and issuer, the operator. */
import { describe, expect, it } from 'vitest';
import { fieldLabel, notesFor, withNotes } from '../../src/lib/errata/fields.ts';
import { citation, issuerWithProvince, numberDisplay, planLabel } from '../../src/lib/plan-label.ts';
import { missingForProduction, parseOperator } from '../../src/lib/operator.ts';
import { sentenceCase, sloganWording } from '../../src/lib/format.ts';
import { campaignChartSvg } from '../../src/lib/charts/timeline-chart.ts';
import type { Plan } from '../../src/schemas/plan.ts';

const base = {
	title: 'Triển khai tuyên truyền',
	number: null,
	numberIllegible: null,
	level: 'tinh',
	issuerName: 'Ban Chỉ đạo Nhân quyền tỉnh',
	issuedAt: '2025-12-04',
	year: 2025,
} as unknown as Plan;

describe('field labels', () => {
	it('names fields and list items in words, never as paths', () => {
		expect(fieldLabel('signer')).toBe('Người ký');
		expect(fieldLabel('slogans[0]')).toBe('Khẩu hiệu thứ 1');
		expect(fieldLabel('assignments[11]')).toBe('Nhiệm vụ thứ 12');
		expect(fieldLabel('reportDeadline')).toBe('Hạn báo cáo');
		expect(fieldLabel(undefined)).toBeNull();
		expect(fieldLabel('somethingNew')).toBe('Thông tin khác');
	});

	it('finds the notes of a field or item with their numbers on the page', () => {
		const errata = [
			{ kind: 'ghi-chu', note: 'a', field: 'signer' },
			{ kind: 'loi-in', note: 'b' },
			{ kind: 'ghi-chu', note: 'c', field: 'slogans[1]' },
			{ kind: 'ghi-chu', note: 'd', field: 'issuerName' },
		] as Plan['errata'];
		expect(notesFor(errata, 'signer').map((x) => x.n)).toEqual([1]);
		expect(notesFor(errata, 'slogans', 1).map((x) => x.n)).toEqual([3]);
		expect(notesFor(errata, 'slogans', 0)).toEqual([]);
		expect(notesFor(errata, 'issuerName').map((x) => x.n)).toEqual([4]);
	});

	it('copies a text with its notes, and a text without notes as it is', () => {
		const notes = [{ n: 4, erratum: { kind: 'ghi-chu' as const, note: 'Đúng phải là 77 năm.', field: 'slogans[0]' } }];
		expect(withNotes('… 99 năm …', notes)).toBe('… 99 năm … [Ghi chú về dữ liệu: Đúng phải là 77 năm.]');
		expect(withNotes('Văn bản', [])).toBe('Văn bản');
	});
});

describe('a plan’s number and issuer', () => {
	it('shows the legible part of a number, its illegible part marked, and nothing when none is printed', () => {
		const partly = { ...base, numberIllegible: '400…/KH-BCĐNQ-CQTT' };
		expect(numberDisplay(partly)).toBe('400…/KH-BCĐNQ-CQTT (đọc không đầy đủ)');
		expect(planLabel(partly, 'tỉnh Lạng Sơn')).toBe('Kế hoạch số 400…/KH-BCĐNQ-CQTT (tỉnh Lạng Sơn, 2025; số hiệu đọc không đầy đủ)');
		expect(citation(partly, 'Lạng Sơn', 'tỉnh Lạng Sơn')).toMatch(/Kế hoạch số 400…\/KH-BCĐNQ-CQTT \(số hiệu đọc không đầy đủ\) ngày 04\/12\/2025/);
		expect(numberDisplay(base)).toBeNull();
		expect(citation(base, 'An Giang', 'tỉnh An Giang')).not.toContain('không rõ');
	});

	it('adds the province to an issuer that leaves it out, marked as added', () => {
		expect(issuerWithProvince(base, 'An Giang', 'tỉnh An Giang')).toBe('Ban Chỉ đạo Nhân quyền tỉnh [An Giang]');
		expect(issuerWithProvince({ ...base, issuerName: 'Ban Chỉ đạo' }, 'An Giang', 'tỉnh An Giang')).toBe('Ban Chỉ đạo (tỉnh An Giang)');
		expect(issuerWithProvince({ ...base, issuerName: 'Ban Chỉ đạo về Nhân quyền tỉnh Trà Vinh' }, 'Trà Vinh', 'tỉnh Trà Vinh')).toBe(
			'Ban Chỉ đạo về Nhân quyền tỉnh Trà Vinh',
		);
		expect(issuerWithProvince({ ...base, level: 'trung-uong', issuerName: 'Ban Chỉ đạo Nhân quyền Chính phủ' }, '', '')).toBe(
			'Ban Chỉ đạo Nhân quyền Chính phủ',
		);
	});
});

describe('wording', () => {
	it('reads a slogan template as text, and capitalises a label that starts a cell', () => {
		expect(sloganWording('Chào mừng kỷ niệm {n} năm (10/12/1948 – 10/12/{yyyy})')).toBe('Chào mừng kỷ niệm … năm (10/12/1948 – 10/12/…)');
		expect(sentenceCase('tỉnh An Giang')).toBe('Tỉnh An Giang');
		expect(sentenceCase('đợt')).toBe('Đợt');
	});
});

describe('the operator', () => {
	it('reads SITE_OPERATOR as name; address', () => {
		expect(parseOperator('Văn phòng X; số 1 phố Y, Hà Nội')).toEqual({ name: 'Văn phòng X', address: 'số 1 phố Y, Hà Nội' });
		expect(parseOperator('Văn phòng X')).toEqual({ name: 'Văn phòng X', address: null });
		expect(parseOperator('  ')).toBeNull();
		expect(parseOperator(undefined)).toBeNull();
	});

	it('lists what a production build lacks', () => {
		expect(missingForProduction({})).toHaveLength(3);
		expect(missingForProduction({ SITE_URL: 'https://a.example', REPORT_URL: 'mailto:a@a.example', SITE_OPERATOR: 'X' })).toEqual([
			expect.stringContaining('SITE_OPERATOR'),
		]);
		expect(missingForProduction({ SITE_URL: 'https://a.example', REPORT_URL: 'mailto:a@a.example', SITE_OPERATOR: 'X; Y' })).toEqual([]);
	});
});

describe('the campaign chart’s phone layout', () => {
	const rows = [
		{
			id: 'a',
			label: 'Trung ương',
			href: '/a/',
			central: true,
			group: 'Trung ương',
			issuedAt: '2025-11-01',
			campaign: { from: '2025-12-01', to: '2025-12-30' },
			banners: null,
			reportDeadline: null,
		},
		{
			id: 'b',
			label: 'tỉnh Lạng Sơn',
			href: '/b/',
			central: false,
			group: 'tỉnh Lạng Sơn',
			issuedAt: null,
			campaign: { from: '2025-12-01', to: null },
			banners: null,
			reportDeadline: null,
		},
	];
	it('is narrow, with each label above its bars, the legend in one column', () => {
		const svg = campaignChartSvg({ year: 2025, rows, title: 'T', idPrefix: 'n', narrow: true });
		expect(svg).toMatch(/class="tl tl-narrow" viewBox="0 0 340 /);
		// Label at the row's top line, the campaign bar below it.
		const label = Number(/<text x="6" y="(\d+)">Trung ương/.exec(svg)![1]);
		const bar = Number(/<rect class="tl-c" x="[\d.]+" y="(\d+)"/.exec(svg)![1]);
		expect(bar).toBeGreaterThan(label);
		// Six legend items, one per line.
		const legendYs = [...svg.split('<g class="tl-lg">')[1].matchAll(/<text x="[\d.]+" y="([\d.]+)"/g)].map((m) => m[1]);
		expect(new Set(legendYs).size).toBe(6);
		expect(campaignChartSvg({ year: 2025, rows, title: 'T', idPrefix: 'w' })).toMatch(/class="tl tl-wide" viewBox="0 0 800 /);
	});
});
