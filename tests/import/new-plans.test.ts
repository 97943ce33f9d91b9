/**
 * Plans written for these tests (not the five sources: other provinces, wordings and layouts)
 * go through the whole import command; each draft's frontmatter equals the facts the text was
 * written with, field by field. A department's plan is refused with one line, nothing written.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRealCorpus } from '../../src/lib/content/real-corpus.ts';
import { importText } from '../../src/lib/import/index.ts';
import type { Plan } from '../../src/schemas/plan.ts';
import { ROOT } from '../support/corpus.ts';
import { contentRoot, draftData, runImport, snapshot } from '../support/importer.ts';
import { planDocx, TASKS } from '../support/new-plan.ts';

const fixture = (name: string) => join(ROOT, 'tests', 'fixtures', 'import', name);
type Facts = Omit<Plan, 'source' | 'errata' | 'docType'>;

const PLANS: { file: string; draft: string; facts: Facts; why: string }[] = [
	{
		file: 'quang-tri-2025.txt',
		draft: 'content/plans/2025/quang-tri.mdx',
		why: 'a wrapped "- 10/12/2025)," line inside the opening; tasks for "Ủy ban nhân dân các xã, phường, đặc khu"; "Lưu: VT, CAT"',
		facts: {
			title: 'Tuyên truyền nhân kỷ niệm 77 năm Ngày Quyền con người thế giới (10/12/1948 - 10/12/2025) trên địa bàn tỉnh Quảng Trị',
			number: '188/KH-BCĐNQ',
			numberIllegible: null,
			level: 'tinh',
			province: 'quang-tri',
			issuer: 'bcd-nhan-quyen-tinh',
			issuerName: 'Ban Chỉ đạo Nhân quyền tỉnh Quảng Trị',
			issuedAt: '2025-11-12',
			issuedPlace: 'Quảng Trị',
			signer: { name: 'Hoàng Văn Minh', rank: null, position: 'TRƯỞNG BAN, PHÓ CHỦ TỊCH UBND TỈNH' },
			year: 2025,
			anniversary: 77,
			implements: '2025-trung-uong',
			references: [],
			campaign: { from: '2025-11-20', to: '2025-12-31' },
			banners: { from: '2025-12-01', to: '2025-12-15' },
			reportDeadline: '2025-12-20',
			slogans: [
				{ slogan: 'chao-mung-ky-niem-ngay-nhan-quyen-the-gioi', text: 'Chào mừng kỷ niệm 77 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2025)!' },
				{ slogan: 'chu-dong-tich-cuc-hoi-nhap-quoc-te-ve-quyen-con-nguoi', text: 'Việt Nam chủ động, tích cực hội nhập quốc tế về quyền con người!' },
				{ slogan: 'bao-dam-quyen-cua-moi-nguoi-dan-tu-chinh-sach-den-hanh-dong', text: 'Bảo đảm quyền của mọi người dân - Từ chính sách đến hành động!' },
			],
			// CAT appears only in "Lưu: VT, CAT" (Công an tỉnh): not a convention.
			conventions: ['crpd'],
			assignments: [
				{
					agency: 'so-van-hoa-the-thao-du-lich',
					name: 'Sở Văn hóa, Thể thao và Du lịch',
					summary: 'chủ trì hướng dẫn treo băng rôn, khẩu hiệu tuyên truyền trên các tuyến đường chính từ ngày 01/12/2025 đến ngày 15/12/2025',
				},
				{
					agency: 'cong-an-tinh',
					name: 'Công an tỉnh',
					summary: 'chủ trì tổ chức tọa đàm về thành tựu bảo đảm quyền con người tại các cơ sở giam giữ, cơ sở giáo dục bắt buộc',
				},
				{
					agency: 'ubnd-cap-xa',
					name: 'Ủy ban nhân dân các xã, phường, đặc khu',
					summary: 'tổ chức tuyên truyền trên hệ thống thông tin cơ sở và tại các buổi sinh hoạt cộng đồng dân cư',
				},
			],
		},
	},
	{
		file: 'gia-lai-2024.txt',
		draft: 'content/plans/2024/gia-lai.mdx',
		why: 'tasks under "III. NHIỆM VỤ, GIẢI PHÁP" while "IV. TỔ CHỨC THỰC HIỆN" holds only the report clause; one paragraph per line',
		facts: {
			title: 'Tổ chức các hoạt động tuyên truyền kỷ niệm 76 năm Ngày Quyền con người thế giới (10/12/1948 - 10/12/2024)',
			number: '215/KH-UBND',
			numberIllegible: null,
			level: 'tinh',
			province: 'gia-lai',
			issuer: 'ubnd-tinh',
			issuerName: 'Ủy ban nhân dân tỉnh Gia Lai',
			issuedAt: '2024-10-28',
			issuedPlace: 'Gia Lai',
			signer: { name: 'Nguyễn Thị Thanh Lịch', rank: null, position: 'TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH' },
			year: 2024,
			anniversary: 76,
			implements: '05-kh-bcdnq-2024',
			references: [],
			campaign: { from: '2024-11-01', to: '2024-12-31' },
			banners: { from: '2024-11-25', to: '2024-12-12' },
			reportDeadline: '2024-12-20',
			slogans: [],
			conventions: ['cat'],
			assignments: [
				{ agency: 'so-tu-phap', name: 'Sở Tư pháp', summary: 'Chủ trì tổ chức các hoạt động phổ biến, giáo dục pháp luật về quyền con người …' },
				{
					agency: 'so-thong-tin-truyen-thong',
					name: 'Sở Thông tin và Truyền thông',
					summary: 'Hướng dẫn các cơ quan báo chí trên địa bàn tỉnh đăng tải tin, bài về thành tựu quyền con người …',
				},
				{
					agency: 'ban-dan-toc-tinh',
					name: 'Ban Dân tộc tỉnh',
					summary: 'Tuyên truyền chính sách dân tộc, bảo đảm quyền của đồng bào dân tộc thiểu số trên địa bàn tỉnh',
				},
				{
					agency: 'ubnd-cap-huyen',
					name: 'Ủy ban nhân dân các huyện, thị xã, thành phố',
					summary: 'Căn cứ tình hình thực tế, tổ chức tuyên truyền phù hợp với đặc điểm của địa phương',
				},
			],
		},
	},
	{
		file: 'tay-ninh-2025.txt',
		draft: 'content/plans/2025/tay-ninh.mdx',
		why: 'lettered task headings naming "Sở VH, TT&DL" and "UBND các xã, phường"; a new slogan; "Lưu: VT, CAT"',
		facts: {
			title: 'Tuyên truyền kỷ niệm 77 năm Ngày Quyền con người thế giới (10/12/1948 - 10/12/2025) trên địa bàn tỉnh Tây Ninh',
			number: '96/KH-BCĐNQ',
			numberIllegible: null,
			level: 'tinh',
			province: 'tay-ninh',
			issuer: 'bcd-nhan-quyen-tinh',
			issuerName: 'Ban Chỉ đạo về Nhân quyền tỉnh Tây Ninh',
			issuedAt: '2025-11-18',
			issuedPlace: 'Tây Ninh',
			signer: { name: 'Lê Văn Hùng', rank: 'Đại tá', position: 'KT. TRƯỞNG BAN, PHÓ TRƯỞNG BAN, GIÁM ĐỐC CÔNG AN TỈNH' },
			year: 2025,
			anniversary: 77,
			implements: '2025-trung-uong',
			references: [],
			campaign: { from: '2025-11-25', to: '2025-12-25' },
			banners: null,
			reportDeadline: '2026-01-05',
			slogans: [
				{ slogan: 'chu-dong-tich-cuc-hoi-nhap-quoc-te-ve-quyen-con-nguoi', text: 'Việt Nam chủ động, tích cực hội nhập quốc tế về quyền con người!' },
				{ slogan: 'tay-ninh-chung-tay-bao-dam-quyen-con-nguoi', text: 'Tây Ninh chung tay bảo đảm quyền con người vì sự phát triển bền vững!' },
			],
			conventions: [],
			assignments: [
				{
					agency: 'so-van-hoa-the-thao-du-lich',
					name: 'Sở VH, TT&DL',
					summary: 'Chủ trì tổ chức triển lãm ảnh về thành tựu quyền con người tại Trung tâm Văn hóa tỉnh',
				},
				{ agency: 'cong-an-tinh', name: 'Công an tỉnh', summary: 'Tổng hợp kết quả, báo cáo Ban Chỉ đạo Nhân quyền Chính phủ trước ngày 05/01/2026' },
				{ agency: 'ubnd-cap-xa', name: 'UBND các xã, phường', summary: 'Tổ chức treo băng rôn, khẩu hiệu tại trụ sở và nơi công cộng' },
			],
		},
	},
];

describe('plans written for the tests, through the import command', () => {
	for (const { file, draft, facts, why } of PLANS) {
		it(`${file} (${why}): the draft's frontmatter equals the facts, field by field, and passes the check`, () => {
			const root = contentRoot();
			const run = runImport(root, [fixture(file)]);
			expect(run.stderr).toBe('');
			expect(run.stdout).toContain('Content check: the draft passes.');
			expect(run.status).toBe(0);
			const data = draftData(join(root, draft));
			for (const [key, value] of Object.entries(facts)) expect({ [key]: data[key as keyof Plan] }).toEqual({ [key]: value });
			expect(data.source).toEqual({
				file: `content/sources/${draft.split('/')[2]}-${draft.split('/')[3].replace('.mdx', '')}.txt`,
				kind: 'text',
				restored: false,
			});
			// No proposal of a new agency kind: every tasked body is in the catalogue.
			expect(run.stdout).not.toMatch(/^ {2}agencies: /m);
		});
	}

	it('a new slogan is proposed under the id of its first words', () => {
		const run = runImport(contentRoot(), [fixture('tay-ninh-2025.txt')]);
		expect(run.stdout).toMatch(/^ {2}slogans: tay-ninh-chung-tay-bao-dam-quyen-con-nguoi \(line \d+\) — slogan not in slogans.yaml$/m);
	});

	it('a department’s plan (a Sở implementing its province’s plan) exits 2 with one line naming the level, and writes nothing', () => {
		const root = contentRoot();
		const before = snapshot(root);
		const run = runImport(root, [fixture('ha-nam-so-vhttdl-2025.txt')]);
		expect(run.status).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr.trim().split('\n')).toHaveLength(1);
		expect(run.stderr).toMatch(/ha-nam-so-vhttdl-2025\.txt: issued by Sở Văn hóa, Thể thao và Du lịch \(line \d+\), a provincial department \(Sở\)/);
		expect(snapshot(root)).toEqual(before);
		// Not even with --force over the province's own plan id.
		expect(runImport(root, [fixture('ha-nam-so-vhttdl-2025.txt'), '--force']).status).toBe(2);
		expect(snapshot(root)).toEqual(before);
	});
});

describe('a task table', () => {
	it('a Word file whose tasks are a table: each row’s lead body is assigned, and the table row is the place that names it', async () => {
		const file = join(mkdtempSync(join(tmpdir(), 'kho-table-')), 'khanh-hoa.docx');
		writeFileSync(file, await planDocx());
		const root = contentRoot();
		const run = runImport(root, [file]);
		expect(run.stdout).toContain('Content check: the draft passes.');
		const data = draftData(join(root, 'content', 'plans', '2025', 'khanh-hoa.mdx'));
		const leads = TASKS.slice(1).map((row) => row[2]);
		expect(data.assignments.slice(0, leads.length).map((a) => a.name)).toEqual(leads);
		expect(data.assignments.slice(0, leads.length).map((a) => a.summary)).toEqual(TASKS.slice(1).map((row) => row[1]));
		const body = readFileSync(join(root, 'content', 'plans', '2025', 'khanh-hoa.mdx'), 'utf8').split(/^---$/m)[2];
		// "Sở Tư pháp" is named only in a table row: the check accepts it there.
		expect(body.split('\n').filter((l) => l.includes('Sở Tư pháp'))).toEqual([expect.stringMatching(/^\| 2 \|/)]);
	});
});

describe('the same plans as OCR reads them', () => {
	const { corpus } = readRealCorpus(ROOT);
	it('a section numeral misread as "HII." does not switch task extraction off', () => {
		const text = readFileSync(fixture('gia-lai-2024.txt'), 'utf8').replace('III. NHIỆM VỤ, GIẢI PHÁP', 'HII. NHIỆM VỤ, GIẢI PHÁP');
		const result = importText({ text, kind: 'ocr', sourceFile: 'x.txt', corpus });
		expect(result.data.assignments.map((a) => a.agency)).toEqual(['so-tu-phap', 'so-thong-tin-truyen-thong', 'ban-dan-toc-tinh', 'ubnd-cap-huyen']);
	});
});
