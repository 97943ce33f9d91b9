import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { campaignChartSvg, chartSummary, DEFAULT_MAX_ROWS, type ChartRow } from '../../src/lib/charts/timeline-chart.ts';
import { escapeXml } from '../../src/lib/charts/svg.ts';

const PROVINCES = [
	'Hà Nội',
	'Huế',
	'Lai Châu',
	'Điện Biên',
	'Sơn La',
	'Lạng Sơn',
	'Quảng Ninh',
	'Thanh Hóa',
	'Nghệ An',
	'Hà Tĩnh',
	'Cao Bằng',
	'Tuyên Quang',
	'Lào Cai',
	'Thái Nguyên',
	'Phú Thọ',
	'Bắc Ninh',
	'Hưng Yên',
	'Hải Phòng',
	'Ninh Bình',
	'Quảng Trị',
	'Đà Nẵng',
	'Quảng Ngãi',
	'Gia Lai',
	'Khánh Hòa',
	'Lâm Đồng',
	'Đắk Lắk',
	'Hồ Chí Minh',
	'Đồng Nai',
	'Tây Ninh',
	'Cần Thơ',
	'Vĩnh Long',
	'Đồng Tháp',
	'Cà Mau',
	'An Giang',
];
const CITIES = new Set(['Hà Nội', 'Huế', 'Hải Phòng', 'Đà Nẵng', 'Hồ Chí Minh', 'Cần Thơ']);
const title = (p: string) => `${CITIES.has(p) ? 'thành phố' : 'tỉnh'} ${p}`;
const slug = (p: string) =>
	p
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/gi, 'd')
		.toLowerCase()
		.replace(/\s+/g, '-');

const central: ChartRow = {
	id: '2025-trung-uong',
	label: 'Trung ương',
	href: '/ke-hoach/2025/trung-uong/',
	central: true,
	group: 'Trung ương',
	issuedAt: '2025-10-20',
	campaign: { from: '2025-11-01', to: '2025-12-31' },
	banners: { from: '2025-12-01', to: '2025-12-15' },
	reportDeadline: '2025-12-31',
};

