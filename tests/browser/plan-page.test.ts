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
		await expect(page.locator('#iii-to-chuc-thuc-hien').innerText()).resolves.toBe('III. TỔ CHỨC THỰC HIỆN');
		await expect(page.locator('.toc a[href="#iii-to-chuc-thuc-hien"]').count()).resolves.toBe(1);
		await expect(page.locator('.plan-text').innerText()).resolves.toContain('Thượng tướng Lê Quốc Hùng');
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

	it('marks uncertain OCR readings in the restored Lạng Sơn text', async () => {
		const page = await site.open('/ke-hoach/2025/lang-son/');
		const marks = page.locator('.plan-text .uncertain');
		expect(await marks.count()).toBeGreaterThan(0);
		await expect(marks.first().innerText()).resolves.toMatch(/đọc không chắc chắn; bản OCR/);
	});
});
