/**
 * The field extractors one by one (src/lib/import/extract/), on small texts written here:
 * header, title, issuer and level, references, periods, slogans, conventions, tasks, signer;
 * agency-name variants; the plans the knowledge base does not hold; wrapped "- " lines; a
 * title that starts "Thực hiện …"; names and paths the command writes.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRealCorpus } from '../../src/lib/content/real-corpus.ts';
import { splitDocument } from '../../src/lib/import/document.ts';
import { extractConventions } from '../../src/lib/import/extract/conventions.ts';
import { extractHeader } from '../../src/lib/import/extract/header.ts';
import { extractIssuer, issuerNameIn } from '../../src/lib/import/extract/issuer.ts';
import { extractPeriods } from '../../src/lib/import/extract/periods.ts';
import { extractReferences } from '../../src/lib/import/extract/references.ts';
import { checkScope, OutOfScope, otherLevelOf } from '../../src/lib/import/extract/scope.ts';
import { extractSigner } from '../../src/lib/import/extract/signer.ts';
import { extractSlogans } from '../../src/lib/import/extract/slogans.ts';
import { extractTasks, isSectionHeading, levelOfName, sectionsOf, type TableBlock } from '../../src/lib/import/extract/tasks.ts';
import { extractTitle } from '../../src/lib/import/extract/title.ts';
import { field, missing, newContext } from '../../src/lib/import/extract/types.ts';
import { agencyCandidates } from '../../src/lib/import/extract/agencies.ts';
import { agencyKey, agencyWords, prefixMatch } from '../../src/lib/import/match.ts';
import { confine, checkReportPath, printable, UnsafePath } from '../../src/lib/import/output.ts';
import { contentLines, joinLines } from '../../src/lib/import/text.ts';
import { ROOT } from '../support/corpus.ts';

const { corpus } = readRealCorpus(ROOT);
const docOf = (text: string) => splitDocument(contentLines(text));
const ctxOf = (text: string, ocr = false) => newContext(docOf(text), { corpus, ocr });
const HEAD = ['BAN CHỈ ĐẠO NHÂN QUYỀN TỈNH', 'Số: 41/KH-BCĐNQ', 'Bến Tre, ngày 05 tháng 11 năm 2025', 'KẾ HOẠCH'];
const plan = (...lines: string[]) => [...HEAD, ...lines].join('\n');
const OPENING =
	'Thực hiện Kế hoạch số 705/KH-BCĐNQ ngày 01/11/2025 của Ban Chỉ đạo Nhân quyền Chính phủ, Ban Chỉ đạo Nhân quyền tỉnh Bến Tre ban hành Kế hoạch như sau:';
const TITLE = 'Tuyên truyền kỷ niệm 77 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2025)';

describe('header', () => {
	it('reads the number, the date and the place, each from its line', () => {
		const h = extractHeader(ctxOf(plan(TITLE, OPENING)));
		expect(h.number).toMatchObject({ value: '41/KH-BCĐNQ', line: 2, confidence: 'high' });
		expect(h.issuedAt).toMatchObject({ value: '2025-11-05', line: 3 });
		expect(h.issuedPlace).toMatchObject({ value: 'Bến Tre', line: 3 });
	});
	it('keeps what can be read of a partly illegible number, with an erratum', () => {
		const ctx = ctxOf(plan(TITLE, OPENING).replace('Số: 41/KH', 'So: 4#/KH'), true);
		const h = extractHeader(ctx);
		expect(h.number.value).toBeNull();
		expect(h.numberIllegible.value).toBe('…/KH-BCĐNQ');
		expect(ctx.errata.map((e) => e.field)).toEqual(['number']);
	});
	it('says what the document does not print', () => {
		const h = extractHeader(ctxOf(['KẾ HOẠCH', TITLE, OPENING].join('\n')));
		expect([h.number.value, h.issuedAt.value, h.issuedPlace.value]).toEqual([null, null, null]);
		expect(h.number.note).toMatch(/prints no number/);
	});
});

describe('title, year and anniversary', () => {
	it('takes the year from "(10/12/1948 - 10/12/yyyy)" and reports a wrong printed anniversary', () => {
		const ctx = ctxOf(plan(TITLE.replace('77 năm', '78 năm'), OPENING));
		const t = extractTitle(ctx, missing(null));
		expect([t.year.value, t.anniversary.value]).toEqual([2025, 77]);
		expect(ctx.errata[0].note).toMatch(/kỷ niệm 78 năm/);
	});
	it('falls back on the anniversary, then on the issue date', () => {
		expect(extractTitle(ctxOf(plan('Tuyên truyền kỷ niệm 76 năm Ngày Nhân quyền thế giới', OPENING.replace('(', ''))), missing(null)).year).toMatchObject({
			value: 2024,
			confidence: 'medium',
		});
		const t = extractTitle(
			ctxOf(plan('Tuyên truyền về quyền con người', 'Căn cứ chương trình công tác, Ban Chỉ đạo ban hành Kế hoạch như sau:')),
			field('2023-11-02', 3, 'high'),
		);
		expect(t.year).toMatchObject({ value: 2023, confidence: 'low' });
	});
});

describe('issuer, province and level', () => {
	it('names the issuing body as the opening does, and the province from the opening', () => {
		const i = extractIssuer(ctxOf(plan(TITLE, OPENING)));
		expect(i.issuerName.value).toBe('Ban Chỉ đạo Nhân quyền tỉnh Bến Tre');
		expect(i.issuer.value).toBe('bcd-nhan-quyen-tinh');
		expect([i.province.value, i.level.value]).toEqual(['ben-tre', 'tinh']);
	});
	it('keeps a comma that belongs to the name, not one that ends a citation', () => {
		const c = agencyCandidates(corpus, false);
		expect(issuerNameIn('Căn cứ Kế hoạch số 9/KH-UBND ngày 2/11/2025 của UBND tỉnh, Sở Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch như sau:', c)?.name).toBe(
			'Sở Văn hóa, Thể thao và Du lịch',
		);
		expect(issuerNameIn('Thực hiện Kế hoạch số 705/KH-BCĐNQ, Ủy ban nhân dân tỉnh ban hành Kế hoạch:', c)?.name).toBe('Ủy ban nhân dân tỉnh');
	});
	it('from a header OCR read when the opening’s name is garbled; otherwise reported', () => {
		const garbled = 'Thyc hien Ke hoach 705/KH-BCDNQ, Rq Cn đ Nlq tl ban hanh Ke hoach nhu sau:';
		const ctx = ctxOf(plan(TITLE, garbled).replace('BAN CHỈ ĐẠO NHÂN QUYỀN TỈNH', 'UBND TINH BEN TRE\nBAN CHI ĐAO NHAN QUYEN TINH'), true);
		const i = extractIssuer(ctx);
		expect(i.issuer).toMatchObject({ value: 'bcd-nhan-quyen-tinh', line: 2, confidence: 'low' });
		expect(i.issuerName.value).toBe('BAN CHI ĐAO NHAN QUYEN TINH');
		const none = ctxOf(['KẾ HOẠCH', TITLE, garbled].join('\n'), true);
		expect(extractIssuer(none).issuer).toMatchObject({ value: '', line: null });
		expect(none.warnings).toEqual([expect.stringMatching(/^Issuer not found/)]);
	});
	it('a central plan: no province, the central committee', () => {
		const i = extractIssuer(
			ctxOf(['KẾ HOẠCH', TITLE, 'Thực hiện Chương trình công tác năm 2025, Ban Chỉ đạo Nhân quyền Chính phủ ban hành kế hoạch như sau:'].join('\n')),
		);
		expect([i.province.value, i.issuer.value, i.level.value]).toEqual([null, 'bcd-nhan-quyen-chinh-phu', 'trung-uong']);
	});
});

describe('plans of other levels', () => {
	const refusal = (opening: string, number: string | null = null, head = HEAD) => {
		const ctx = ctxOf([...head, TITLE, opening].join('\n'));
		const i = extractIssuer(ctx);
		try {
			checkScope(corpus, i.issuer, i.issuerName, number);
			return null;
		} catch (e) {
			expect(e).toBeInstanceOf(OutOfScope);
			return (e as Error).message;
		}
	};
	it.each([
		['Sở Tư pháp xây dựng Kế hoạch', /Sở Tư pháp \(line \d\), a provincial department/],
		['Bộ Tư pháp ban hành Kế hoạch', /a ministry/],
		['Ủy ban nhân dân huyện Châu Thành ban hành Kế hoạch', /a district/],
		['UBND xã Tân Phú ban hành Kế hoạch', /a commune/],
		['Công an tỉnh xây dựng Kế hoạch', /a provincial agency/],
	])('"%s" is refused, naming the level', (issuer, message) => {
		expect(refusal(`Thực hiện Kế hoạch số 705/KH-BCĐNQ ngày 01/11/2025, ${issuer} như sau:`)).toMatch(message);
	});
	it('the steering committees and the provincial People’s Committee are not', () => {
		expect(refusal(OPENING)).toBeNull();
		expect(refusal('Thực hiện Kế hoạch số 705/KH-BCĐNQ, Ủy ban nhân dân tỉnh Bến Tre ban hành Kế hoạch như sau:')).toBeNull();
	});
	it('when the opening names no issuer: the header’s body, else a department’s number, tells', () => {
		const opening = 'Nhằm tuyên truyền thành tựu quyền con người.';
		expect(refusal(opening, null, ['UBND TỈNH BẾN TRE', 'SỞ TƯ PHÁP', 'KẾ HOẠCH'])).toMatch(/^issued by SỞ TƯ PHÁP \(line 2\), a provincial department/);
		expect(refusal(opening, 'SVHTTDL', ['Số: 12/KH-SVHTTDL', 'KẾ HOẠCH'])).toMatch(/number's code "SVHTTDL" is a provincial department's/);
		expect(otherLevelOf('Ban Chỉ đạo Nhân quyền tỉnh')).toBeNull();
	});
});

describe('references', () => {
	it('the implemented plan from an opening "Thực hiện", other citations as references or proposals', () => {
		const ctx = ctxOf(
			plan(TITLE, OPENING, 'I. MỤC ĐÍCH', '1. Bám sát Quyết định số 1079/QĐ-TTg ngày 14/9/2022 và Kế hoạch số 77/KH-UBND ngày 03/3/2025 của UBND tỉnh.'),
		);
		const r = extractReferences(ctx, { number: '41/KH-BCĐNQ', year: 2025, province: 'ben-tre' });
		expect(r.implements.value).toBe('2025-trung-uong');
		expect(r.references.value).toEqual(['1079-qd-ttg-2022', '77-kh-ubnd-2025-ben-tre']);
		expect(ctx.proposals.map((p) => p.entry.id)).toEqual(['77-kh-ubnd-2025-ben-tre']);
	});
});

describe('periods', () => {
	it('the campaign, the banners and the report deadline, each from its sentence', () => {
		const p = extractPeriods(
			ctxOf(
				plan(
					TITLE,
					OPENING,
					'1. Thời gian tuyên truyền: từ ngày 15/11/2025 đến ngày 31/12/2025.',
					'2. Treo băng rôn từ ngày 01/12/2025 đến ngày 12/12/2025.',
					'3. Báo cáo kết quả trước ngày 25/12/2025.',
				),
			),
			'2025-11-05',
		);
		expect([p.campaign.value, p.banners.value, p.reportDeadline.value]).toEqual([
			{ from: '2025-11-15', to: '2025-12-31' },
			{ from: '2025-12-01', to: '2025-12-12' },
			'2025-12-25',
		]);
	});
	it('"from the plan’s issue date" without a printed date is an erratum, the start left empty', () => {
		const ctx = ctxOf(plan(TITLE, OPENING, '1. Thời gian tuyên truyền: từ ngày Kế hoạch được ban hành đến hết ngày 31/12/2025.'));
		expect(extractPeriods(ctx, null).campaign.value).toEqual({ from: null, to: '2025-12-31' });
		expect(ctx.errata[0].field).toBe('campaign');
	});
});

describe('slogans', () => {
	it('matches catalogued wordings and proposes new ones', () => {
		const ctx = ctxOf(
			plan(TITLE, OPENING, '3. Khẩu hiệu:', '- “Việt Nam quyết tâm đẩy lùi nạn mua, bán người!”;', '- Bến Tre vững bước cùng quyền con người!', 'III. TỔ CHỨC'),
		);
		const s = extractSlogans(ctx, 2025, 77);
		expect(s.value.map((x) => x.slogan)).toEqual(['quyet-tam-day-lui-nan-mua-ban-nguoi', 'ben-tre-vung-buoc-cung-quyen-con-nguoi']);
		expect(s.value[0].text).toBe('Việt Nam quyết tâm đẩy lùi nạn mua, bán người!');
		expect(ctx.proposals.map((p) => p.collection)).toEqual(['slogans']);
	});
});

describe('conventions', () => {
	it('by name or abbreviation in the text, not in "Nơi nhận" or "Lưu: VT, CAT"', () => {
		const text = plan(
			TITLE,
			OPENING,
			'1. Tuyên truyền Công ước về quyền trẻ em (CRC).',
			'Nơi nhận:',
			'- Sở Tư pháp;',
			'- Lưu: VT, CAT.',
			'TRƯỞNG BAN',
			'Nguyễn Văn An',
		);
		expect(extractConventions(ctxOf(text)).value).toEqual(['crc']);
		expect(extractConventions(ctxOf(text.replace('(CRC).', '(CRC) và Công ước chống tra tấn.'))).value).toEqual(['crc', 'cat']);
	});
});

describe('tasks', () => {
	const tasks = (text: string, ocr = false) => extractTasks(ctxOf(text, ocr), false).value.map((a) => `${a.agency}: ${a.name}`);
	it('in a section whose numbered items name bodies, whatever its name', () => {
		const text = plan(
			TITLE,
			OPENING,
			'II. CÁC HOẠT ĐỘNG TRỌNG TÂM',
			'1. Sở Tư pháp: tổ chức thi tìm hiểu pháp luật.',
			'2. Sở Y tế: tuyên truyền quyền được chăm sóc sức khỏe.',
			'III. KINH PHÍ',
			'1. Sở Tài chính: bố trí kinh phí.',
		);
		expect(tasks(text)).toEqual(['so-tu-phap: Sở Tư pháp', 'so-y-te: Sở Y tế']);
	});
	it('not in a section where a single item happens to start with a body', () => {
		expect(tasks(plan(TITLE, OPENING, 'II. NỘI DUNG', '1. Sở Tư pháp là cơ quan thường trực.', '2. Tuyên truyền trên báo chí.'))).toEqual([]);
	});
	it('after a misread section numeral ("HII.")', () => {
		expect(isSectionHeading('HII. TỔ CHỨC THỰC HIỆN')).toBe(true);
		expect(isSectionHeading('11. Sở Y tế')).toBe(false);
		expect(tasks(plan(TITLE, OPENING, 'HII. TỔ CHỨC THỰC HIỆN', '1. Sở Ngoại vụ: phối hợp thông tin đối ngoại.'), true)).toEqual(['so-ngoai-vu: Sở Ngoại vụ']);
	});
	it('from a task table’s "Cơ quan chủ trì" column', () => {
		const doc = docOf(plan(TITLE, OPENING, 'III. NHIỆM VỤ', 'Bảng phân công'));
		const table: TableBlock = {
			...doc.body.at(-1)!,
			table: [
				['TT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian'],
				['1', 'Tọa đàm về quyền trẻ em', 'Sở Giáo dục và Đào tạo', 'Sở Y tế', 'Tháng 12'],
				['2', 'Treo băng rôn', 'UBND các xã, phường, đặc khu', 'Sở VH, TT&DL', 'Tháng 12'],
				['3', 'Phát thanh', 'Đài Phát thanh và Truyền hình tỉnh', '', 'Tháng 12'],
			],
		};
		const ctx = newContext({ ...doc, body: [...doc.body.slice(0, -1), table] }, { corpus, ocr: false });
		const found = extractTasks(ctx, false);
		expect(found.value).toEqual([
			{ agency: 'so-giao-duc-dao-tao', name: 'Sở Giáo dục và Đào tạo', summary: 'Tọa đàm về quyền trẻ em' },
			{ agency: 'ubnd-cap-xa', name: 'UBND các xã, phường, đặc khu', summary: 'Treo băng rôn' },
			{ agency: 'dai-phat-thanh-va-truyen-hinh-tinh', name: 'Đài Phát thanh và Truyền hình tỉnh', summary: 'Phát thanh' },
		]);
		expect(ctx.proposals.map((p) => [p.collection, p.entry.level])).toEqual([['agencies', 'tinh']]);
	});
	it('sections end at "Nơi nhận"', () => {
		expect(sectionsOf(docOf(plan(TITLE, OPENING, 'I. MỤC ĐÍCH', 'Nơi nhận:', '- Sở Tư pháp;')).body).flatMap((s) => s.blocks.map((b) => b.text))).toEqual([
			OPENING,
		]);
	});
});

describe('signer', () => {
	it('the rank and name on the last line, the positions in capitals above it', () => {
		const s = extractSigner(
			docOf(plan(TITLE, OPENING, 'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'KT. TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'Thiếu tướng Trần Văn Bình')),
			false,
		);
		expect(s.value).toEqual({ name: 'Trần Văn Bình', rank: 'Thiếu tướng', position: 'KT. TRƯỞNG BAN, PHÓ TRƯỞNG BAN' });
	});
	it('none when the text ends without a name', () => {
		expect(extractSigner(docOf(plan(TITLE, OPENING, 'Nơi nhận:', '- Như trên;')), false)).toMatchObject({ value: null, note: 'no signature block found' });
	});
});

describe('agency names in their usual variants', () => {
	const candidates = agencyCandidates(corpus, false);
	const match = (text: string) => prefixMatch(agencyWords(text), candidates, 1)?.item ?? null;
	it.each([
		['Ủy ban nhân dân các xã, phường, đặc khu', 'ubnd-cap-xa'],
		['UBND các xã, phường, đặc khu', 'ubnd-cap-xa'],
		['Ủy ban nhân dân các xã, phường', 'ubnd-cap-xa'],
		['UBND các xã, phường', 'ubnd-cap-xa'],
		['UBND xã, phường, thị trấn', 'ubnd-cap-xa'],
		['Ủy ban nhân dân cấp xã', 'ubnd-cap-xa'],
		['UBND các huyện, thị xã, thành phố', 'ubnd-cap-huyen'],
		['Ủy ban nhân dân các huyện, thành phố thuộc tỉnh', 'ubnd-cap-huyen'],
		['UBND tỉnh', 'ubnd-tinh'],
		['Ủy ban nhân dân tỉnh', 'ubnd-tinh'],
		['Sở VH, TT&DL', 'so-van-hoa-the-thao-du-lich'],
		['Sở VHTTDL', 'so-van-hoa-the-thao-du-lich'],
		['Sở Văn hóa, Thể thao và Du lịch', 'so-van-hoa-the-thao-du-lich'],
		['Sở Văn hóa Thể thao Du lịch', 'so-van-hoa-the-thao-du-lich'],
		['Sở Văn hóa và Thể thao', 'so-van-hoa-the-thao'],
		['Sở TT&TT', 'so-thong-tin-truyen-thong'],
		['Sở GD&ĐT', 'so-giao-duc-dao-tao'],
		['Sở LĐ-TB&XH', 'so-lao-dong-thuong-binh-xa-hoi'],
		['BCĐ Nhân quyền tỉnh', 'bcd-nhan-quyen-tinh'],
		['Văn phòng UBND tỉnh', 'van-phong-ubnd-tinh'],
	])('"%s" → %s', (text, id) => {
		expect(match(`${text} chủ trì`)).toBe(id);
	});
	it('a commune’s or a district’s body is never a new kind at level "tinh"', () => {
		expect(levelOfName('Ủy ban nhân dân các phường, đặc khu')).toBe('xa');
		expect(levelOfName('UBND các huyện')).toBe('huyen');
		expect(levelOfName('Đài Phát thanh tỉnh')).toBeNull();
		expect(agencyKey('UBND thành phố Cần Thơ')).toBe('uy ban nhan dan thanh pho can tho');
	});
});

describe('wrapped "- " lines and a title that starts "Thực hiện"', () => {
	const blocks = (...lines: string[]) => joinLines(contentLines(lines.join('\n'))).map((b) => b.text);
	const full = 'Thực hiện Kế hoạch số 705/KH-BCĐNQ của Ban Chỉ đạo Nhân quyền Chính phủ về kỷ niệm Ngày';
	it('inside a parenthesis, or after a full line that did not end, a "- " line continues the paragraph', () => {
		expect(blocks(full, 'Nhân quyền thế giới (10/12/1948', '- 10/12/2025), Ban Chỉ đạo ban hành Kế hoạch:', '- Sở Tư pháp;')).toEqual([
			`${full} Nhân quyền thế giới (10/12/1948 - 10/12/2025), Ban Chỉ đạo ban hành Kế hoạch:`,
			'- Sở Tư pháp;',
		]);
		expect(blocks(full, '- 2025 của tỉnh.', 'Tiếp theo.')).toEqual([`${full} - 2025 của tỉnh.`, 'Tiếp theo.']);
	});
	it('a list after a colon or a finished sentence stays a list', () => {
		expect(blocks('Nội dung gồm:', '- tuyên truyền;', '- tọa đàm.')).toEqual(['Nội dung gồm:', '- tuyên truyền;', '- tọa đàm.']);
		expect(blocks(`${full}.`, '- 10 cuộc tọa đàm.')).toEqual([`${full}.`, '- 10 cuộc tọa đàm.']);
	});
	it('"Thực hiện …" right after "KẾ HOẠCH" is the title when the opening follows', () => {
		const doc = docOf(
			[
				'KẾ HOẠCH',
				'Thực hiện Kế hoạch số 140/KH-UBND về kỷ niệm Ngày Quyền con người',
				'-----',
				'Căn cứ Kế hoạch trên, Sở Tư pháp xây dựng Kế hoạch như sau:',
				'I. MỤC ĐÍCH',
			].join('\n'),
		);
		expect(doc.title?.text).toBe('Thực hiện Kế hoạch số 140/KH-UBND về kỷ niệm Ngày Quyền con người');
		expect(doc.body[0].text).toMatch(/^Căn cứ/);
		// An opening right after "KẾ HOẠCH" (it names the issuer) stays the opening.
		expect(docOf(['KẾ HOẠCH', OPENING, 'I. MỤC ĐÍCH'].join('\n')).body[0].text).toBe(OPENING);
	});
});

describe('names and paths the command writes', () => {
	it('prints control, line-breaking and bidirectional characters escaped', () => {
		expect(printable('a\nb\u001b[1m\u202ec\\d.txt')).toBe('a\\nb\\u{1b}[1m\\u{202e}c\\\\d.txt');
		expect(printable('Kế hoạch 2025.docx')).toBe('Kế hoạch 2025.docx');
	});
	it('confines a path to its base folder, through no symbolic link', () => {
		const base = mkdtempSync(join(tmpdir(), 'kho-confine-'));
		mkdirSync(join(base, 'plans'));
		expect(confine(join(base, 'plans', 'new', 'x.mdx'), base, '--out')).toBe(join(base, 'plans', 'new', 'x.mdx'));
		expect(() => confine(join(base, '..', 'x.mdx'), base, '--out')).toThrow(UnsafePath);
		expect(() => confine(base, base, '--out')).toThrow(/outside/);
		symlinkSync(tmpdir(), join(base, 'link'));
		expect(() => confine(join(base, 'link', 'x.mdx'), base, '--out')).toThrow(/symbolic link/);
		symlinkSync(join(base, 'missing'), join(base, 'dangling.mdx'));
		expect(() => confine(join(base, 'dangling.mdx'), base, '--out')).toThrow(/symbolic link/);
		writeFileSync(join(base, 'r.json'), '');
		expect(checkReportPath(join(base, 'r.json'))).toBe(join(base, 'r.json'));
		expect(() => checkReportPath(join(base, 'dangling.mdx'))).toThrow(/symbolic link/);
	});
});
