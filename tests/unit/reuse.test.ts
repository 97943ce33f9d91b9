import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../src/lib/compare.ts';
import {
	ADAPTED_MIN,
	adaptedDiff,
	align,
	centralSectionUse,
	fold,
	passagesOf,
	percentages,
	sectionPassages,
	sectionsOf,
	sectionStatus,
	type AlignedPassage,
	type Alignment,
} from '../../src/lib/reuse.ts';
import { barSegments, reuseBarSvg } from '../../src/lib/charts/reuse-bar.ts';
import { realCatalog } from '../support/catalog.ts';

const y2025 = { year: 2025, anniversary: 77 };
const y2024 = { year: 2024, anniversary: 76 };

const CENTRAL = `Mở đầu của kế hoạch trung ương, nêu mục đích chung của đợt tuyên truyền năm nay.

## I. MỤC ĐÍCH, YÊU CẦU

Kỷ niệm 77 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2025) – tuyên truyền “thành tựu bảo đảm quyền con người” một cách thiết thực, hiệu quả.

Tổ chức các hoạt động tuyên truyền, kỷ niệm bằng nhiều hình thức phù hợp, bảo đảm trang trọng, thiết thực, hiệu quả, có trọng tâm, trọng điểm.

## II. KINH PHÍ

Kinh phí thực hiện do ngân sách trung ương bảo đảm theo quy định hiện hành của pháp luật về ngân sách nhà nước.
`;

const LOCAL = `Mở đầu riêng của tỉnh, căn cứ vào tình hình địa phương để xây dựng kế hoạch này cho phù hợp.

## I. MỤC ĐÍCH, YÊU CẦU

1\\. Kỷ niệm 76 năm Ngày Nhân quyền thế giới
(10/12/1948 — 10/12/2024) - tuyên truyền "thành tựu bảo đảm
quyền con người" một cách thiết thực, hiệu quả.

2\\. Tổ chức các hoạt động tuyên truyền, kỷ niệm bằng các hình thức phù hợp với địa bàn tỉnh, bảo đảm trang trọng, thiết thực, hiệu quả, có trọng tâm, trọng điểm.

- Tỉnh tổ chức hội thi tìm hiểu pháp luật cho đồng bào vùng biên giới và vùng sâu, vùng xa.
`;

const byText = (a: Alignment, start: string): AlignedPassage => {
	const p = a.passages.find((x) => x.text.startsWith(start));
	if (!p) throw new Error(`no passage starting "${start}"`);
	return p;
};

describe('folding', () => {
	it('drops case, marks, đ, punctuation, dash and quote glyphs and spacing, and stands in for the year and anniversary', () => {
		expect(fold('Đảng – “Nhà nước”  kỷ niệm 77 năm (10/12/1948 — 10/12/2025)!', y2025)).toBe('dang nha nuoc ky niem #kyniem nam 10 12 1948 10 12 #nam');
		expect(fold('Đảng - "Nhà nước" kỷ niệm 76 năm (10/12/1948 - 10/12/2024)', y2024)).toBe(
			fold('Đảng – “Nhà nước” kỷ niệm 77 năm (10/12/1948 — 10/12/2025)', y2025),
		);
		// NFD input folds like NFC input.
		expect(fold('Quyền con người'.normalize('NFD'), y2025)).toBe('quyen con nguoi');
		// Other numbers stay: a different date is a different text.
		expect(fold('trước ngày 10/02/2026', y2025)).not.toBe(fold('trước ngày 15/02/2026', y2025));
	});

	it('splits a body into headings, paragraphs (joined across line wraps) and list items, long paragraphs into sentences', () => {
		const p = passagesOf(LOCAL, y2024);
		expect(p.map((x) => [x.heading, x.list])).toEqual([
			[0, 0],
			[2, 0],
			[0, 0],
			[0, 0],
			[0, 1],
		]);
		expect(p[2].text).toBe(
			'1. Kỷ niệm 76 năm Ngày Nhân quyền thế giới (10/12/1948 — 10/12/2024) - tuyên truyền "thành tựu bảo đảm quyền con người" một cách thiết thực, hiệu quả.',
		);
		const long = `${'Câu thứ nhất có nhiều chữ '.repeat(8)}kết thúc. ${'Câu thứ hai cũng dài '.repeat(8)}hết.`;
		const sentences = passagesOf(`1\\. ${long}`, y2025);
		expect(sentences).toHaveLength(2);
		expect(sentences[0].text.startsWith('1. Câu thứ nhất')).toBe(true);
		expect(sentences.every((s) => s.block === 0)).toBe(true);
		// A hard line break ("\\" at the end of a line) is no character of the text.
		expect(passagesOf('Dòng thứ nhất của đoạn\\\nDòng thứ hai', y2025)[0].text).toBe('Dòng thứ nhất của đoạn Dòng thứ hai');
		// "Nơi nhận" and the signature are no passages.
		expect(passagesOf('Đoạn cuối của kế hoạch.\n\n**Nơi nhận:**\n\n- Như trên;\n\nKT. TRƯỞNG BAN\\\nPHÓ TRƯỞNG BAN', y2025).map((p) => p.text)).toEqual([
			'Đoạn cuối của kế hoạch.',
		]);
		// MDX components keep their text.
		expect(passagesOf('Người ký <Uncertain ocr="Vii">Vũ</Uncertain> Thanh Tùng', y2025)[0].text).toBe('Người ký Vũ Thanh Tùng');
	});
});