/** A province's plan, every date known (the largest markup), varied a little by `i`. */
function provincial(p: string, i = 0, over: Partial<ChartRow> = {}): ChartRow {
	const d = (m: number, day: number) => `2025-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	return {
		id: `2025-${slug(p)}${i ? `-${i}` : ''}`,
		label: title(p),
		href: `/ke-hoach/2025/${slug(p)}${i ? `-${i}` : ''}/`,
		central: false,
		group: title(p),
		groupHref: `/tinh/${slug(p)}/`,
		issuedAt: d(11, 1 + (i % 20)),
		campaign: { from: d(11, 5 + (i % 20)), to: d(12, 20 + (i % 10)) },
		banners: { from: d(12, 1 + (i % 5)), to: d(12, 15 + (i % 10)) },
		reportDeadline: d(12, 25 + (i % 5)),
		...over,
	};
}

const chart = (rows: ChartRow[], extra: { maxRows?: number } = {}) =>
	campaignChartSvg({ year: 2025, rows, title: 'Thời gian thực hiện các kế hoạch năm 2025', idPrefix: 'tl-2025', ...extra });

/** The attributes of every `<tag …>` in `svg` whose class list contains `cls` (all when no class is given). */
function elements(svg: string, tag: string, cls?: string): Record<string, string>[] {
	const out: Record<string, string>[] = [];
	for (const m of svg.matchAll(new RegExp(`<${tag}\\b([^>]*?)/?>`, 'g'))) {
		const attrs = Object.fromEntries([...m[1].matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
		if (!cls || (attrs.class ?? '').split(' ').includes(cls)) out.push(attrs);
	}
	return out;
}

/** Each row link's markup, in order. */
const rowLinks = (svg: string) => [...svg.matchAll(/<a\b[^>]*>.*?<\/a>/gs)].map((m) => m[0]);
const rowsGroup = (svg: string) => svg.match(/<g class="tl-rows">(.*?)<\/g>/s)![1];
/** x of the Human Rights Day line (the first .tl-hr line; the legend's comes later). */
const hrX = (svg: string) => Number(elements(svg, 'line', 'tl-hr')[0].x1);
const gridXs = (svg: string) => elements(svg, 'line', 'tl-g').map((l) => Number(l.x1));
const monthLabels = (svg: string) => [...svg.matchAll(/<text class="tl-m"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('campaign timeline chart (build-time SVG)', () => {
	it('places dates on a UTC time scale: a December campaign spans the 10/12 line, later dates lie further right', () => {
		const svg = chart([provincial('Lạng Sơn', 0, { issuedAt: '2025-11-03', campaign: { from: '2025-12-01', to: '2025-12-31' } })]);
		const bar = elements(svg, 'rect', 'tl-c')[0];
		const x = Number(bar.x);
		const w = Number(bar.width);
		const hr = hrX(svg);
		expect(x).toBeLessThan(hr);
		expect(hr).toBeLessThan(x + w);
		// 10/12 is about a third into December: 9.5 of 31 days.
		expect((hr - x) / w).toBeCloseTo(9.5 / 31, 2);
		// The bar starts at the December tick and ends at the right edge (the end of 31/12).
		expect(gridXs(svg)).toContain(x);
		expect(x + w).toBeCloseTo(Math.max(...gridXs(svg)), 0);
		const issue = Number(elements(svg, 'circle', 'tl-i')[0].cx);
		const deadline = elements(svg, 'path', 'tl-d')[0].d;
		expect(issue).toBeLessThan(x);
		expect(Number(deadline.match(/^M([\d.]+)/)![1])).toBeGreaterThan(hr);
		const rows = [provincial('Huế', 0, { issuedAt: '2025-11-01' }), provincial('Sơn La', 0, { issuedAt: '2025-11-20' })];
		const [a, b] = elements(chart(rows), 'circle', 'tl-i').map((c) => Number(c.cx));
		expect(b).toBeGreaterThan(a);
	});

	it('labels whole months in Vietnamese, with the year on the first month and on January', () => {
		const svg = chart([provincial('Lạng Sơn', 0, { issuedAt: '2025-10-15', reportDeadline: '2026-01-10' })]);
		expect(monthLabels(svg)).toEqual(['T10/2025', 'T11', 'T12', 'T1/2026']);
		// A grid line at each month's start and at the end of the domain (1/2/2026).
		expect(gridXs(svg)).toHaveLength(5);
		const xs = gridXs(svg);
		expect([...xs].sort((p, q) => p - q)).toEqual(xs);
		// Only 10/12: the domain is December, padded to the whole month.
		expect(monthLabels(chart([{ ...provincial('Huế'), issuedAt: null, campaign: null, banners: null, reportDeadline: null }]))).toEqual(['T12/2025']);
	});

	it('draws a period with an unknown start or end open: open classes, a fade, reaching the chart’s edge', () => {
		const svg = chart([
			provincial('Lạng Sơn', 0, { campaign: { from: null, to: '2025-12-15' }, banners: { from: '2025-12-01', to: null } }),
			provincial('Huế', 0, { campaign: { from: '2025-11-10', to: '2025-12-20' } }),
		]);
		const xs = gridXs(svg);
		const left = Math.min(...xs);
		const right = Math.max(...xs);
		const openStart = elements(svg, 'rect', 'tl-os');
		const openEnd = elements(svg, 'rect', 'tl-oe').filter((r) => r.class.includes('tl-b'));
		expect(openStart).toHaveLength(1);
		expect(openStart[0].class).toBe('tl-c tl-os');
		expect(Number(openStart[0].x)).toBe(left);
		expect(openStart[0].mask).toBe('url(#tl-2025-ms)');
		expect(openEnd).toHaveLength(1);
		expect(Number(openEnd[0].x) + Number(openEnd[0].width)).toBeCloseTo(right, 0);
		expect(openEnd[0].mask).toBe('url(#tl-2025-me)');
		// The known dates of the other row draw closed bars.
		const huế = rowLinks(svg)[1];
		expect(elements(huế, 'rect', 'tl-c')[0].class).toBe('tl-c');
		expect(svg).toContain('<mask id="tl-2025-ms"');
		expect(svg).toContain('<mask id="tl-2025-me"');
		// The hover text says which end is unknown.
		expect(rowLinks(svg)[0]).toContain('Đợt tuyên truyền: không rõ – 15/12/2025');
	});

	it('draws no bar for a missing period, nor for one with neither end known', () => {
		const svg = chart([
			provincial('Lạng Sơn', 0, { campaign: null, banners: { from: null, to: null }, issuedAt: null, reportDeadline: null }),
			provincial('Huế'),
		]);
		const [lang, hue] = rowLinks(svg);
		expect(lang).not.toMatch(/<rect class="tl-[cb][ "]/);
		expect(lang).not.toContain('<circle');
		expect(lang).not.toContain('<path');
		expect(lang).toContain('tỉnh Lạng Sơn</text>');
		expect(elements(hue, 'rect', 'tl-c')).toHaveLength(1);
		expect(elements(hue, 'rect', 'tl-b')).toHaveLength(1);
	});

	it('gives nothing for an empty year (the page shows "Chưa có dữ liệu")', () => {
		expect(chart([])).toBe('');
		expect(chartSummary([], 2025)).toBe('Chưa có dữ liệu về kế hoạch năm 2025.');
	});

	it('puts the central plan first, then the rows in the given order', () => {
		const svg = chart([provincial('Huế'), provincial('An Giang'), central]);
		expect(rowLinks(svg).map((a) => a.match(/aria-label="([^"]*)"/)![1])).toEqual([
			'Kế hoạch Trung ương năm 2025',
			'Kế hoạch thành phố Huế năm 2025',
			'Kế hoạch tỉnh An Giang năm 2025',
		]);
		expect(rowLinks(svg)[0]).toMatch(/^<a class="tl-r tl-ctr"/);
	});

	it('makes every row a named link and keeps every mark of a plan inside its link', () => {
		const rows = [central, ...PROVINCES.slice(0, 5).map((p) => provincial(p))];
		const svg = chart(rows);
		const links = rowLinks(svg);
		expect(links).toHaveLength(rows.length);
		for (const a of links) {
			expect(a).toMatch(
				/^<a class="tl-r[^"]*" href="\/ke-hoach\/2025\/[^"]+\/" aria-label="Kế hoạch [^"]+ năm 2025"><title>Kế hoạch [^<]+\nBan hành: \d\d\/\d\d\/2025/,
			);
		}
		// Nothing in the rows' group lies outside a link.
		expect(rowsGroup(svg).replace(/<a\b[^>]*>.*?<\/a>/gs, '')).toBe('');
		expect(elements(svg, 'circle', 'tl-i').length).toBe(rows.length + 1); // and one in the legend
	});

	it('is an accessible, well-formed SVG with no inline styles and no fixed size', () => {
		const svg = chart([central, provincial('Lạng Sơn')]);
		expect(SyntaxValidator.validate(svg)).toBe(true);
		const root = elements(svg, 'svg')[0];
		expect(root.viewBox).toMatch(/^0 0 800 \d+(\.\d)?$/);
		expect(root.width).toBeUndefined();
		expect(root.height).toBeUndefined();
		expect(root.role).toBe('group');
		expect(root['aria-labelledby']).toBe('tl-2025-t');
		expect(svg).toContain('<title id="tl-2025-t">Thời gian thực hiện các kế hoạch năm 2025</title>');
		expect(svg).not.toMatch(/\sstyle=/);
		const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id.startsWith('tl-2025-')).toBe(true);
		// Two rows (a plan page: the plan and its central plan) stay compact.
		expect(Number(root.viewBox.split(' ')[3])).toBeLessThan(150);
		// The legend names every mark.
		for (const text of [
			'Đợt tuyên truyền',
			'Treo băng rôn, khẩu hiệu',
			'Ban hành kế hoạch',
			'Hạn báo cáo',
			'Ngày Nhân quyền thế giới (10/12)',
			'Không rõ ngày bắt đầu/kết thúc',
		])
			expect(svg).toContain(`>${text}</text>`);
		expect(() => campaignChartSvg({ year: 2025, rows: [central], title: 'x', idPrefix: '1 "bad"' })).toThrow(/idPrefix/);
		const described = campaignChartSvg({ year: 2025, rows: [central], title: 'x', idPrefix: 'c', description: chartSummary([central], 2025) });
		expect(described).toContain('aria-describedby="c-d"');
		expect(described).toContain('<desc id="c-d">1 kế hoạch năm 2025 (1 của Trung ương); đợt tuyên truyền từ 01/11/2025 đến 31/12/2025.');
	});

	it('escapes every text and keeps hostile text well-formed', () => {
		const hostile = provincial('Lạng Sơn', 0, {
			label: 'tỉnh <script>alert(1)</script> & "Sơn" \u0001',
			href: '/ke-hoach/2025/x/?a=1&b="2"',
			group: 'A & <B>',
		});
		const svg = campaignChartSvg({ year: 2025, rows: [hostile], title: 'Năm <2025> & "sau"', idPrefix: 'h' });
		expect(SyntaxValidator.validate(svg)).toBe(true);
		expect(svg).not.toContain('<script');
		expect(svg).not.toContain('\u0001');
		expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Sơn&quot;');
		expect(svg).toContain('href="/ke-hoach/2025/x/?a=1&amp;b=&quot;2&quot;"');
		expect(svg).toContain('<title id="h-t">Năm &lt;2025&gt; &amp; &quot;sau&quot;</title>');
		expect(escapeXml(`<a href='x'>&</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
		// Grouped rows escape the province's name too.
		const many = Array.from({ length: 3 }, (_, i) => ({ ...hostile, id: `h${i}` }));
		const grouped = campaignChartSvg({ year: 2025, rows: many, title: 't', idPrefix: 'g', maxRows: 2 });
		expect(SyntaxValidator.validate(grouped)).toBe(true);
		expect(grouped).toContain('A &amp; &lt;B&gt; (3 kế hoạch)</text>');
	});

	it('shortens a long visible label but keeps the full name in the link', () => {
		const long = 'Ban Chỉ đạo về nhân quyền của một tỉnh có tên rất dài dài dài';
		const svg = chart([provincial('Huế', 0, { label: long })]);
		expect(svg).toContain(`aria-label="Kế hoạch ${long} năm 2025"`);
		const shown = svg.match(/<text x="6" y="\d+">([^<]*)<\/text>/)![1];
		expect(shown.endsWith('…')).toBe(true);
		expect(Array.from(shown).length).toBeLessThanOrEqual(36);
	});

	it('stays small: 34 provinces and the central plan under 30 kB', () => {
		const svg = chart([central, ...PROVINCES.map((p, i) => provincial(p, i))]);
		expect(rowLinks(svg)).toHaveLength(35);
		expect(SyntaxValidator.validate(svg)).toBe(true);
		expect(Buffer.byteLength(svg)).toBeLessThan(30_000);
	});

	it(`groups more than ${DEFAULT_MAX_ROWS} rows one per province, under 150 kB for 400 plans`, () => {
		const rows = [central, ...Array.from({ length: 399 }, (_, i) => provincial(PROVINCES[i % PROVINCES.length], Math.floor(i / PROVINCES.length)))];
		rows[6] = { ...rows[6], campaign: { from: null, to: '2025-12-20' } }; // one plan of Lạng Sơn with an unknown start
		const svg = chart(rows);
		expect(SyntaxValidator.validate(svg)).toBe(true);
		expect(Buffer.byteLength(svg)).toBeLessThan(150_000);
		const links = rowLinks(svg);
		expect(links).toHaveLength(1 + PROVINCES.length);
		expect(links[0]).toContain('aria-label="Kế hoạch Trung ương năm 2025"');
		// 399 plans over 34 provinces: 25 with 12 plans, 9 with 11; the count is visible.
		expect(links[1]).toContain('>thành phố Hà Nội (12 kế hoạch)</text>');
		expect(links[1]).toContain('href="/tinh/ha-noi/"');
		expect(links[1]).toContain('aria-label="thành phố Hà Nội: 12 kế hoạch năm 2025"');
		expect(links[1]).toMatch(/^<a class="tl-r tl-grp"/);
		expect(svg).toContain('(11 kế hoạch)</text>');
		// A province's row spans its plans: earliest issue, union of the periods, latest deadline.
		const hanoi = links[1];
		expect(hanoi).toContain('Ban hành sớm nhất: 01/11/2025');
		expect(hanoi).toContain('Đợt tuyên truyền (gộp): 05/11/2025 – 29/12/2025');
		expect(hanoi).toContain('Hạn báo cáo muộn nhất: 29/12/2025');
		// The province whose one plan has an unknown start: its union's start is unknown.
		const open = links.find((a) => a.includes('Lạng Sơn'))!;
		expect(open).toContain('Đợt tuyên truyền (gộp): 06/11/2025 – 29/12/2025; 1 kế hoạch không rõ ngày bắt đầu\n');
		expect(elements(open, 'rect', 'tl-c').map((b) => b.class)).toEqual(['tl-c tl-os', 'tl-c']);
		expect(svg).toContain('Hàng của một tỉnh gộp các kế hoạch của tỉnh');
		// A province with one plan of unknown start and another of unknown end: a solid bar over the
		// known dates, and faded pieces on to both edges.
		const both = [
			central,
			...Array.from({ length: 3 }, (_, i) => provincial('Huế', i)),
			provincial('Huế', 3, { campaign: { from: null, to: '2025-12-20' } }),
			provincial('Huế', 4, { campaign: { from: '2025-11-20', to: null } }),
		];
		const bothSvg = chart(both, { maxRows: 3 });
		const bars = elements(rowLinks(bothSvg)[1], 'rect', 'tl-c');
		expect(bars.map((b) => b.class)).toEqual(['tl-c tl-os', 'tl-c', 'tl-c tl-oe']);
		expect(bars.map((b) => b.mask)).toEqual(['url(#tl-2025-ms)', undefined, 'url(#tl-2025-me)']);
		const [left, core, right] = bars.map((b) => [Number(b.x), Number(b.x) + Number(b.width)]);
		expect(left[0]).toBe(Math.min(...gridXs(bothSvg)));
		expect(left[1]).toBeCloseTo(core[0], 0);
		expect(core[1]).toBeCloseTo(right[0], 0);
		expect(right[1]).toBeCloseTo(Math.max(...gridXs(bothSvg)), 0);
		// The core runs from the earliest known start (05/11) to the latest known end (22/12).
		const december = gridXs(bothSvg)[3];
		const dayWidth = (gridXs(bothSvg)[4] - december) / 31;
		expect(core[1]).toBeCloseTo(december + 22 * dayWidth, 0);
		expect(rowLinks(bothSvg)[1]).toContain(
			'Đợt tuyên truyền (gộp): 05/11/2025 – 22/12/2025; 1 kế hoạch không rõ ngày bắt đầu, 1 kế hoạch không rõ ngày kết thúc',
		);
		expect(SyntaxValidator.validate(bothSvg)).toBe(true);
		// Not grouped when the rows fit.
		expect(rowLinks(chart(rows, { maxRows: 500 }))).toHaveLength(400);
	});

	it('summarises the rows in one or two Vietnamese sentences', () => {
		const rows = [
			central,
			provincial('Lạng Sơn', 0, { campaign: { from: null, to: '2025-12-20' }, reportDeadline: '2025-12-15' }),
			provincial('Huế', 0, { campaign: { from: '2025-12-01', to: null } }),
			provincial('Sơn La', 0, { campaign: null, reportDeadline: null }),
		];
		expect(chartSummary(rows, 2025)).toBe(
			'4 kế hoạch năm 2025 (1 của Trung ương); đợt tuyên truyền sớm nhất bắt đầu 01/11/2025, muộn nhất kết thúc 31/12/2025; ' +
				'1 kế hoạch không rõ ngày bắt đầu, 1 kế hoạch không rõ ngày kết thúc, 1 kế hoạch không nêu đợt tuyên truyền. ' +
				'Hạn báo cáo sớm nhất 15/12/2025, muộn nhất 31/12/2025.',
		);
		expect(chartSummary([provincial('Huế', 0, { reportDeadline: '2025-12-25' })], 2025)).toBe(
			'1 kế hoạch năm 2025; đợt tuyên truyền từ 05/11/2025 đến 20/12/2025. Hạn báo cáo: 25/12/2025.',
		);
	});
});
