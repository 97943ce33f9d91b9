/**
 * What a reader carries away carries its caveats: a mark beside every fact a data note concerns,
 * leading to the note; panels open when a link targets them; copies that keep the note; the number
 * as printed; no field path anywhere; the printed plan like the original.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './fixture.ts';
import { ROOT } from '../support/corpus.ts';
import type { planJsonLd } from '../../src/lib/open-data.ts';

const site = useBrowser();

/** The notes a mark beside a fact leads to: their anchors and what each note says. */
async function marksOf(page: import('playwright-core').Page, scope: string) {
	return page.locator(`${scope} a.note-mark`).evaluateAll((as) =>
		as.map((a) => {
			const id = (a as HTMLAnchorElement).hash.slice(1);
			const note = document.getElementById(id);
			return { id, name: a.getAttribute('aria-label'), note: note?.textContent?.replace(/\s+/g, ' ').trim() ?? null };
		}),
	);
}

describe('notes beside the facts they question', () => {
	it('marks Lạng Sơn’s signer, campaign, number and issuer, each leading to its note, which names the field in words', async () => {
		const page = await site.open('/ke-hoach/2025/lang-son/');
		const row = (label: string) => `dl.meta > div:has(> dt:text-is("${label}"))`;
		const signer = await marksOf(page, row('Người ký'));
		expect(signer).toHaveLength(2);
		for (const m of signer) expect(m.note).toMatch(/^Ghi chú \d+ · Người ký: /);
		expect(signer.map((m) => m.note).join(' ')).toContain('Vii Thanh Tung');
		const campaign = await marksOf(page, row('Thời gian tuyên truyền'));
		expect(campaign).toHaveLength(1);
		expect(campaign[0].note).toMatch(/^Ghi chú \d+ · Thời gian tuyên truyền: .*30\/12\/2025/);
		expect((await marksOf(page, row('Số hiệu')))[0].note).toContain('S6:400##');
		expect((await marksOf(page, row('Cơ quan ban hành')))[0].note).toContain('BCĐ VỀ CÔNG TÁC NHÂN QUYỀN');
		// The date of the cited 705 is questioned where the plan names what it implements.
		expect((await marksOf(page, row('Thực hiện')))[0].note).toContain('02/11/2025');
		// Following a mark shows its note.
		await page
			.locator(`${row('Người ký')} a.note-mark`)
			.first()
			.click();
		const target = page.locator(`#${signer[0].id}`);
		await expect(target.isVisible()).resolves.toBe(true);
		const box = (await target.boundingBox())!;
		expect(box.y).toBeGreaterThan(-1); // scrolled to the top of the viewport (sub-pixel rounding allowed)
		expect(box.y).toBeLessThan(900);
		// Every note tied to a field has at least one mark on the page.
		const marked = new Set((await marksOf(page, 'main')).map((m) => m.id));
		const tied = await page.locator('.note-box li:has(.note-field)').evaluateAll((ls) => ls.map((l) => l.id));
		expect(tied.length).toBeGreaterThan(8);
		for (const id of tied) expect(marked, id).toContain(id);
	});

	it('marks the central plan’s signer title (“THỦ TRƯỞNG BỘ CÔNG AN”) and its campaign', async () => {
		const page = await site.open('/ke-hoach/2025/trung-uong/');
		const signer = await marksOf(page, 'dl.meta > div:has(> dt:text-is("Người ký"))');
		expect(signer).toHaveLength(1);
		expect(signer[0].note).toMatch(/^Ghi chú \d+ · Người ký: .*THỦ TRƯỞNG BỘ CÔNG AN/);
		await expect(marksOf(page, 'dl.meta > div:has(> dt:text-is("Thời gian tuyên truyền"))')).resolves.toHaveLength(1);
	});

	it('opens the panel a link targets, without JavaScript: the notes and the tasks', async () => {
		const page = await site.open('/ke-hoach/2025/lang-son/', { javaScript: false });
		await page.getByRole('link', { name: 'Ghi chú về dữ liệu (18)' }).click();
		expect(page.url()).toMatch(/#ghi-chu$/);
		const last = page.locator('.note-box li').last();
		await expect(last.isVisible()).resolves.toBe(true);
		await expect(page.locator('.note-box li').count()).resolves.toBe(18);
		await page.getByRole('link', { name: 'Nhiệm vụ (12)' }).click();
		await expect(page.locator('#phan-cong').locator('xpath=ancestor::details').first().getAttribute('open')).resolves.not.toBeNull();
		await expect(page.locator('#nv-12').isVisible()).resolves.toBe(true);
	});

	it('names the fields of notes in words on the errata page, each note linking to its place', async () => {
		const page = await site.open('/loi-va-ghi-chu/');
		const main = await page.locator('main').innerText();
		expect(main).toContain('Khẩu hiệu thứ 1');
		expect(main).toContain('Người ký');
		const link = page.locator('a.note-number[href$="/ke-hoach/2025/lang-son/#gc-5"]');
		await expect(link.count()).resolves.toBe(1);
		await link.click();
		await expect(page.locator('#gc-5').innerText()).resolves.toMatch(/Khẩu hiệu thứ 1: .*99 năm/);
	});
});

describe('copies that carry their caveats', () => {
	it('copies Lạng Sơn’s first slogan with its note, and says so on the button', async () => {
		const page = await site.open('/ke-hoach/2025/lang-son/');
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
		const first = page.locator('.slogan-list > li').first();
		const button = first.locator('button.copy-button');
		await expect(button.innerText()).resolves.toBe('Sao chép kèm ghi chú');
		await page.waitForLoadState('load');
		await button.click();
		// The confirmation is announced (it clears after a few seconds).
		await first.locator('[role="status"]', { hasText: 'Đã sao chép.' }).waitFor();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied.startsWith('Nhiệt liệt chào mừng kỷ niệm 99 năm Ngày Nhân quyền thế giới (10/12/1948 — 10/12/2025)!')).toBe(true);
		expect(copied).toMatch(/\[Ghi chú về dữ liệu: .*đúng phải là 77 năm.*\]$/);
		// A slogan without a note copies as printed, nothing added.
		const eighth = page.locator('.slogan-list > li').nth(7);
		await eighth.locator('button.copy-button').click();
		await eighth.locator('[role="status"]', { hasText: 'Đã sao chép.' }).waitFor();
		await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(await eighth.locator('.slogan-text').innerText());
	});

	it('marks each wording on the slogan page with its plans and notes, and copies the note with it', async () => {
		const page = await site.open('/khau-hieu/chao-mung-ky-niem-ngay-nhan-quyen-the-gioi/');
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
		const misprint = page.locator('.slogan-list > li', { hasText: 'kỷ niệm 99 năm' });
		await expect(misprint.locator('.variant-plans').innerText()).resolves.toContain('tỉnh Lạng Sơn');
		await expect(misprint.locator('.item-note').innerText()).resolves.toMatch(/Ghi chú 5 của Kế hoạch số 400…\/KH-BCĐNQ-CQTT.*đúng phải là 77 năm/);
		await page.waitForLoadState('load');
		await misprint.locator('button.copy-button').click();
		await misprint.locator('[role="status"]', { hasText: 'Đã sao chép.' }).waitFor();
		await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toMatch(/99 năm.*\[Ghi chú về dữ liệu: .*77 năm/);
		// Every wording names the plans that printed it.
		const named = await page.locator('.slogan-list > li .variant-plans').allInnerTexts();
		expect(named.length).toBeGreaterThan(2);
		for (const n of named) expect(n).toMatch(/^\d+ kế hoạch: Kế hoạch/);
	});

	it('names the plans that changed a wording in the slogan × year matrix', async () => {
		const page = await site.open('/khau-hieu/');
		const row = page.locator('.slogan-matrix tr', { has: page.locator('th a[href$="/chao-mung-ky-niem-ngay-nhan-quyen-the-gioi/"]') });
		const cell2025 = row.locator('td').nth(2);
		await expect(cell2025.innerText()).resolves.toMatch(/3 cách viết; viết khác: An Giang, Lạng Sơn/);
	});
});

describe('one display of a plan’s number and issuer', () => {
	it('shows Lạng Sơn’s number as printed, the illegible part marked, in the list and the citation; An Giang’s issuer with its province', async () => {
		const list = await site.open('/ke-hoach/');
		const row = list.locator('#plan-table tr', { has: list.locator('a[href$="/ke-hoach/2025/lang-son/"]') });
		await expect(row.locator('td[data-label="Số hiệu"]').innerText()).resolves.toMatch(/^400…\/KH-BCĐNQ-CQTT \(đọc không đầy đủ\)/);
		expect(await list.locator('main').innerText()).not.toMatch(/không rõ số hiệu|Số hiệu\s+không rõ/);
		const plan = await site.open('/ke-hoach/2025/lang-son/');
		await expect(plan.locator('#trich-dan + p').innerText()).resolves.toMatch(
			/^Ban Chỉ đạo về công tác nhân quyền tỉnh Lạng Sơn, Kế hoạch số 400…\/KH-BCĐNQ-CQTT \(số hiệu đọc không đầy đủ\) ngày 04\/12\/2025 về /,
		);
		const anGiang = await site.open('/ke-hoach/2025/an-giang/');
		await expect(anGiang.locator('#trich-dan + p').innerText()).resolves.toMatch(
			/^Ban Chỉ đạo Nhân quyền tỉnh \[An Giang\], Kế hoạch \(văn bản không ghi số hiệu\)/,
		);
	});

	it('uses the same number in the CSV, the feed and the JSON-LD', () => {
		const dist = join(ROOT, 'dist');
		expect(readFileSync(join(dist, 'du-lieu/ke-hoach.csv'), 'utf8')).toContain('400…/KH-BCĐNQ-CQTT (đọc không đầy đủ)');
		expect(readFileSync(join(dist, 'feed.xml'), 'utf8')).toContain('Kế hoạch số 400…/KH-BCĐNQ-CQTT (tỉnh Lạng Sơn, 2025; số hiệu đọc không đầy đủ)');
		const ld = parse(readFileSync(join(dist, 'ke-hoach/2025/lang-son/index.html'), 'utf8')).querySelector('script[type="application/ld+json"]')!;
		expect((JSON.parse(ld.textContent) as ReturnType<typeof planJsonLd>).legislationIdentifier).toBe('400…/KH-BCĐNQ-CQTT (đọc không đầy đủ)');
	});
});

describe('plain words', () => {
	/** Every built page's visible text (scripts, styles and JSON-LD left out). */
	function pages(): [string, string][] {
		const dist = join(ROOT, 'dist');
		const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
		return files.map((f) => {
			const root = parse(readFileSync(join(dist, f), 'utf8'));
			// Code and its examples (the open-data page documents the API's field names) are not reading text.
			for (const el of root.querySelectorAll('script, style, noscript, code, pre')) el.remove();
			return [relative(dist, join(dist, f)), root.querySelector('body')?.textContent ?? ''];
		});
	}

	it('shows no field path, template placeholder or internal name on any page', () => {
		const all = pages();
		expect(all.length).toBeGreaterThan(100);
		const FIELD =
			/\b(?:slogans|assignments|conventions|references)\[\d+\]|\b(?:issuerName|reportDeadline|numberIllegible|issuedAt|issuedPlace)\b|\(trường:|\{n\}|\{yyyy\}|Nguồn tin Atom/;
		for (const [file, text] of all) expect(text.match(FIELD)?.[0], file).toBeUndefined();
	});

	it('keeps the spaces between footer links, with and without JavaScript', async () => {
		const page = await site.open('/ke-hoach/', { javaScript: false });
		const footer = await page.locator('.site-footer').innerText();
		// Each link stands apart from the next: a separator drawn between them, a gap on screen.
		const links = page.locator('.footer-links a');
		const boxes = await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect()).map((r) => ({ x: r.x, right: r.right, y: r.y })));
		for (let i = 1; i < boxes.length; i++) if (boxes[i].y === boxes[i - 1].y) expect(boxes[i].x - boxes[i - 1].right, `link ${i}`).toBeGreaterThan(8);
		await expect(
			page
				.locator('.footer-links li')
				.nth(1)
				.evaluate((li) => getComputedStyle(li, '::before').content),
		).resolves.toBe('"·"');
		expect(footer).toContain('Theo dõi kế hoạch mới (Atom)');
		expect(footer).toMatch(/Dữ liệu cập nhật ngày \d\d\/\d\d\/\d{4}\./);
	});
});

