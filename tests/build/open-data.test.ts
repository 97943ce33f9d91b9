/**
 * The open data of the built site (dist/): JSON API, CSV, Atom feeds, robots, JSON-LD. The test
 * build has no SITE_URL, so links are site-relative; tests/build/subpath.test.ts builds with one.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { apiAgency, apiConvention, apiDocument, apiIndex, apiPlanDetail, apiProvince, apiSlogan, apiYear } from '../../src/schemas/api.ts';
import { checkContent } from '../../src/lib/content/validate.ts';
import { FEED_ENTRIES } from '../../src/lib/feeds.ts';
import type { planJsonLd } from '../../src/lib/open-data.ts';
import { ROOT } from '../support/corpus.ts';

const DIST = join(ROOT, 'dist');

/** The built file behind a link of the open data (a site-relative path: the build has no SITE_URL). */
function fileOf(url: string): string | undefined {
	const path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
	for (const candidate of [join(DIST, path), join(DIST, path, 'index.html')]) {
		if (existsSync(candidate) && !candidate.endsWith('/')) return candidate;
	}
	return undefined;
}
const read = (url: string) => readFileSync(fileOf(url)!, 'utf8');
const readJson = (url: string): unknown => JSON.parse(read(url));

const index = apiIndex.parse(JSON.parse(readFileSync(join(DIST, 'api', 'index.json'), 'utf8')));
const endpoint = (name: string) => index.endpoints.find((e) => e.name === name)!.url;
/** Every plan record, read as a client would: the index, then each year's file. */
const yearFiles = index.years.map((y) => apiYear.parse(readJson(y.url)));
const listed = yearFiles.flatMap((y) => y.plans);
const { plans: corpus } = checkContent(ROOT);

/** Every URL-valued field anywhere in a JSON value. */
function* urls(value: unknown): Generator<string> {
	if (Array.isArray(value)) for (const v of value) yield* urls(v);
	else if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) {
			if (['url', 'jsonUrl', 'markdownUrl', 'site'].includes(k) && typeof v === 'string' && /^(?:https?:\/\/|\/)/.test(v)) yield v;
			else yield* urls(v);
		}
	}
}