describe('alignment', () => {
	const a = align({ body: LOCAL, ...y2024 }, { body: CENTRAL, ...y2025 })!;

	it('finds a passage copied with other line wraps, dashes, quotes, numbering and anniversary verbatim', () => {
		const p = byText(a, '1. Kỷ niệm 76 năm');
		expect(p.kind).toBe('verbatim');
		expect(a.central[p.source!].text).toMatch(/^Kỷ niệm 77 năm/);
		expect(byText(a, 'I. MỤC ĐÍCH').kind).toBe('verbatim');
	});

	it('finds a reworded passage adapted, with the word diff of the change', () => {
		const p = byText(a, '2. Tổ chức các hoạt động');
		expect(p.kind).toBe('adapted');
		expect(p.score).toBeGreaterThanOrEqual(ADAPTED_MIN);
		const source = a.central[p.source!];
		expect(source.text).toMatch(/^Tổ chức các hoạt động/);
		const diff = wordDiff(source.text, p.text);
		expect(diff.filter((c) => c.removed).map((c) => c.value.trim())).toEqual(expect.arrayContaining(['nhiều']));
		expect(
			diff
				.filter((c) => c.added)
				.map((c) => c.value)
				.join(''),
		).toContain('địa bàn tỉnh');
	});

	it("finds the province's own passages own", () => {
		expect(byText(a, 'Mở đầu riêng').kind).toBe('own');
		expect(byText(a, 'Tỉnh tổ chức hội thi').kind).toBe('own');
		expect(byText(a, 'Tỉnh tổ chức hội thi').source).toBeNull();
	});

	it('marks what the central plan had and the province did not take, section by section', () => {
		const status = Object.fromEntries(sectionsOf(a.central).map((s) => [s.heading?.text ?? '', sectionStatus(s)]));
		expect(status).toEqual({ '': 'not-taken', 'I. MỤC ĐÍCH, YÊU CẦU': 'adapted', 'II. KINH PHÍ': 'not-taken' });
		expect(a.central.find((c) => c.text.startsWith('Kỷ niệm'))!.status).toBe('reused');
		expect(a.central.find((c) => c.text.startsWith('Tổ chức'))!.status).toBe('adapted');
		expect(a.central.find((c) => c.text.startsWith('Kinh phí'))!.takenBy).toEqual([]);
	});

	it('counts words by kind; the shares add up to one', () => {
		expect(a.words.total).toBe(a.passages.reduce((n, p) => n + p.words, 0));
		expect(a.shares.verbatim + a.shares.adapted + a.shares.own).toBeCloseTo(1, 10);
		expect(a.words.own).toBeGreaterThan(0);
	});

	it('a plan aligned with itself is all verbatim; with an empty text on either side there is nothing to compare', () => {
		const self = align({ body: CENTRAL, ...y2025 }, { body: CENTRAL, ...y2025 })!;
		expect(self.shares.verbatim).toBe(1);
		expect(self.central.every((c) => c.status === 'reused')).toBe(true);
		expect(align({ body: LOCAL, ...y2024 }, { body: '', ...y2025 })).toBeNull();
		expect(align({ body: '\n\n', ...y2024 }, { body: CENTRAL, ...y2025 })).toBeNull();
	});

	it('a repeated central heading is matched in order, not always to its first occurrence', () => {
		const central =
			'## III. TỔ CHỨC THỰC HIỆN\n\n### 5. Bộ Tư pháp\n\nTuyên truyền pháp luật về quyền con người cho cán bộ, công chức.\n\n## IV. Tổ chức thực hiện\n\nCác bộ, ngành báo cáo kết quả trước ngày 10/02.\n';
		const local =
			'## III. PHÂN CÔNG NHIỆM VỤ\n\nSở Tư pháp phối hợp với Bộ Tư pháp tuyên truyền pháp luật về quyền con người cho cán bộ, công chức trên địa bàn.\n\n## IV. TỔ CHỨC THỰC HIỆN\n\nCác sở, ngành báo cáo kết quả trước ngày 10/02.\n';
		const a = align({ body: local, ...y2025 }, { body: central, ...y2025 })!;
		const iv = byText(a, 'IV. TỔ CHỨC THỰC HIỆN');
		expect(iv.kind).toBe('verbatim');
		expect(a.central[iv.source!].text).toBe('IV. Tổ chức thực hiện');
		// The central III heading has the same words, but the province's III is its own; IV takes IV.
		expect(a.central[0].status).toBe('not-taken');
		expect(a.central.find((c) => c.text === 'IV. Tổ chức thực hiện')!.takenBy).toEqual([iv.index]);
		// A paragraph that names "Bộ Tư pháp" does not take the central heading "5. Bộ Tư pháp".
		expect(a.central.find((c) => c.text === '5. Bộ Tư pháp')!.status).toBe('not-taken');
	});
});

