import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './fixture.ts';

const site = useBrowser();

async function search(q: string, filters: Record<string, string> = {}, page?: Page): Promise<Page> {
	const params = new URLSearchParams({ q, ...filters });
	const p = page ?? (await site.open(`/tim-kiem/?${params}`));
	if (page) await page.goto(`${site.baseURL}/tim-kiem/?${params}`);
	await p.waitForSelector('[data-search-app][data-ready]');
	await settled(p, q.trim());
	return p;
}
/** Waits until the results shown are those of `q`. */
const settled = (page: Page, q: string) => page.waitForFunction((want) => document.querySelector<HTMLElement>('[data-search-app]')?.dataset.query === want, q);
/** Result links without their text fragment (#:~:text=…), which says where on the page the words are. */
const resultLinks = (page: Page) =>
	page.locator('.result h2 a').evaluateAll((as) => as.map((a) => (a.getAttribute('href') ?? '').replace(/#?:~:text=.*$/, '')));

/** Query → a page that must be among the first three results (href prefix; # for a section). */
const TABLE: [string, string, Record<string, string>?][] = [
	['Nhiệt liệt chào mừng kỷ niệm 77 năm', '/khau-hieu/chao-mung-ky-niem-ngay-nhan-quyen-the-gioi/'],
	['Đảng và Nhà nước Việt Nam tôn trọng', '/khau-hieu/dang-nha-nuoc-ton-trong-bao-ve-thuc-day-quyen-con-nguoi/'],
	['Dang va Nha nuoc ton trong', '/khau-hieu/dang-nha-nuoc-ton-trong-bao-ve-thuc-day-quyen-con-nguoi/'],
	['dau tranh voi hanh vi tra tan', '/khau-hieu/kien-quyet-dau-tranh-voi-hanh-vi-tra-tan-nhuc-hinh/'],
	['chat luong cuoc song dong bao', '/khau-hieu/nang-cao-chat-luong-cuoc-song-dong-bao-dan-toc-thieu-so/'],
	['ton trong va bao dam quyen tu do tin nguong', '/khau-hieu/ton-trong-bao-dam-quyen-tu-do-tin-nguong-ton-giao/'],
	['705/KH-BCĐNQ', '/ke-hoach/2025/trung-uong/'],
	['705', '/ke-hoach/2025/trung-uong/'],
	['705/KH-BCDNQ', '/ke-hoach/2025/trung-uong/'],
	['Lạng Sơn', '/ke-hoach/2025/lang-son/'],
	['lang son', '/ke-hoach/2025/lang-son/'],
	['LẠNG SƠN', '/ke-hoach/2025/lang-son/'],
	['Trà Vinh'.normalize('NFD'), '/ke-hoach/2024/tra-vinh/'],
	['tra vinh', '/ke-hoach/2024/tra-vinh/'],
	['Bắc Giang', '/ke-hoach/2023/bac-giang/'],
	['Kiên Giang', '/tinh/kien-giang/'],
	['CEDAW', '/cong-uoc/cedaw/'],
	['ICCPR', '/cong-uoc/iccpr/'],
	['Công ước chống tra tấn', '/cong-uoc/cat/'],
	['cong uoc chong tra tan', '/cong-uoc/cat/'],
	['quyền trẻ em', '/cong-uoc/crc/'],
	['Sở Tư pháp', '/co-quan/so-tu-phap/'],
	['bo chi huy quan su', '/co-quan/bo-chi-huy-quan-su-tinh/'],
	['So Lao dong Thuong binh va Xa hoi', '/co-quan/so-lao-dong-thuong-binh-xa-hoi/'],
	['Ban Tuyên giáo và Dân vận Trung ương', '/co-quan/ban-tuyen-giao-dan-van-tu/'],
	['1079/QĐ-TTg', '/van-ban/1079-qd-ttg-2022/'],
	['Quyet dinh 1079', '/van-ban/1079-qd-ttg-2022/'],
	['Lê Quốc Hùng', '/ke-hoach/2025/trung-uong/'],
	['Vu Thanh Tung', '/ke-hoach/2025/lang-son/'],
	['bang zon', '/ke-hoach/2023/bac-giang/'],
	['Happy Vietnam', '/ke-hoach/2025/trung-uong/#muc-6-bo-van-hoa-the-thao-va-du-lich'],
	['dac xa', '/ke-hoach/2025/trung-uong/', { tinh: '', cap: 'trung-uong', loai: 'ke-hoach' }],
	['bang ron', '/ke-hoach/2024/tra-vinh/', { tinh: 'vinh-long' }],
	['quyền con người', '/ke-hoach/2024/tra-vinh/', { nam: '2024' }],
	['tra tan', '/ke-hoach/2025/lang-son/', { cong_uoc: 'crc' }],
	['"đấu tranh phản bác"', '/ke-hoach/2025/trung-uong/'],
];

describe('search: the query table', () => {
	for (const [q, want, filters] of TABLE) {
		const label = filters
			? `${q} [${Object.entries(filters)
					.map(([k, v]) => `${k}=${v}`)
					.join(', ')}]`
			: q;
		it(`"${label}" → ${want} in the top 3`, async () => {
			const clean = Object.fromEntries(Object.entries(filters ?? {}).filter(([, v]) => v));
			const page = await search(q, clean, await site.sharedPage());
			const top = (await resultLinks(page)).slice(0, 3);
			expect(
				top.some((href) => href === want || (!want.includes('#') && href.split('#')[0] === want)),
				`top 3: ${top.join(', ')}`,
			).toBe(true);
		});
	}
});

describe('search behaviour', () => {
	it('counts results, says how many are shown, and shows more on request until all are shown', async () => {
		const page = await search('quyền con người');
		const status = () => page.locator('[data-search-status]').innerText();
		const total = Number((await status()).match(/^Tìm thấy (\d+) kết quả/)?.[1]);
		expect(total).toBeGreaterThan(15);
		await expect(status()).resolves.toBe(`Tìm thấy ${total} kết quả cho “quyền con người”; đang hiển thị 5 kết quả đầu.`);
		await expect(page.locator('.result').count()).resolves.toBe(5);
		while (await page.locator('[data-search-more]').isVisible()) {
			const before = await page.locator('.result').count();
			await page.click('[data-search-more]');
			await page.waitForFunction((n) => document.querySelectorAll('.result').length > n, before);
		}
		await expect(page.locator('.result').count()).resolves.toBe(total);
		await expect(status()).resolves.toBe(`Tìm thấy ${total} kết quả cho “quyền con người”.`);
		const pages = await resultLinks(page);
		expect(new Set(pages.map((l) => l.split('#')[0])).size, 'one result per page').toBe(total);
		const none = await search('xyzzyqwv');
		await expect(none.locator('[data-search-more]').isVisible()).resolves.toBe(false);
	});

	it('links to the words on the destination page (a text fragment) and marks whole syllables only', async () => {
		const page = await search('tra tan');
		const href = await page.locator('.result h2 a').first().getAttribute('href');
		expect(href).toMatch(/#(.+:~:text=|:~:text=)tra%20t%E1%BA%A5n/);
		const marks = await page.locator('.result-excerpt mark').allInnerTexts();
		expect(marks.length).toBeGreaterThan(0);
		// "tra tan" without marks stands for any tone: trà, tấn, tàn… but never "tranh" or "Tăng".
		for (const m of marks)
			expect(['tra', 'tan']).toContain(
				m
					.toLowerCase()
					.normalize('NFD')
					.replace(/[\u0300-\u036f]/g, ''),
			);
	});

	it("sends plan-level hits to the document, not to the site's panels", async () => {
		for (const q of ['Lang Son', 'CAT', 'mua ban nguoi', '705/KH-BCĐNQ']) {
			const links = await resultLinks(await search(q));
			expect(links.length, q).toBeGreaterThan(0);
			for (const l of links) expect(l, q).not.toMatch(/#(trich-dan|cong-uoc|khau-hieu|phan-cong|thuc-hien|moc-thoi-gian|ghi-chu)$/);
		}
		expect((await resultLinks(await search('Vu Thanh Tung')))[0]).toBe('/ke-hoach/2025/lang-son/');
	}, 90_000); // five cold searches

	it('accepts the filter values of older links (names, abbreviations) and of /ke-hoach/ (year, province)', async () => {
		const page = await search('bang ron', { tinh: 'Vĩnh Long' });
		await expect(page.inputValue('select[name="tinh"]')).resolves.toBe('vinh-long');
		expect(page.url()).toContain('tinh=vinh-long');
		const other = await search('quyền con người', { year: '2024', province: 'vinh-long' });
		// A single year (?nam=, ?year=) is a year range of one year.
		await expect(other.inputValue('select[name="tu_nam"]')).resolves.toBe('2024');
		await expect(other.inputValue('select[name="den_nam"]')).resolves.toBe('2024');
		await expect(other.inputValue('select[name="tinh"]')).resolves.toBe('vinh-long');
		expect((await resultLinks(other)).map((l) => l.split('#')[0])).toEqual(['/ke-hoach/2024/tra-vinh/']);
	});

	it('never returns the raw OCR source page, only its restored text', async () => {
		for (const q of ['lang son', 'Poc lap Tu do Hanh phiic', 'Vu Thanh Tung', 'tra tan nhuc hinh']) {
			const links = await resultLinks(await search(q));
			expect(
				links.filter((l) => l.includes('/nguon/')),
				q,
			).toEqual([]);
		}
		expect((await resultLinks(await search('Vu Thanh Tung')))[0]).toMatch(/^\/ke-hoach\/2025\/lang-son\//);
	}, 90_000); // five cold searches

	it('filters only return matching results', async () => {
		const page = await search('quyền con người', { nam: '2024' });
		const facts = await page.locator('.result-meta').allInnerTexts();
		expect(facts.length).toBeGreaterThan(0);
		for (const f of facts) expect(f).toContain('2024');
	});

	it('shows the original Vietnamese in excerpts, with hits marked, for an unaccented d-for-đ query', async () => {
		const page = await search('dau tranh');
		const marks = await page.locator('.result-excerpt mark').allInnerTexts();
		expect(marks).toContain('đấu');
		expect(marks).not.toContain('dau');
		await expect(page.locator('.results').innerText()).resolves.not.toMatch(/\bdấu tranh\b/);
	});

	it('ranks syllables standing together above scattered ones', async () => {
		const page = await search('tra tấn nhục hình');
		const first = await page.locator('.result-excerpt').first().innerText();
		expect(first).toMatch(/tra tấn, nhục hình/);
	});

	it('NFD and NFC input, upper and lower case, give the same results', async () => {
		const a = await resultLinks(await search('Đấu tranh phản bác'));
		const b = await resultLinks(await search('Đấu tranh phản bác'.normalize('NFD')));
		const c = await resultLinks(await search('ĐẤU TRANH PHẢN BÁC'));
		expect(a.length).toBeGreaterThan(0);
		expect(b).toEqual(a);
		expect(c).toEqual(a);
	});

	it('renders a query that looks like HTML as text', async () => {
		const page = await site.open('/tim-kiem/');
		let dialog = false;
		page.on('dialog', async (d) => {
			dialog = true;
			await d.dismiss();
		});
		await search('<img src=x onerror=alert(1)>', {}, page);
		await expect(page.locator('main img').count()).resolves.toBe(0);
		await expect(page.locator('[data-search-status]').innerText()).resolves.toContain('<img src=x onerror=alert(1)>');
		expect(dialog).toBe(false);
	});

	it('says so when nothing matches, and asks for a query when empty', async () => {
		const none = await search('xyzzyqwv');
		await expect(none.locator('[data-search-status]').innerText()).resolves.toContain('Không tìm thấy kết quả nào');
		const empty = await search('');
		await expect(empty.locator('[data-search-status]').innerText()).resolves.toContain('Nhập từ khóa');
		await expect(empty.locator('.result').count()).resolves.toBe(0);
	});

	it('keeps the query in a shareable URL and the back button returns to the previous search', async () => {
		const page = await search('CEDAW');
		await page.fill('#search-q', 'ICCPR');
		await page.press('#search-q', 'Enter');
		await page.waitForURL(/q=ICCPR/);
		await settled(page, 'ICCPR');
		await expect(page.locator('[data-search-status]').innerText()).resolves.toContain('ICCPR');
		await page.goBack();
		await page.waitForURL(/q=CEDAW/);
		await settled(page, 'CEDAW');
		await expect(page.locator('#search-q').inputValue()).resolves.toBe('CEDAW');
		await expect(page.locator('[data-search-status]').innerText()).resolves.toContain('CEDAW');
	});

	it('is usable from the keyboard: type in the header box on any page, filter with the keyboard', async () => {
		const page = await site.open('/khau-hieu/');
		await page.focus('#site-search-q');
		await page.keyboard.type('lang son');
		await page.keyboard.press('Enter');
		await page.waitForSelector('[data-search-app][data-ready]');
		await settled(page, 'lang son');
		expect((await resultLinks(page)).map((l) => l.split('#')[0])).toContain('/ke-hoach/2025/lang-son/');
		await page.focus('select[name="loai"]');
		for (let i = 0; i < 10 && (await page.inputValue('select[name="loai"]')) !== 'tinh'; i++) await page.keyboard.press('ArrowDown');
		await page.waitForURL(/loai=/);
		await page.waitForFunction(() => [...document.querySelectorAll('.result-meta')].every((e) => e.textContent?.startsWith('Tỉnh/Thành')));
		const top = await resultLinks(page);
		expect(top[0]).toBe('/tinh/lang-son/');
	});

	it('without JavaScript says so and links to the browse pages', async () => {
		const page = await site.open('/tim-kiem/?q=x', { javaScript: false });
		const text = await page.locator('main').innerText();
		expect(text).toContain('Tra cứu toàn văn cần JavaScript');
		await expect(page.locator('main noscript ~ *, main a[href="/ke-hoach/"]').count()).resolves.toBeGreaterThan(0);
	});

	it('shows a clear message when the index cannot be loaded', async () => {
		const page = await site.open('/', {});
		await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: 'missing' }));
		await page.goto(`${site.baseURL}/tim-kiem/?q=CEDAW`);
		await expect(page.locator('[data-search-status]').innerText()).resolves.toContain('Không tải được chỉ mục tra cứu');
	});
});