describe('JSON API', () => {
	it('every endpoint in /api/index.json exists and validates against its schema', () => {
		const schemas: Record<string, z.ZodType> = {
			slogans: z.array(apiSlogan),
			conventions: z.array(apiConvention),
			provinces: z.array(apiProvince),
			agencies: z.array(apiAgency),
			documents: z.array(apiDocument),
		};
		for (const e of index.endpoints) {
			expect(fileOf(e.url), e.url).toBeDefined();
			if (e.format === 'json') expect(() => schemas[e.name].parse(readJson(e.url)), e.name).not.toThrow();
		}
		for (const p of listed) {
			expect(() => apiPlanDetail.parse(readJson(p.jsonUrl)), p.jsonUrl).not.toThrow();
			expect(read(p.markdownUrl)).toMatch(/^# Kế hoạch/);
		}
		expect(index.years.map((y) => y.plans)).toEqual(yearFiles.map((y) => y.plans.length));
	});

	it('no file grows with the whole corpus: plans come a year at a time, catalogues give counts', () => {
		expect(index.years.map((y) => y.year)).toEqual([2025, 2024, 2023]);
		expect(yearFiles[0].plans.map((p) => p.id)).toEqual(['2025-trung-uong', '2025-an-giang', '2025-lang-son']);
		expect(JSON.stringify(index)).not.toContain('2025-lang-son');
		const conventions = z.array(apiConvention).parse(readJson(endpoint('conventions')));
		expect(conventions.find((c) => c.id === 'cat')?.planCount).toBe(listed.filter((p) => p.conventions.includes('cat')).length);
		const agencies = z.array(apiAgency).parse(readJson(endpoint('agencies')));
		expect(agencies.find((a) => a.id === 'so-tu-phap')?.assignmentCount).toBe(
			listed.flatMap((p) => p.assignments).filter((a) => a.agency === 'so-tu-phap').length,
		);
	});

	it('a script that knows only /api/index.json rebuilds the whole catalogue', () => {
		const plans = listed.map((p) => apiPlanDetail.parse(readJson(p.jsonUrl)));
		expect(plans.map((p) => p.id).sort()).toEqual(corpus.map((p) => p.id).sort());
		for (const source of corpus) {
			const p = plans.find((x) => x.id === source.id)!;
			expect(p.number).toBe(source.data.number);
			expect(p.issuedAt).toBe(source.data.issuedAt);
			expect(p.slogans.map((s) => s.text)).toEqual(source.data.slogans.map((s) => s.text));
			expect(p.assignments.map((a) => a.agency)).toEqual(source.data.assignments.map((a) => a.agency));
			expect(p.errata).toHaveLength(source.data.errata.length);
		}
		const langSon = plans.find((p) => p.id === '2025-lang-son')!;
		expect(langSon.text).toContain('Vũ Thanh Tùng [đọc không chắc chắn; bản OCR: “Vii Thanh Tung”]');
		expect(langSon.implements?.number).toBe('705/KH-BCĐNQ');
		const traVinh = plans.find((p) => p.id === '2024-tra-vinh')!;
		expect(traVinh.provinceToday).toEqual({ id: 'vinh-long', name: 'Vĩnh Long' });
		const provinces = z.array(apiProvince).parse(readJson(endpoint('provinces')));
		expect(
			provinces
				.find((p) => p.id === 'vinh-long')
				?.formedFrom.map((f) => f.id)
				.sort(),
		).toEqual(['ben-tre', 'tra-vinh']);
		expect(provinces.find((p) => p.id === 'tra-vinh')?.mergedInto).toEqual({ id: 'vinh-long', name: 'Vĩnh Long', date: '2025-07-01' });
	});

	it('lists plans newest first and never omits an unknown value', () => {
		const plans = yearFiles.flatMap((y) => y.plans as Record<string, unknown>[]);
		expect(plans.map((p) => p.year)).toEqual([...plans.map((p) => p.year)].sort((a, b) => (b as number) - (a as number)));
		const anGiang = plans.find((p) => p.id === '2025-an-giang')!;
		expect('number' in anGiang && anGiang.number).toBeNull();
		expect(anGiang.signer).toBeNull();
	});

	it('every url in the JSON resolves to a built page or file', () => {
		const all = [
			index,
			...index.endpoints.filter((e) => e.format === 'json').map((e) => readJson(e.url)),
			...yearFiles,
			...listed.map((p) => readJson(p.jsonUrl)),
		];
		const broken = [...new Set(all.flatMap((v) => [...urls(v)]))].filter((u) => !/^https:\/\/treaties\.un\.org|^https:\/\/normlex/.test(u) && !fileOf(u));
		expect(broken).toEqual([]);
	});
});

describe('bulk download', () => {
	const download = (name: string) => index.downloads.find((d) => d.name === name)!;
	const lines = () => readFileSync(fileOf(download('plans-ndjson').url)!, 'utf8').split('\n');

	it('every plan’s own record, one a line, valid against the API schema and the same as its own file', () => {
		const all = lines();
		expect(all.pop()).toBe(''); // each line ends with "\n", the last included
		const records = all.map((line, i) => {
			const parsed = apiPlanDetail.safeParse(JSON.parse(line));
			expect(parsed.success, `line ${i + 1}: ${parsed.error?.message}`).toBe(true);
			return parsed.data!;
		});
		// The same order as the per-year files: newest year first, central plan first.
		expect(records.map((r) => r.id)).toEqual(listed.map((p) => p.id));
		expect(records.map((r) => r.id).sort()).toEqual(corpus.map((p) => p.id).sort());
		for (const r of records) expect(r, r.id).toEqual(readJson(r.jsonUrl));
		expect(download('plans-ndjson').records).toBe(records.length);
	});

	it('/api/index.json gives each file’s size and SHA-256, and the .gz holds the same lines', () => {
		for (const d of index.downloads) {
			const bytes = readFileSync(fileOf(d.url)!);
			expect(bytes.length, d.name).toBe(d.bytes);
			expect(createHash('sha256').update(bytes).digest('hex'), d.name).toBe(d.sha256);
		}
		const plain = readFileSync(fileOf(download('plans-ndjson').url)!);
		expect(gunzipSync(readFileSync(fileOf(download('plans-ndjson-gzip').url)!)).equals(plain)).toBe(true);
	});

	it('/du-lieu/ lists the files with their size and checksum', () => {
		const page = parseHtml(readFileSync(join(DIST, 'du-lieu', 'index.html'), 'utf8'));
		const rows = page.querySelectorAll('#tai-ve-toan-bo ~ .downloads > li').map((li) => {
			const value = (term: string) => li.querySelectorAll('dt').find((dt) => dt.text === term)!.nextElementSibling!;
			return {
				href: li.querySelector('a')!.getAttribute('href'),
				bytes: Number(value('Kích thước').getAttribute('data-bytes')),
				size: value('Kích thước').text,
				sha256: value('SHA-256').text.trim(),
			};
		});
		expect(rows.map((r) => [r.href, r.bytes, r.sha256])).toEqual(index.downloads.map((d) => [new URL(d.url, 'http://localhost').pathname, d.bytes, d.sha256]));
		for (const r of rows) expect(r.size).toMatch(/^\d+(,\d)? (byte|kB|MB|GB)$/);
	});
});

describe('CSV', () => {
	it('ke-hoach.csv: UTF-8 with BOM, one row per plan, Vietnamese intact through a CSV parser', () => {
		const file = fileOf(endpoint('plans-csv'))!;
		const bytes = readFileSync(file);
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const rows = parseCsv<Record<string, string>>(bytes, { bom: true, columns: true });
		expect(rows).toHaveLength(corpus.length);
		const central = rows.find((r) => r.id === '2025-trung-uong')!;
		expect(central.so_hieu).toBe('705/KH-BCĐNQ');
		expect(central.co_quan_ban_hanh).toBe('Ban Chỉ đạo Nhân quyền Chính phủ');
		expect(rows.find((r) => r.id === '2024-tra-vinh')?.tinh_hien_nay).toBe('Vĩnh Long');
		// Text reuse shares in % of words: for plans whose implemented plan is in the corpus, and only those.
		const langSon = rows.find((r) => r.id === '2025-lang-son')!;
		const shares = [langSon.van_ban_nguyen_van_pt, langSon.van_ban_sua_doi_pt, langSon.van_ban_rieng_pt].map(Number);
		expect(shares.every((x) => x > 0 && x < 100)).toBe(true);
		expect(shares.reduce((n, x) => n + x, 0)).toBeCloseTo(100, 0);
		expect([central.van_ban_rieng_pt, rows.find((r) => r.id === '2024-tra-vinh')!.van_ban_rieng_pt]).toEqual(['', '']);
	});

	it('a provincial plan’s record says how much of its text comes from the central plan, passage by passage', () => {
		const langSon = apiPlanDetail.parse(readJson('/api/plans/2025-lang-son.json'));
		expect(langSon.textReuse).toMatchObject({ method: 2, source: '2025-trung-uong' });
		const { words, shares, runs } = langSon.textReuse!;
		expect(words.verbatim + words.adapted + words.own).toBe(words.total);
		// The published check: no word labelled own lies in a run of 8+ words shared with the central plan; the runs cover about 61 % of the text.
		expect(runs.ownWords / words.own).toBeLessThanOrEqual(0.05);
		expect(runs.words / words.total).toBeGreaterThan(0.55);
		expect(shares.own).toBeCloseTo(words.own / words.total, 3);
		const { passages, sourcePassages } = langSon.alignment!;
		// Sở Y tế's first task is Bộ Y tế's, word for word; the passage and its source point at each other.
		const i = passages.findIndex((p) => p.text.startsWith('Nâng cao nhận thức cán bộ, đảng viên, công chức'));
		expect(passages[i]).toMatchObject({ kind: 'verbatim', score: 1 });
		const source = sourcePassages[passages[i].source!];
		expect(source).toMatchObject({ status: 'reused' });
		expect(passages[i].text.startsWith(source.excerpt.replace(/…$/, ''))).toBe(true);
		expect(source.takenBy).toContain(i);
		// The central plan implements nothing in the corpus.
		const central = apiPlanDetail.parse(readJson('/api/plans/2025-trung-uong.json'));
		expect([central.textReuse, central.alignment]).toEqual([null, null]);
	});
	it('khau-hieu.csv: one row per plan × slogan, with each plan’s wording', () => {
		const rows = parseCsv<Record<string, string>>(readFileSync(fileOf(endpoint('slogans-csv'))!), { bom: true, columns: true });
		expect(rows).toHaveLength(corpus.reduce((n, p) => n + p.data.slogans.length, 0));
		const printed = corpus.find((p) => p.id === '2025-lang-son')!.data.slogans[0].text;
		expect(rows.find((r) => r.ke_hoach === '2025-lang-son' && r.thu_tu === '1')?.cau_chu).toBe(printed);
	});
});

describe('Atom feeds', () => {
	const xml = new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: '@',
		isArray: (name) => name === 'entry' || name === 'link' || name === 'category',
	});
	const feedOf = (url: string) => (xml.parse(read(url)) as { feed: Record<string, unknown> }).feed;

	/** The elements RFC 4287 requires of a feed and of each entry. */
	function expectAtom(feed: Record<string, unknown>) {
		expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
		for (const key of ['id', 'title', 'updated']) expect(feed[key], key).toBeTruthy();
		for (const entry of feed.entry as Record<string, unknown>[]) {
			for (const key of ['id', 'title', 'updated']) expect(entry[key], key).toBeTruthy();
			expect(Number.isNaN(Date.parse(String(entry.updated)))).toBe(false);
			const link = (entry.link as Record<string, string>[])[0]['@href'];
			expect(fileOf(link), link).toBeDefined();
		}
	}

	it('/feed.xml lists the newest plans (every plan here, fewer than FEED_ENTRIES), newest first, as valid Atom', () => {
		const feed = feedOf(endpoint('feed'));
		expectAtom(feed);
		const entries = feed.entry as { updated: string; id: string }[];
		expect(corpus.length).toBeLessThan(FEED_ENTRIES);
		expect(entries).toHaveLength(corpus.length);
		expect(entries.map((e) => e.updated)).toEqual([...entries.map((e) => e.updated)].sort().reverse());
	});
	it('a province feed includes the plans of the units merged into it', () => {
		const feed = feedOf(endpoint('feed').replace('/feed.xml', '/tinh/vinh-long/feed.xml'));
		expectAtom(feed);
		expect((feed.entry as { link: Record<string, string>[] }[]).map((e) => e.link[0]['@href'])).toEqual(['/ke-hoach/2024/tra-vinh/']);
	});
	it('pages link to the feeds that belong to them', () => {
		expect(read(index.site)).toMatch(/<link rel="alternate" type="application\/atom\+xml"[^>]+href="\/feed.xml"/);
		expect(readFileSync(join(DIST, 'tinh/vinh-long/index.html'), 'utf8')).toContain('href="/tinh/vinh-long/feed.xml"');
	});
});

