import { describe, expect, it } from 'vitest';
import { useBrowser } from './fixture.ts';

const site = useBrowser();
const text = async (page: Awaited<ReturnType<typeof site.open>>, selector = 'main') => page.locator(selector).innerText();
/** A page only read once loaded: the file's shared page, navigated (its cache spares reloading scripts and styles). */
async function view(path: string) {
	const page = await site.sharedPage();
	const response = await page.goto(site.baseURL + path);
	expect(response?.status()).toBe(200);
	return page;
}

describe('browsing pages', () => {
	it('home: counts, latest central plan with its provincial plans, search box', async () => {
		const page = await site.open('/');
		const main = await text(page);
		expect(main).toMatch(/5\s+kế hoạch/);
		expect(main).toContain('Kế hoạch số 705/KH-BCĐNQ');
		// A number printed but partly illegible is shown as printed, its illegible part marked.
		expect(main).toContain('Kế hoạch số 400…/KH-BCĐNQ-CQTT (tỉnh Lạng Sơn, 2025; số hiệu đọc không đầy đủ)');
		expect(main).not.toContain('không rõ số hiệu');
		await expect(page.locator('main form[role="search"] input[name="q"]').count()).resolves.toBe(1);
	});

	it('plan list: filters by year, level and today’s province from the keyboard, in the URL (the search page’s parameters)', async () => {
		const page = await site.open('/ke-hoach/');
		const rows = page.locator('#plan-table tbody tr:not([hidden])');
		await expect(rows.count()).resolves.toBe(5);
		await page.locator('select[name="nam"]').focus();
		await page.keyboard.press('ArrowDown'); // 2025
		await expect(rows.count()).resolves.toBe(3);
		await page.selectOption('select[name="nam"]', '');
		await page.selectOption('select[name="tinh"]', 'vinh-long');
		await expect(rows.count()).resolves.toBe(1);
		await expect(rows.first().innerText()).resolves.toContain('Trà Vinh');
		expect(page.url()).toContain('tinh=vinh-long');
		await expect(page.locator('.filter-count').innerText()).resolves.toBe('Hiển thị 1 trên 5 kế hoạch.');
		await page.selectOption('select[name="tinh"]', '');
		await page.selectOption('select[name="cap"]', 'trung-uong');
		await expect(rows.count()).resolves.toBe(1);
	});

	it('plan list: says so when no plan matches and offers to clear the filters; accepts older parameter names', async () => {
		const page = await site.open('/ke-hoach/?year=2023&province=vinh-long');
		await expect(page.locator('select[name="nam"]').inputValue()).resolves.toBe('2023');
		await expect(page.locator('select[name="tinh"]').inputValue()).resolves.toBe('vinh-long');
		await expect(page.locator('.filter-empty').innerText()).resolves.toContain('Không có kế hoạch nào khớp với bộ lọc');
		await expect(page.locator('#plan-table').isVisible()).resolves.toBe(false);
		await page.click('[data-clear-filters]');
		await expect(page.locator('#plan-table tbody tr:not([hidden])').count()).resolves.toBe(5);
		await expect(page.locator('.filter-empty').isVisible()).resolves.toBe(false);
		expect(new URL(page.url()).search).toBe('');
	});

	it('comparison: slogans by kind with a word diff, dates in days, bodies matched', async () => {
		const page = await site.open('/ke-hoach/2025/lang-son/so-sanh/');
		const main = await text(page);
		expect(main).toContain('Giữ nguyên văn: 5 · Chỉ khác dấu câu, viết hoa: 3 · Thay đổi câu chữ: 1 · Không sử dụng: 0 · Bổ sung: 0');
		await expect(page.locator('.diff del').first().innerText()).resolves.toBe('77');
		await expect(page.locator('.diff ins').first().innerText()).resolves.toBe('99');
		expect(main).toMatch(/Bắt đầu treo băng rôn\s+15\/11\/2025\s+01\/12\/2025\s+muộn hơn 16 ngày/);
		// Each pair of bodies with the central task beside the provincial task.
		expect(main).toMatch(
			/Bộ Tư pháp\s+Triển khai các hoạt động tuyên truyền về kết quả thực thi Công ước[^\n]*\s+Sở Tư pháp\s+Tăng cường công tác tuyên truyền/,
		);
		const noCentral = await site.open('/ke-hoach/2024/tra-vinh/so-sanh/');
		expect(await text(noCentral)).toContain('Chưa có toàn văn kế hoạch trung ương');
	});

	it('comparison: how much of the text is the central text, a bar, the text section by section with own passages highlighted and sources linked', async () => {
		const page = await site.open('/ke-hoach/2025/lang-son/so-sanh/');
		const summary = await text(page, '.reuse-summary');
		expect(summary).toMatch(/\d+ % văn bản lấy nguyên văn từ kế hoạch trung ương, \d+ % sửa đổi, \d+ % riêng của tỉnh/);
		const [verbatim, adapted, ownShare] = [...summary.matchAll(/(\d+) %/g)].map((m) => Number(m[1]));
		expect(verbatim + adapted + ownShare).toBe(100);
		// The bar: as wide as the text column, each kind drawn, named for screen readers by the summary.
		const bar = page.locator('svg.reuse-bar');
		await expect(bar.getAttribute('aria-label')).resolves.toContain('% riêng của tỉnh');
		for (const kind of ['verbatim', 'adapted', 'own']) await expect(bar.locator(`rect.reuse-${kind}`).count()).resolves.toBeGreaterThan(0);
		expect((await bar.boundingBox())!.width).toBeGreaterThan(600);
		// Lạng Sơn's own task for Công an tỉnh is highlighted, and says so in words.
		const own = page.locator('.reuse-own', { hasText: 'Tham mưu Ban chỉ đạo xây dựng kế hoạch triển khai' }).first();
		await expect(own.locator('mark').count()).resolves.toBe(1);
		await expect(own.evaluate((el) => getComputedStyle(el.querySelector('mark')!).backgroundColor)).resolves.not.toBe('rgba(0, 0, 0, 0)');
		await expect(page.locator('.reuse-tag', { hasText: 'Riêng của tỉnh' }).first().isVisible()).resolves.toBe(true);
		// Item I.1 is adapted: "những" is struck out, and its source link goes to section I of the central plan.
		const adaptedItem = page.locator('.reuse-adapted', { hasText: 'Nâng cao nhận thức về nội dung, ý nghĩa' }).first();
		await expect(adaptedItem.locator('del').allInnerTexts()).resolves.toEqual(['những ']);
		const sourceHref = await adaptedItem.locator('a.reuse-source').getAttribute('href');
		expect(sourceHref).toBe('/ke-hoach/2025/trung-uong/#i-muc-dich-yeu-cau');
		// Verbatim runs are collapsed, with a count.
		const run = page.locator('details.reuse-run').first();
		await expect(run.getAttribute('open')).resolves.toBeNull();
		await expect(run.locator('summary').innerText()).resolves.toMatch(/^\d+ đoạn lấy nguyên văn/);
		// What the province did not take, linking to the central text.
		await expect(page.locator('#ss-khong-lay + ul li a').first().getAttribute('href')).resolves.toMatch(/^\/ke-hoach\/2025\/trung-uong\/#/);
		// The source it links to exists on the central plan's page.
		const central = await site.open(sourceHref!);
		await expect(central.locator('#i-muc-dich-yeu-cau').count()).resolves.toBe(1);
	});

	it('central plan: per section, how many provincial plans reused, adapted or left it out, linking to their comparison', async () => {
		const page = await site.open('/ke-hoach/2025/trung-uong/');
		const rows = page.locator('table.reuse-use tbody tr');
		await expect(rows.count()).resolves.toBeGreaterThan(10);
		const health = rows.filter({ hasText: 'Bộ Y tế' });
		// Lạng Sơn copies Bộ Y tế's two tasks word for word under its own heading "9. Sở Y tế:": the section, judged by
		// the passages inside it (not its heading line), is reused.
		const link = health.locator('td[data-label="Lấy nguyên văn"] a', { hasText: 'Lạng Sơn' });
		const target = await link.getAttribute('href');
		expect(target).toMatch(/^\/ke-hoach\/2025\/lang-son\/so-sanh\/#doan-\d+$/);
		const comparison = await site.open(target!);
		await expect(comparison.locator(`#${target!.split('#')[1]}`).innerText()).resolves.toMatch(
			/^Lấy nguyên văn Nâng cao nhận thức cán bộ, đảng viên, công chức/,
		);
		// A provincial plan's page tells its shares and links to the highlighted text.
		const plan = await site.open('/ke-hoach/2025/lang-son/');
		await expect(plan.locator('a.reuse-note').getAttribute('href')).resolves.toBe('/ke-hoach/2025/lang-son/so-sanh/#ss-tung-phan');
		await expect(plan.locator('a.reuse-note').innerText()).resolves.toMatch(/^Tô sáng phần riêng của tỉnh \(\d+ %\)$/);
	});

	it('year: central plan, provincial plans, slogans and 34-unit coverage for 2025', async () => {
		const page = await site.open('/nam/2025/');
		const main = await text(page);
		expect(main).toContain('Kế hoạch số 705/KH-BCĐNQ');
		expect(main).toMatch(/Kho có kế hoạch của 2 trên 34 tỉnh, thành phố/);
		const y2024 = await text(await view('/nam/2024/'));
		expect(y2024).toMatch(/1 trên 63 tỉnh, thành phố/);
		expect(y2024).toContain('05/KH-BCĐNQ');
	});

	it('province: today’s province shows merged units’ plans; a former province says what it became', async () => {
		const main = await text(await view('/tinh/vinh-long/'));
		expect(main).toContain('Trước 01/07/2025: tỉnh Trà Vinh (1)');
		expect(main).toContain('Triển khai đợt cao điểm tuyên truyền');
		const former = await text(await view('/tinh/tra-vinh/'));
		expect(former).toMatch(/hợp nhất vào tỉnh Vĩnh Long/);
		const list = await text(await view('/tinh/'));
		expect(list).toContain('Bắc Ninh');
	});

	it('slogan: wordings over the years with the plans that printed them, and copy', async () => {
		const list = await site.open('/khau-hieu/');
		// The wording that changes every year reads as text, not as a template.
		expect(await text(list)).toContain('Chào mừng kỷ niệm … năm Ngày Nhân quyền thế giới (10/12/1948 – 10/12/…)');
		expect(await text(list)).not.toMatch(/\bN năm|yyyy/);
		const page = await site.open('/khau-hieu/chao-mung-ky-niem-ngay-nhan-quyen-the-gioi/');
		const main = await text(page);
		expect(main).toContain('Chào mừng Kỷ niệm 75 năm ngày Nhân quyền thế giới (10/12/1948 - 10/12/2023)');
		expect(main).toContain('Nhiệt liệt chào mừng kỷ niệm 99 năm');
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
		const first = page.locator('.slogan-list > li').first();
		const wording = await first.locator('.slogan-text').innerText();
		await first.locator('button.copy-button').click();
		await expect(first.locator('[role="status"]').innerText()).resolves.toBe('Đã sao chép.');
		await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(wording);
	});

	it('slogans of a year: the central list in that year’s wording, then what provinces added', async () => {
		const list = await site.open('/khau-hieu/');
		await list.locator('nav[aria-label="Khẩu hiệu theo năm"] a', { hasText: '2025' }).click();
		await list.waitForURL(/\/khau-hieu\/nam\/2025\/$/);
		const main = await text(list);
		expect(main).toMatch(/Khẩu hiệu của kế hoạch trung ương \(9\)\s+Theo Kế hoạch số 705\/KH-BCĐNQ/);
		expect(main).toContain('Nhiệt liệt chào mừng kỷ niệm 77 năm Ngày Nhân quyền thế giới (10/12/1948 – 10/12/2025)!');
		expect(main).not.toContain('{n}');
		expect(main).toMatch(/Do các tỉnh bổ sung \(\d+\)/);
		expect(await text(await view('/khau-hieu/nam/2024/'))).toContain('Kế hoạch trung ương năm 2024 chưa có trong kho');
	});

	it('about, method and glossary: how texts are made, the errata policy, reporting, the licence and the abbreviations', async () => {
		const about = await text(await view('/gioi-thieu/'));
		expect(about).toContain('Chính sách ghi chú dữ liệu');
		expect(about).toContain('Lỗi in trong văn bản gốc');
		// Without REPORT_URL no address is made up.
		expect(about).toContain('chưa được cấu hình địa chỉ báo lỗi');
		const data = await text(await view('/du-lieu/'));
		expect(data).toMatch(/CC BY 4\.0/);
		const glossary = await site.open('/thuat-ngu/');
		await expect(glossary.locator('#tt-antq + dd').innerText()).resolves.toMatch(
			/^an ninh Tổ quốc\s+Có trong 1 kế hoạch: Kế hoạch số 400…\/KH-BCĐNQ-CQTT \(tỉnh Lạng Sơn, 2025; số hiệu đọc không đầy đủ\)$/,
		);
	});

	it('convention: names, dates and the sentences that cite it', async () => {
		const main = await text(await view('/cong-uoc/cat/'));
		expect(main).toMatch(/Phê chuẩn ngày 05\/02\/2015/);
		expect(main).toContain('Tổ chức tuyên truyền kết quả thực hiện Công ước Chống tra tấn (CAT).');
		expect(main).toMatch(/Các kế hoạch nêu công ước này \(4\)/);
	});

	it('agency: tasks in every plan, lineage and counterparts', async () => {
		const main = await text(await view('/co-quan/so-lao-dong-thuong-binh-xa-hoi/'));
		expect(main).toMatch(/Kế thừa bởi\s+Sở Nội vụ, từ 01\/03\/2025/);
		expect(main).toContain('Bộ Lao động - Thương binh và Xã hội');
		expect(main).toMatch(/Nhiệm vụ được giao \(2\)/);
		const central = await text(await view('/co-quan/bo-tu-phap/'));
		expect(central).toMatch(/Tương ứng ở cấp tỉnh\s+Sở Tư pháp/);
	});

	it('cited document: what is known, who implements it, and that its text is not here', async () => {
		const main = await text(await view('/van-ban/05-kh-bcdnq-2024/'));
		expect(main).toContain('Toàn văn văn bản này chưa có trong kho');
		expect(main).toMatch(/Ngày ban hành\s+14\/10\/2024/);
		expect(main).toContain('Kế hoạch năm 2024 của tỉnh Trà Vinh');
	});

	it('timeline and errata pages', async () => {
		// "In force" is worked out for the visitor's today in the browser, for the data's date without JavaScript.
		const timelinePage = await site.open('/dong-thoi-gian/');
		const timeline = await text(timelinePage);
		const now = new Date();
		const today = `${String(now.getDate()).padStart(2, '0')}/${String(now.getMonth() + 1).padStart(2, '0')}/${now.getFullYear()}`;
		expect(timeline).toContain(`Đang diễn ra hôm nay (${today})`);
		const noScript = await text(await site.open('/dong-thoi-gian/', { javaScript: false }));
		expect(noScript).toMatch(/Đang diễn ra ngày \d\d\/\d\d\/\d{4}\s+Tính theo ngày cập nhật dữ liệu/);
		expect(timeline).toMatch(/15\/11\/2025 – 31\/12\/2025\s+Treo băng rôn/);
		const errata = await text(await view('/loi-va-ghi-chu/'));
		expect(errata).toContain('12/2022');
		expect(errata).toContain('02/12/2025');
		expect(errata).toContain('99 năm');
	});

	it('raw source: the OCR text of record, viewable from the plan page', async () => {
		const plan = await site.open('/ke-hoach/2025/lang-son/');
		await plan.getByRole('link', { name: 'Bản OCR gốc' }).click();
		await plan.waitForURL(/\/nguon\/$/);
		expect(await text(plan, 'pre.source')).toContain('Poc lap - Tu do - Hanh phiic');
	});

	it('script-only controls show from the first paint, with no layout shift, and hide without JavaScript', async () => {
		for (const path of ['/ke-hoach/', '/ke-hoach/2025/trung-uong/', '/khau-hieu/chao-mung-ky-niem-ngay-nhan-quyen-the-gioi/']) {
			const page = await site.open(path);
			const shift = await page.evaluate(
				() =>
					new Promise<number>((resolve) => {
						let total = 0;
						new PerformanceObserver((list) => {
							for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) total += e.value;
						}).observe({ type: 'layout-shift', buffered: true });
						setTimeout(() => resolve(total), 500);
					}),
			);
			expect(shift, path).toBe(0);
			const noJs = await site.open(path, { javaScript: false });
			await expect(noJs.locator('.needs-js:visible').count()).resolves.toBe(0);
		}
		const withJs = await site.open('/ke-hoach/');
		await expect(withJs.locator('#plan-filters').isVisible()).resolves.toBe(true);
	});

	it('reads at 320 px without horizontal page scroll, and prints without navigation', async () => {
		for (const path of ['/', '/ke-hoach/2025/trung-uong/', '/ke-hoach/', '/tinh/']) {
			const page = await site.open(path, { width: 320 });
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
		const page = await site.open('/ke-hoach/2025/trung-uong/');
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.site-nav').isVisible()).resolves.toBe(false);
		await expect(page.locator('.print-only').first().isVisible()).resolves.toBe(true);
	});
});