describe('on the real plans, against 705/KH-BCĐNQ', () => {
	const catalog = realCatalog();
	const central = catalog.plan('2025-trung-uong')!;
	const run = (id: string) => {
		const p = catalog.plan(id)!;
		return align({ body: p.body, ...p.data }, { body: central.body, ...central.data })!;
	};
	const langSon = run('2025-lang-son');
	const anGiang = run('2025-an-giang');
	const source = (a: Alignment, p: AlignedPassage) => a.central[p.source!].text;

	it('Lạng Sơn section I: items 1 and 4 adapted, the first sentence of 2 verbatim, its second sentence and item 3 its own', () => {
		const i1 = byText(langSon, '1. Nâng cao nhận thức về nội dung');
		expect(i1.kind).toBe('adapted');
		// The only change: the central plan's "những" before "cam kết mạnh mẽ" is not there (the number "1." is not a change).
		const { marker, diff } = adaptedDiff(source(langSon, i1), i1.text);
		expect(marker).toBe('1. ');
		expect(diff.filter((c) => c.added || c.removed).map((c) => c.value.trim())).toEqual(['những']);
		const i2 = byText(langSon, '2. Khơi dậy mạnh mẽ');
		expect(i2.kind).toBe('verbatim');
		expect(source(langSon, i2)).toMatch(/^Khơi dậy mạnh mẽ/);
		expect(byText(langSon, 'Nâng cao nhận thức của lãnh đạo').kind).toBe('own');
		for (const start of ['3. Đẩy mạnh công tác thông tin', 'Công tác tuyên truyền phải đảm bảo', 'Phát huy vai trò của các thành viên'])
			expect(byText(langSon, start).kind).toBe('own');
		expect(byText(langSon, '4. Tổ chức các hoạt động tuyên truyền').kind).toBe('adapted');
		// Of the central plan's four aims, the third ("Công tác tuyên truyền theo đúng…") gives only its last words
		// ("mạng xã hội (Youtube, Facebook, Tiktok) để tăng cường hiệu ứng lan tỏa thông tin") to item 3, which is split there.
		const aim3 = langSon.central.find((c) => c.text.startsWith('Công tác tuyên truyền theo đúng'))!;
		expect(aim3.status).toBe('adapted');
		expect(aim3.takenBy.map((i) => langSon.passages[i].text)).toEqual([expect.stringMatching(/^tăng cường hiệu ứng lan tỏa thông tin/)]);
		expect(langSon.passages[aim3.takenBy[0] - 1]).toMatchObject({ kind: 'own', block: langSon.passages[aim3.takenBy[0]].block });
	});

	it("Lạng Sơn's tasks: Công an tỉnh and Sở Tư pháp its own but for the CAT and ICCPR sentences of Bộ Công an and Bộ Tư pháp; Sở Y tế copied from Bộ Y tế; the slogans the central ones", () => {
		const tasks = sectionsOf(langSon.passages);
		const section = (start: string) => tasks.find((s) => s.heading?.text.startsWith(start))!;
		const taken = (start: string) =>
			section(start)
				.passages.filter((p) => p.kind !== 'own')
				.map((p) => [p.text, source(langSon, p)]);
		expect(taken('2. Công an tỉnh')).toEqual([
			['tuyên truyền kết quả thực hiện Công ước Chống tra tấn (CAT).', 'Tổ chức tuyên truyền kết quả thực hiện Công ước Chống tra tấn (CAT).'],
			['phối hợp với các cơ quan truyền thông', expect.stringMatching(/^Phối hợp với các cơ quan truyền thông/)],
		]);
		expect(taken('4. Sở Tư pháp')).toEqual([
			[
				'về các quyền dân sự và chính trị (ICCPR)',
				expect.stringMatching(/^Triển khai các hoạt động tuyên truyền về kết quả thực thi Công ước về các quyền dân sự và chính trị \(ICCPR\)/),
			],
		]);
		// Each own passage holds no run of 8 words or more shared with the central plan.
		expect(langSon.passages.filter((p) => p.kind === 'own' && p.runWords > 0)).toEqual([]);
		const health = section('9. Sở Y tế').passages;
		expect(health.map((p) => p.kind)).toEqual(['verbatim', 'verbatim']);
		expect(health.map((p) => source(langSon, p))).toEqual([
			expect.stringMatching(/^Nâng cao nhận thức cán bộ/),
			expect.stringMatching(/^Phát động các cuộc thăm khám/),
		]);
		// "99 năm" (the print's slip for 77) makes the first slogan adapted; the other eight are verbatim.
		expect(byText(langSon, 'Nhiệt liệt chào mừng kỷ niệm 99 năm').kind).toBe('adapted');
		expect(byText(langSon, 'Việt Nam kiên quyết đấu tranh với hành vi tra tấn').kind).toBe('verbatim');
	});

	it('An Giang: its tasks own but for what they lift from the central plan (Công an tỉnh from III.15), the central aims it reworded adapted', () => {
		const tasks = sectionsOf(anGiang.passages, 4);
		const section = (start: string) => tasks.find((s) => s.heading?.text.startsWith(start))!;
		const police = section('a) Công an tỉnh').passages;
		const fromOffice = police.filter(
			(p) => p.source !== null && anGiang.central[p.source].text.startsWith('Chủ trì, phối hợp với các ban, bộ, ngành thành viên BCĐ Nhân quyền Chính phủ'),
		);
		expect(fromOffice.reduce((n, p) => n + p.words, 0)).toBeGreaterThanOrEqual(30);
		expect(police.filter((p) => p.kind === 'own').length).toBeGreaterThan(0);
		expect(section('đ) Sở Tư pháp').passages.filter((p) => p.kind === 'own').length).toBeGreaterThan(0);
		// Slogans b) and đ) are 2023 slogans, not in 705: own, not matched to passages of 705's section 2.
		expect(byText(anGiang, 'b) Việt Nam tích cực, chủ động với vai trò thành viên')).toMatchObject({ kind: 'own', slogan: true });
		expect(byText(anGiang, 'đ) Việt Nam luôn bảo đảm quyền tự do tín ngưỡng')).toMatchObject({ kind: 'own', slogan: true });
		// The second half of I.1 ("quảng bá hình ảnh … 2026 - 2028") is taken, not own.
		expect(byText(anGiang, 'quảng bá hình ảnh đất nước Việt Nam').kind).not.toBe('own');
		expect(byText(anGiang, 'Kết quả thực thi các Công ước quốc tế mà Việt Nam là thành viên').kind).not.toBe('own');
		expect(byText(anGiang, 'b) Ban Tuyên giáo và Dân vận Tỉnh ủy').kind).toBe('adapted');
		expect(anGiang.shares.own).toBeGreaterThan(langSon.shares.own);
	});

	it('sees every copied run: at most 5 % of own words in runs of 8+ words shared with 705; reused + adapted within the independent measures', () => {
		// Independent measures (folded words shared with 705/KH-BCĐNQ): runs of 8+ words cover 42 % of An Giang and
		// 61.5 % of Lạng Sơn, runs of 5+ words 55 % and 73 %.
		for (const [a, low, high] of [
			[anGiang, 0.42, 0.55],
			[langSon, 0.615, 0.73],
		] as const) {
			expect(a.runs.ownWords / a.words.own).toBeLessThanOrEqual(0.05);
			expect(a.shares.verbatim + a.shares.adapted).toBeGreaterThanOrEqual(low);
			expect(a.shares.verbatim + a.shares.adapted).toBeLessThanOrEqual(high);
			// The run measure itself agrees with the independent 8-word figure.
			expect(a.runs.words / a.words.total).toBeCloseTo(low, 1);
		}
	});

	it('the central plan’s per-section use: rows judged by the passages inside each section', () => {
		const use = centralSectionUse([
			{ plan: 'an-giang', alignment: anGiang },
			{ plan: 'lang-son', alignment: langSon },
		]);
		const row = (start: string) => {
			const u = use.find((x) => x.section.heading?.text.startsWith(start));
			if (!u) throw new Error(`no row ${start}`);
			return Object.fromEntries(Object.entries(u.plans).flatMap(([status, list]) => list.map((x) => [x.plan, status])));
		};
		// Bộ Y tế's two paragraphs are copied word for word by both ("Bộ" → "Sở" only in the heading).
		expect(row('10. Bộ Y tế')).toEqual({ 'an-giang': 'reused', 'lang-son': 'reused' });
		// Lạng Sơn copies the CAT sentence of III.3 and the ICCPR sentence of III.5; An Giang's Công an tỉnh lifts III.15.
		expect(row('3. Bộ Công an')['lang-son']).not.toBe('not-taken');
		expect(row('5. Bộ Tư pháp')['lang-son']).not.toBe('not-taken');
		expect(row('15. Văn phòng Cơ quan Thường trực')['an-giang']).not.toBe('not-taken');
		// "Nơi nhận" and the signature belong to no section; IV.2 and IV.3 are paragraphs of IV, not sections of their own.
		expect(use.some((u) => /^(?:2\. Kinh phí|Nơi nhận)/.test(u.section.heading?.text ?? ''))).toBe(false);
		expect(use.flatMap((u) => sectionPassages(u.section)).some((p) => /Nơi nhận|THỦ TRƯỞNG BỘ CÔNG AN/.test(p.text))).toBe(false);
		// II has no text of its own: it is judged by II.1 and II.2, which both provinces take in part.
		expect(row('II. THỜI GIAN, NỘI DUNG TUYÊN TRUYỀN')).toEqual({ 'an-giang': 'adapted', 'lang-son': 'adapted' });
	});

	it('aligns a pair of 30–37 kB plans well under 100 ms', () => {
		const times: number[] = [];
		for (let i = 0; i < 7; i++) {
			const t = performance.now();
			run('2025-an-giang');
			times.push(performance.now() - t);
		}
		times.sort((x, y) => x - y);
		expect(times[3]).toBeLessThan(100);
	});
});

