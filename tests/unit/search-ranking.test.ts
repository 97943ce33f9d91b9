import { describe, expect, it } from 'vitest';
import { bestSection, landing, sectionsWithHits, type LandingAnchor } from '../../src/lib/search/landing.ts';
import { bucketsForYears, planBuckets } from '../../src/lib/search/partition.ts';
import { namesPage } from '../../src/lib/search/rank.ts';
import { suggestLinks, type BrowseEntry } from '../../src/lib/search/suggest.ts';

/** A page as Pagefind gives it: words, anchors at word positions, weights of some words. */
function page(blocks: { el: string; id?: string; text: string; weight?: number }[]) {
	const words: string[] = [];
	const anchors: LandingAnchor[] = [];
	const weights = new Map<number, number>();
	for (const b of blocks) {
		const ws = b.text.split(' ');
		if (b.id) anchors.push({ element: b.el, id: b.id, text: b.text, location: words.length });
		ws.forEach((_, i) => b.weight && weights.set(words.length + i, b.weight));
		words.push(...ws);
	}
	return { words, anchors, weights };
}

describe('landing: the section a hit lands on', () => {
	const plan = page([
		{ el: 'h1', text: 'Kế hoạch của tỉnh Sơn La', weight: 7 },
		{ el: 'p', text: 'Người ký: Trưởng Công an tỉnh', weight: 3 },
		{ el: 'h2', id: 'toan-van', text: 'Toàn văn', weight: 6 },
		{ el: 'p', text: 'Căn cứ kế hoạch của Ban Chỉ đạo.' },
		{ el: 'h2', id: 'i-muc-dich', text: 'I. MỤC ĐÍCH', weight: 6 },
		{ el: 'p', text: 'Nâng cao tinh thần cảnh giác.' },
		{ el: 'h2', id: 'iii-nhiem-vu', text: 'III. NHIỆM VỤ', weight: 6 },
		{ el: 'h3', id: 'muc-2-cong-an', text: '2. Công an tỉnh', weight: 5 },
		{ el: 'p', text: 'Chủ trì đấu tranh phản bác.' },
		{ el: 'h3', id: 'muc-3-so', text: '3. Sở Tư pháp', weight: 5 },
		{ el: 'p', id: 'muc-a-phoi-hop', text: 'a) Phối hợp với Công an tỉnh trong tuyên truyền.' },
		{ el: 'p', text: 'Báo cáo kết quả về Công an tỉnh.' },
		{ el: 'p', text: 'GIÁM ĐỐC CÔNG AN TỈNH' },
	]);
	const sections = sectionsWithHits(plan.words, plan.anchors, plan.weights, 'cong an tinh');

	it('lands on the heading that names the words, not the facts or the signature', () => {
		expect(bestSection(sections)?.id).toBe('muc-2-cong-an');
	});
	it('offers only sections holding a hit, each the deepest heading or numbered paragraph', () => {
		const ids = landing(sections).map((s) => s.id);
		expect(ids[0]).toBe('muc-2-cong-an');
		// The numbered paragraph holds its own mention; the text after it belongs to its heading.
		expect(ids).toContain('muc-a-phoi-hop');
		expect(ids).toContain('muc-3-so');
		expect(ids).not.toContain('i-muc-dich'); // "tinh thần" is one syllable of the query, not the words together
		expect(ids).not.toContain('toan-van');
	});
	it('counts whole syllables only, and names the opening of the text as such', () => {
		const s = sectionsWithHits(plan.words, plan.anchors, plan.weights, 'ban chi dao');
		expect(s.map((x) => [x.id, x.title])).toEqual([['toan-van', 'Phần mở đầu']]);
		expect(sectionsWithHits(plan.words, plan.anchors, plan.weights, 'ca')).toEqual([]);
	});
});

describe('ranking: reference pages first only when the query names them', () => {
	it.each([
		['Công an tỉnh', 'cong an tinh', true],
		['CEDAW — Công ước về xóa bỏ mọi hình thức phân biệt đối xử với phụ nữ', 'CEDAW', true],
		['Tỉnh Lạng Sơn', 'lang son', true],
		['CRC — Công ước về quyền trẻ em', 'quyền trẻ em', true],
		['Ban Chỉ đạo Nhân quyền Chính phủ', 'nhan quyen', false],
		['Khẩu hiệu: Chào mừng kỷ niệm N năm Ngày Nhân quyền thế giới', 'nhân quyền', false],
		['Bộ Công an', 'cong an tinh', false],
	])('%s ← "%s": %s', (title, query, named) => expect(namesPage(title, query)).toBe(named));
});

describe('partition: year buckets, newest first', () => {
	const perYear = new Map([
		[2020, 300],
		[2021, 300],
		[2022, 300],
		[2023, 300],
		[2024, 300],
		[2025, 200],
	]);
	it('puts whole years in the first bucket up to its size, the rest in larger ones', () => {
		const b = planBuckets(perYear, 500, 700);
		expect(b.map((x) => x.years)).toEqual([[2025, 2024], [2023, 2022, 2021], [2020]]);
		expect(b.map((x) => x.id)).toEqual(['plans-2024-2025', 'plans-2021-2023', 'plans-2020']);
		expect(b.reduce((s, x) => s + x.plans, 0)).toBe(1700);
	});
	it('keeps a lone newest year however large, and skips buckets outside a year range', () => {
		const b = planBuckets(perYear, 100, 100);
		expect(b[0]).toEqual({ id: 'plans-2025', years: [2025], plans: 200 });
		expect(bucketsForYears(b, 2021, 2022).map((x) => x.id)).toEqual(['plans-2022', 'plans-2021']);
		expect(bucketsForYears(b, null, null)).toHaveLength(6);
	});
});

describe('suggestions when nothing is found', () => {
	const entries: BrowseEntry[] = [
		{ label: 'Năm 2024', name: '2024', href: '/nam/2024/' },
		{ label: 'Lạng Sơn', name: 'Lạng Sơn', href: '/tinh/lang-son/' },
		{ label: 'Sơn La', name: 'Sơn La', href: '/tinh/son-la/' },
		{ label: 'Sở Tư pháp', name: 'Sở Tư pháp', href: '/co-quan/so-tu-phap/' },
	];
	it('links the pages whose names stand in the query', () => {
		expect(suggestLinks('lang son 2024', entries).map((e) => e.href)).toEqual(['/nam/2024/', '/tinh/lang-son/']);
		expect(suggestLinks('tu phap tinh', entries).map((e) => e.href)).toEqual(['/co-quan/so-tu-phap/']);
		expect(suggestLinks('quyen con nguoi', entries)).toEqual([]);
	});
});