describe('sitemap, robots, page metadata', () => {
	it('without SITE_URL: links are site-relative, no sitemap, and no address the site is not served from', () => {
		expect(index.site).toBe('/');
		expect(listed.every((p) => p.url.startsWith('/ke-hoach/'))).toBe(true);
		expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(false);
		expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).not.toContain('Sitemap');
		const home = parseHtml(readFileSync(join(DIST, 'index.html'), 'utf8'));
		expect(home.querySelector('link[rel="canonical"]')).toBeNull();
		const feed = readFileSync(join(DIST, 'feed.xml'), 'utf8');
		expect(feed).toMatch(/<id>urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/id>/);
		expect(feed).toContain('<link rel="alternate" href="/ke-hoach/2025/lang-son/"/>');
	});

	it('errata say whether they are a typo of the source or another note', () => {
		const central = apiPlanDetail.parse(readJson('/api/plans/2025-trung-uong.json'));
		expect(central.errata.filter((e) => e.kind === 'loi-in').map((e) => e.note)).toContainEqual(expect.stringContaining('Văn phòng Thượng trực'));
		expect(central.errata.filter((e) => e.kind === 'ghi-chu').map((e) => e.field)).toEqual(['campaign', 'signer']);
	});

	it('a plan page carries JSON-LD Legislation, Open Graph, a citation and downloads', () => {
		const root = parseHtml(readFileSync(join(DIST, 'ke-hoach/2025/lang-son/index.html'), 'utf8'));
		const ld = JSON.parse(root.querySelector('script[type="application/ld+json"]')!.text) as ReturnType<typeof planJsonLd>;
		expect(ld['@type']).toBe('Legislation');
		expect(ld.inLanguage).toBe('vi');
		expect(ld.legislationApplies?.legislationIdentifier).toBe('705/KH-BCĐNQ');
		expect(ld.legislationJurisdiction).toBe('Việt Nam, tỉnh Lạng Sơn');
		expect(root.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe('Kế hoạch số 400…/KH-BCĐNQ-CQTT');
		expect(root.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
		// The citation names the page by its path; the page's script completes it with the address it is served from.
		expect(root.querySelector('#trich-dan + p')?.getAttribute('data-site-path')).toBe('/ke-hoach/2025/lang-son/');
		expect(root.querySelector('a[href="/api/plans/2025-lang-son.md"]')).not.toBeNull();
		expect(root.querySelector('a[href="/api/plans/2025-lang-son.json"]')).not.toBeNull();
		const central = parseHtml(readFileSync(join(DIST, 'ke-hoach/2025/trung-uong/index.html'), 'utf8'));
		expect(central.querySelector('#trich-dan + p')?.text).toBe(
			`Ban Chỉ đạo Nhân quyền Chính phủ, Kế hoạch số 705/KH-BCĐNQ ngày 01/11/2025 về triển khai các hoạt động tuyên truyền thành tựu bảo đảm quyền con người nhân kỷ niệm 77 năm Ngày Nhân quyền thế giới (10/12/1948 – 10/12/2025). ${index.site}ke-hoach/2025/trung-uong/`,
		);
	});
});