describe('the printed plan', () => {
	it('prints Lạng Sơn like the original: the header as printed, Quốc hiệu on one line, numbered pages, Nơi nhận beside the signature, the notes, no page with only the footer', async () => {
		const page = await site.open('/ke-hoach/2025/lang-son/');
		const dir = mkdtempSync(join(tmpdir(), 'print-'));
		const pdf = join(dir, 'lang-son.pdf');
		writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
		const pageCount = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
		expect(pageCount).toBeGreaterThan(3);
		const pagesText = Array.from({ length: pageCount }, (_, i) =>
			execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }),
		);
		const first = pagesText[0].split('\n');
		// The header block: the issuer's lines as the source prints them, and the Quốc hiệu, each on one line.
		expect(first.find((l) => l.includes('CỘNG HÒA'))).toMatch(/UBND TỈNH LẠNG SƠN\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\s*$/);
		expect(first.find((l) => l.includes('Độc lập'))).toMatch(/BCĐ VỀ CÔNG TÁC NHÂN QUYỀN\s+Độc lập - Tự do - Hạnh phúc\s*$/);
		pagesText.forEach((text, i) => {
			const lines = text.split('\n').filter((l) => l.trim());
			// A page number on every page, at its foot.
			expect(lines.at(-1)!.trim(), `page ${i + 1}`).toBe(`${i + 1} / ${pageCount}`);
			// No page holds only the footer (the address and data date) and its number.
			expect(lines.filter((l) => !/^\s*(Trích từ:|\d\d\/\d\d\/\d{4}\s*$|\d+ \/ \d+\s*$)/.test(l)).length, `page ${i + 1}`).toBeGreaterThan(2);
		});
		const all = pagesText.join('\n');
		// "Nơi nhận" on the left and the signature on the right, on the same lines.
		expect(all).toMatch(/Nơi nhận:\s{4,}KT\. TRƯỞNG BAN/);
		expect(all).toMatch(/VPTTBCĐ nhân quyền Chính phủ;\s{4,}\S/);
		// The plan's notes follow the text.
		expect(all.indexOf('Ghi chú về dữ liệu (18)')).toBeGreaterThan(all.indexOf('Nơi nhận:'));
		expect(all).toMatch(/Ghi chú 17 · Người ký: Họ tên người ký/);
	});
});

