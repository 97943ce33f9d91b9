import { describe, expect, it } from 'vitest';
import { useBrowser } from './fixture.ts';

const site = useBrowser();

describe('plan page', () => {
	it('shows the central plan 705/KH-BCĐNQ with its identity, timeline, slogans, errata and full text', async () => {
		const page = await site.open('/ke-hoach/2025/trung-uong/');
		await expect(page.locator('h1').innerText()).resolves.toContain('Kế hoạch số 705/KH-BCĐNQ');
		const meta = page.locator('dl.meta');
		await expect(meta.innerText()).resolves.toMatch(/Ngày ban hành\s+01\/11\/2025/);
		await expect(meta.innerText()).resolves.toMatch(/Hạn báo cáo\s+10\/02\/2026/);
		await expect(meta.innerText()).resolves.toMatch(/Thời gian tuyên truyền\s+01\/12\/2025 – 30\/12\/2025/);
		await expect(page.locator('.slogan-list > li').count()).resolves.toBe(9);
		await expect(page.locator('.note-box').innerText()).resolves.toContain('Ghi chú về dữ liệu');
		// Full text with citable ASCII anchors.
		await expect(page.locator('#iii-to-chuc-thuc-hien').innerText()).resolves.toBe('III. TỔ CHỨC THỰC HIỆN ¶');
		await expect(page.locator('#iii-to-chuc-thuc-hien .permalink').getAttribute('href')).resolves.toBe('#iii-to-chuc-thuc-hien');
		await expect(page.locator('#iii-to-chuc-thuc-hien .permalink').getAttribute('aria-label')).resolves.toBe('Liên kết đến mục “III. TỔ CHỨC THỰC HIỆN”');
		await expect(page.locator('.toc-side a[href="#iii-to-chuc-thuc-hien"]').count()).resolves.toBe(1);
		await expect(page.locator('.plan-text').innerText()).resolves.toContain('Thượng tướng Lê Quốc Hùng');
	});

	it('puts the text first: on the first screen of a desktop, within two on a phone', async () => {
		for (const [width, height, screens] of [
			[1366, 900, 1],
			[375, 800, 2],
		] as const) {
			for (const path of ['/ke-hoach/2025/trung-uong/', '/ke-hoach/2025/lang-son/', '/ke-hoach/2025/an-giang/']) {
				const page = await site.open(path, { width });
				await page.setViewportSize({ width, height });
				const top = await page.locator('.plan-text > :first-child').evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
				expect(top, `${path} at ${width} px`).toBeLessThan(screens * height);
			}
		}
	});

	it('keeps the table of contents beside the text on a wide screen and one tap away on a phone', async () => {
		const wide = await site.open('/ke-hoach/2025/an-giang/', { width: 1366 });
		await expect(wide.locator('.toc-side').isVisible()).resolves.toBe(true);
		await expect(wide.locator('.toc-inline').isVisible()).resolves.toBe(false);
		// Levels are kept: the lettered tasks sit under "2. Nhiệm vụ cụ thể", under "III.".
		await expect(wide.locator('.toc-side > ul > li > ul > li > ul a[href="#b-ban-tuyen-giao-va-dan-van-tinh-uy"]').count()).resolves.toBe(1);
		await wide.locator('.plan-text').scrollIntoViewIfNeeded();
		await wide.mouse.wheel(0, 3000);
		await expect(wide.locator('.toc-side').evaluate((e) => e.getBoundingClientRect().top)).resolves.toBeLessThan(100);
		const phone = await site.open('/ke-hoach/2025/an-giang/', { width: 375 });
		await expect(phone.locator('.toc-side').isVisible()).resolves.toBe(false);
		await phone.locator('.toc-inline summary').click();
		await expect(phone.locator('.toc-inline a[href="#iii-phan-cong-nhiem-vu"]').isVisible()).resolves.toBe(true);
	});

	it('links every tasked body to the part of the text that assigns its task', async () => {
		for (const path of ['/ke-hoach/2025/trung-uong/', '/ke-hoach/2025/lang-son/', '/ke-hoach/2023/bac-giang/']) {
			const page = await site.open(path);
			const links = await page
				.locator('#phan-cong ~ * a[aria-label^="Xem trong văn bản nhiệm vụ của"], details:has(#phan-cong) a[aria-label^="Xem trong văn bản nhiệm vụ của"]')
				.evaluateAll((as) =>
					as.map((a) => {
						const target = document.getElementById((a as HTMLAnchorElement).hash.slice(1));
						return { name: a.getAttribute('aria-label'), target: target?.closest('.plan-text') ? target.textContent : null };
					}),
				);
			expect(links.length).toBeGreaterThan(10);
			for (const l of links) {
				const body = l.name!.replace(/^Xem trong văn bản nhiệm vụ của /, '');
				expect(l.target, `${path}: ${body}`).toContain(body);
			}
		}
		// A task's own period, as its section states it.
		const central = await site.open('/ke-hoach/2025/trung-uong/');
		await expect(central.locator('details:has(#phan-cong) tbody tr').first().locator('td[data-label="Thời hạn"]').textContent()).resolves.toContain(
			'01/12/2025 – 31/12/2025',
		);
		// Lạng Sơn's run-in "4. Sở Tư pháp: …" is a heading: in the table of contents, with its anchor and permalink.
		const page = await site.open('/ke-hoach/2025/lang-son/');
		await expect(page.locator('h3#muc-4-so-tu-phap .permalink').count()).resolves.toBe(1);
		await expect(page.locator('.toc-side a[href="#muc-4-so-tu-phap"]').count()).resolves.toBe(1);
	});

	it('shows unknown facts as unknown, and links a provincial plan to the central one', async () => {
		const page = await site.open('/ke-hoach/2025/an-giang/');
		await expect(page.locator('dl.meta').innerText()).resolves.toMatch(/Số hiệu\s+Không rõ/);
		const up = page.locator('section:has(#thuc-hien) a').first();
		await expect(up.innerText()).resolves.toContain('705/KH-BCĐNQ');
		await up.click();
		await page.waitForURL(/\/ke-hoach\/2025\/trung-uong\/$/);
	});

	it('never publishes the personal phone number printed in a source', async () => {
		const page = await site.open('/ke-hoach/2025/an-giang/');
		const text = await page.locator('body').innerText();
		expect(text).toContain('[số điện thoại đã lược bỏ]');
		expect(text).not.toMatch(/0918[ .]?384[ .]?971/);
	});

	it('shows a number printed but partly illegible as such, and an erratum beside the slogan it concerns', async () => {
		const page = await site.open('/ke-hoach/2025/lang-son/');
		// The legible part as printed, the rest marked; never "không rõ".
		await expect(page.locator('dl.meta').innerText()).resolves.toMatch(/Số hiệu\s+400…\/KH-BCĐNQ-CQTT \(đọc không đầy đủ/);
		const first = page.locator('.slogan-list > li').first();
		await expect(first.locator('.item-note').innerText()).resolves.toMatch(/kỷ niệm 99 năm.*đúng phải là 77 năm/);
		await expect(first.locator('button').getAttribute('aria-label')).resolves.toMatch(/^Sao chép kèm ghi chú khẩu hiệu 1: Nhiệt liệt/);
		await expect(first.locator('button').innerText()).resolves.toBe('Sao chép kèm ghi chú');
		// Slogan 8 has no erratum of its own: no note, a plain copy button.
		const eighth = page.locator('.slogan-list > li').nth(7);
		await expect(eighth.locator('.item-note').count()).resolves.toBe(0);
		await expect(eighth.locator('button').innerText()).resolves.toBe('Sao chép');
		// The two "người!;" readings of OCR "nguoil;" are marked uncertain in the text.
		await expect(page.locator('.plan-text .uncertain', { hasText: 'người!;' }).count()).resolves.toBeGreaterThanOrEqual(2);
	});

	it('lists typos of the source apart from discrepancies of fact', async () => {
		const page = await site.open('/ke-hoach/2025/trung-uong/');
		const kinds = (await page.locator('section:has(> #ghi-chu) h3.errata-kind').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
		expect(kinds).toEqual(['Sai lệch và chỗ chưa rõ (2)', 'Lỗi in trong văn bản gốc (4)']);
		await expect(page.locator('section:has(> #ghi-chu) ul.compact').textContent()).resolves.toContain('Văn phòng Thượng trực');
		const all = await site.open('/loi-va-ghi-chu/');
		await expect(all.locator('main').innerText()).resolves.toMatch(/Lỗi in trong văn bản gốc: 15/);
	});

	it('prints like the document: header, KẾ HOẠCH and title, the text, the signature on the right, no panels', async () => {
		const page = await site.open('/ke-hoach/2025/trung-uong/');
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.doc-header').innerText()).resolves.toMatch(
			/\[BAN CHỈ ĐẠO NHÂN QUYỀN CHÍNH PHỦ\]\s+Số: 705\/KH-BCĐNQ[\s\S]*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\s+Độc lập - Tự do - Hạnh phúc\s+Hà Nội, ngày 01 tháng 11 năm 2025/,
		);
		await expect(page.locator('.doc-kind').isVisible()).resolves.toBe(true);
		for (const hidden of ['.plan > h1', '.plan > .panel', '#khau-hieu', '#trich-dan', '.toc-side', '.permalink']) {
			await expect(page.locator(hidden).first().isVisible(), hidden).resolves.toBe(false);
		}
		const signature = page.locator('.plan-text > p:last-child');
		await expect(signature.innerText()).resolves.toMatch(/KT\. TRƯỞNG BAN[\s\S]*Thượng tướng Lê Quốc Hùng$/);
		const box = (await signature.boundingBox())!;
		expect(box.x).toBeGreaterThan(250);
		await expect(page.locator('.site-footer .print-only').innerText()).resolves.toMatch(
			/^Trích từ: http:\/\/[^ ]+\/ke-hoach\/2025\/trung-uong\/ · Dữ liệu cập nhật ngày \d\d\/\d\d\/\d{4}$/,
		);
	});

	it('marks uncertain OCR readings in the restored Lạng Sơn text', async () => {
		const page = await site.open('/ke-hoach/2025/lang-son/');
		const marks = page.locator('.plan-text .uncertain');
		expect(await marks.count()).toBeGreaterThan(0);
		await expect(marks.first().innerText()).resolves.toMatch(/đọc không chắc chắn; bản OCR/);
	});
});