describe('use of the central sections', () => {
	it('counts, per central section, the plans that reused, adapted or left it out, with the passage to link to', () => {
		const a = align({ body: LOCAL, ...y2024 }, { body: CENTRAL, ...y2025 })!;
		const self = align({ body: CENTRAL, ...y2025 }, { body: CENTRAL, ...y2025 })!;
		const use = centralSectionUse([
			{ plan: 'tinh', alignment: a },
			{ plan: 'ban-sao', alignment: self },
		]);
		expect(use.map((u) => u.section.heading?.text ?? '')).toEqual(['', 'I. MỤC ĐÍCH, YÊU CẦU', 'II. KINH PHÍ']);
		const counts = use.map((u) => [u.plans.reused.length, u.plans.adapted.length, u.plans['not-taken'].length]);
		expect(counts).toEqual([
			[1, 0, 1],
			[1, 1, 0],
			[1, 0, 1],
		]);
		const tinh = use[1].plans.adapted[0];
		expect(tinh.plan).toBe('tinh');
		// The first passage of the province's plan that takes section I: its heading.
		expect(tinh.passageId).toBe(`doan-${byText(a, 'I. MỤC ĐÍCH').index}`);
		expect(use[2].plans['not-taken'][0]).toEqual({ plan: 'tinh', passageId: null });
		expect(centralSectionUse([])).toEqual([]);
	});

	it('diffs a piece of a split passage against the stretch of its source it shares, not the whole source', () => {
		const source = 'Nâng cao nhận thức cán bộ, đảng viên, công chức, viên chức, người lao động về vấn đề quyền con người.';
		const { diff } = adaptedDiff(source, 'Nâng cao nhận thức của cán bộ, đảng viên, công chức, viên chức', true);
		expect(diff.filter((c) => c.removed).map((c) => c.value.trim())).not.toContain('người lao động về vấn đề quyền con người.');
		expect(
			diff
				.filter((c) => !c.removed)
				.map((c) => c.value)
				.join(''),
		).toBe('Nâng cao nhận thức của cán bộ, đảng viên, công chức, viên chức');
		// A whole passage keeps its full diff.
		expect(adaptedDiff(source, 'Nâng cao nhận thức của cán bộ').diff.some((c) => c.removed && c.value.includes('người lao động'))).toBe(true);
	});

	it('rounds shares to whole percentages that add up to 100', () => {
		expect(percentages({ verbatim: 0.2556, adapted: 0.3576, own: 0.3868 })).toEqual({ verbatim: 25, adapted: 36, own: 39 });
		expect(percentages({ verbatim: 1 / 3, adapted: 1 / 3, own: 1 / 3 })).toEqual({ verbatim: 34, adapted: 33, own: 33 });
		expect(percentages({ verbatim: 0, adapted: 0, own: 0 })).toEqual({ verbatim: 0, adapted: 0, own: 0 });
	});
});

describe('the bar', () => {
	it('draws consecutive passages of one kind as one stretch, to scale, the hatch pattern for adapted text', () => {
		const a = align({ body: LOCAL, ...y2024 }, { body: CENTRAL, ...y2025 })!;
		const segments = barSegments(a.passages);
		expect(segments.map((s) => s.kind)).toEqual(['own', 'verbatim', 'adapted', 'own']);
		expect(segments.reduce((n, s) => n + s.words, 0)).toBe(a.words.total);
		const svg = reuseBarSvg(a.passages, 'Tóm tắt <&>', 'x');
		expect(svg).toContain('aria-label="Tóm tắt &lt;&amp;&gt;"');
		expect(svg.match(/<rect class="reuse-/g)).toHaveLength(4 + 1);
		expect(svg).toContain('fill="url(#x-sua-doi)"');
		const widths = [...svg.matchAll(/class="reuse-(?:verbatim|adapted|own)" x="[\d.]+" y="0" width="([\d.]+)"/g)].map((m) => Number(m[1]));
		expect(widths.reduce((n, w) => n + w, 0)).toBeCloseTo(1000, 0);
	});
});