describe('charts on a phone', () => {
	for (const width of [375, 320]) {
		it(`at ${width} px the campaign chart shows its 10/12 line, its legend and its row labels inside the screen`, async () => {
			for (const path of ['/ke-hoach/2025/lang-son/', '/nam/2025/']) {
				const page = await site.open(path, { width });
				const chart = page.locator('svg.tl:visible');
				await expect(chart.count(), path).resolves.toBe(1);
				await chart.scrollIntoViewIfNeeded();
				const inside = async (selector: string) => {
					const boxes = await chart.locator(selector).evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.right]));
					expect(boxes.length, `${path} ${selector}`).toBeGreaterThan(0);
					for (const [left, right] of boxes) {
						expect(left, `${path} ${selector}`).toBeGreaterThanOrEqual(0);
						expect(right, `${path} ${selector}`).toBeLessThanOrEqual(width);
					}
				};
				await inside('.tl-hr');
				await inside('.tl-hrl');
				await inside('.tl-lg > *');
				await inside('.tl-r > text');
				// Nothing to scroll sideways, so the labels never scroll away; text no smaller than 11 px.
				const box = page.locator('.tl-box:has(svg.tl:visible)');
				await expect(box.evaluate((b) => b.scrollWidth <= b.clientWidth + 1)).resolves.toBe(true);
				const labelHeight = await chart
					.locator('.tl-r > text')
					.first()
					.evaluate((t) => t.getBoundingClientRect().height);
				expect(labelHeight).toBeGreaterThanOrEqual(11);
			}
		});
	}

	it('on a wide screen the chart’s scroller is reachable from the keyboard and shows it has focus', async () => {
		const page = await site.open('/ke-hoach/2025/lang-son/', { width: 1280 });
		const scroller = page.locator('.tl-scroll:visible');
		await expect(scroller.getAttribute('tabindex')).resolves.toBe('0');
		await expect(scroller.getAttribute('aria-label')).resolves.toMatch(/cuộn ngang/);
		await scroller.focus();
		await expect(scroller.evaluate((e) => getComputedStyle(e).outlineStyle)).resolves.toBe('solid');
	});

	it('draws the home map large enough to read its labels on a phone', async () => {
		const page = await site.open('/', { width: 375 });
		const map = page.locator('svg.tile-map');
		const box = (await map.boundingBox())!;
		expect(box.width).toBeGreaterThanOrEqual(280);
		const label = await map
			.locator('.tile__label')
			.first()
			.evaluate((t) => t.getBoundingClientRect().height);
		expect(label).toBeGreaterThanOrEqual(9);
	});
});
