/** Each plan downloads as a Word document laid out like the original: opened with mammoth, it holds the header, every heading and the signer. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/validate.ts';
import { readCorpus } from '../../src/lib/content/corpus.ts';
import { ROOT } from '../support/corpus.ts';

const DIST = join(ROOT, 'dist');
const { plans } = checkContent(ROOT);
const bodies = new Map(readCorpus(ROOT).plans.map((p) => [p.id, p.body]));
/** A heading of the MDX body as text: no #, no escapes, uncertain readings as read. */
const headingsOf = (body: string) =>
	body
		.split('\n')
		.filter((l) => /^#{1,6}\s/.test(l))
		.map((l) =>
			l
				.replace(/^#+\s+/, '')
				.replace(/<Uncertain ocr="[^"]*">([^<]*)<\/Uncertain>/g, '$1')
				.replace(/\\(.)/g, '$1'),
		);

describe('Word downloads', () => {
	for (const { id, data } of plans) {
		it(`${id}: the number, the date, KẾ HOẠCH and the title, every heading and the signer`, async () => {
			const { value } = await mammoth.extractRawText({ buffer: readFileSync(join(DIST, 'api', 'plans', `${id}.docx`)) });
			const text = value.replace(/[ \t]+/g, ' ');
			const number = data.number ?? (data.numberIllegible ? `${data.numberIllegible} (đọc không đầy đủ)` : '(văn bản không ghi)');
			expect(text).toContain(`Số: ${number}`);
			expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
			if (data.issuedAt) {
				const [y, m, d] = data.issuedAt.split('-');
				expect(text).toContain(`ngày ${d} tháng ${m} năm ${y}`);
			} else expect(text).toContain('(văn bản không ghi ngày ban hành)');
			expect(text).toMatch(new RegExp(`KẾ HOẠCH\\s+${data.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
			for (const h of headingsOf(bodies.get(id)!)) expect(text, h).toContain(h);
			if (data.signer) expect(text).toContain(data.signer.name);
			expect(text).not.toMatch(/<Uncertain|\\\./);
		});
	}

	it('2025-lang-son: the header as printed, Nơi nhận beside the signature, numbered pages, and the notes at the end', async () => {
		const file = readFileSync(join(DIST, 'api', 'plans', '2025-lang-son.docx'));
		const { value: html } = await mammoth.convertToHtml({ buffer: file });
		const root = parse(html);
		const tables = root.querySelectorAll('table');
		// The header: the issuer's own lines (left), the Quốc hiệu and the Tiêu ngữ each one paragraph (right).
		const [issuer, nation] = tables[0].querySelectorAll('td').map((td) => td.querySelectorAll('p').map((p) => p.textContent));
		expect(issuer.slice(0, 2)).toEqual(['UBND TỈNH LẠNG SƠN', 'BCĐ VỀ CÔNG TÁC NHÂN QUYỀN']);
		expect(issuer[2]).toBe('Số: 400…/KH-BCĐNQ-CQTT (đọc không đầy đủ)');
		expect(nation.slice(0, 2)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
		// One line at A4: the Quốc hiệu is set in 12 pt (about 233 pt wide in Times New Roman bold) in the right
		// cell, 60 % of the 165 mm (468 pt) between Decree 30's margins.
		const xml = unzipSync(file);
		const document = strFromU8(xml['word/document.xml']);
		expect(document).toMatch(/<w:tcW w:type="pct" w:w="60%"\/>|<w:tcW w:type="pct" w:w="3000"\/>/);
		expect(document).toMatch(/<w:sz w:val="24"\/>(?:(?!<\/w:r>).)*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/s);
		// "Nơi nhận" and its list on the left, the signature on the right: one row of one table.
		const closing = tables.find((t) => t.textContent.includes('Nơi nhận'))!;
		const [left, right] = closing.querySelectorAll('tr')[0].querySelectorAll('td');
		expect(left.textContent).toMatch(/^Nơi nhận:.*VPTTBCĐ nhân quyền Chính phủ;.*Lưu: VT, NC \(HNA\)\./s);
		expect(right.textContent).toMatch(/^KT\. TRƯỞNG BAN.*Thượng tá Vũ Thanh Tùng/s);
		// Every page numbered: a PAGE field in the footer.
		const footers = Object.keys(xml).filter((k) => /^word\/footer\d*\.xml$/.test(k));
		expect(footers.some((k) => /PAGE/.test(strFromU8(xml[k])))).toBe(true);
		// The plan's notes after the text, each naming its field in words.
		const text = root.textContent;
		expect(text.indexOf('GHI CHÚ VỀ DỮ LIỆU (18)')).toBeGreaterThan(text.indexOf('Thượng tá Vũ Thanh Tùng'));
		expect(text).toContain('Ghi chú 17 · Người ký: Họ tên người ký');
		expect(text).toContain('Ghi chú 5 · Khẩu hiệu thứ 1: ');
		expect(text).not.toMatch(/slogans\[|issuerName/);
	});

	it('is linked from the plan page', () => {
		expect(readFileSync(join(DIST, 'ke-hoach/2025/lang-son/index.html'), 'utf8')).toContain('href="/api/plans/2025-lang-son.docx" download');
	});
});
