/**
 * Content that passes the validator is inert in every output. Builds a copy of the project
 * with a hand-written hostile-but-valid plan (tests/fixtures/inert/: formulas, Markdown and
 * XML specials, entities, headings named like the page's own sections) and with generated
 * plans — real plans with random hostile changes that the validator passed — then parses
 * every export: HTML (html-validate, no live markup), JSON (schemas), CSV (csv-parse, no
 * formula cells), Atom (XML validator, plain-text titles) and Markdown (rendered: no markup
 * from frontmatter).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { parse } from 'node-html-parser';
import { markdownToHtml } from 'satteri';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/validate.ts';
import { listFiles } from '../../src/lib/files.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { isReservedId } from '../../src/lib/page-ids.ts';
import { headingId } from '../../src/lib/markdown/ascii-heading-ids.ts';
import { apiPlanDetail } from '../../src/schemas/api.ts';
import { buildCopy } from '../support/build-copy.ts';
import { corpusWith, FIXTURES, ROOT } from '../support/corpus.ts';
import { mutatedPlan } from '../support/mutate.ts';
import { unsafeMarkup } from '../support/site.ts';

const INERT_ID = '2025-khanh-hoa';
const GENERATED = 10;

let dist: string;
/** Ids of the generated plans that were built. */
let generated: string[] = [];

/** Plan files the validator passes, made from real plans; placed as `<year>/<jurisdiction>-<n>.mdx`. */
function generatedOverlay(): string {
	const overlay = mkdtempSync(join(tmpdir(), 'kho-generated-'));
	const probe = corpusWith();
	const counts = new Map<string, number>();
	for (const { path, text } of fc.sample(mutatedPlan, { seed: 77, numRuns: 400 })) {
		if (generated.length >= GENERATED) break;
		const original = readFileSync(join(probe, 'content/plans', path));
		writeFileSync(join(probe, 'content/plans', path), text);
		const passes = checkContent(probe).problems.length === 0;
		writeFileSync(join(probe, 'content/plans', path), original);
		if (!passes || text === original.toString()) continue;
		const n = (counts.get(path) ?? 1) + 1;
		counts.set(path, n);
		const target = path.replace(/\.mdx$/, `-${n}.mdx`);
		mkdirSync(dirname(join(overlay, 'content/plans', target)), { recursive: true });
		writeFileSync(join(overlay, 'content/plans', target), text);
		generated.push(target.replace(/\.mdx$/, '').replace('/', '-'));
	}
	return overlay;
}

beforeAll(() => {
	generated = [];
	const overlay = generatedOverlay();
	const inert = join(FIXTURES, 'inert');
	const { problems } = checkContent(corpusWith(inert, overlay));
	expect(problems.map(formatProblem)).toEqual([]);
	dist = buildCopy({ overlays: [inert, overlay] });
}, 180_000);

const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const planPage = (id: string) => read(`ke-hoach/${id.slice(0, 4)}/${id.slice(5)}/index.html`);
const htmlValidate = new HtmlValidate(JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData);

describe('generated hostile plans', () => {
	it('the generator found enough plans the validator passes, and they build', () => {
		expect(generated.length).toBe(GENERATED);
	});

	it('every plan page of the hostile and generated plans is valid HTML with no live markup', async () => {
		for (const id of [INERT_ID, ...generated]) {
			const html = planPage(id);
			const report = await htmlValidate.validateString(html, id);
			const messages = report.results.flatMap((r) => r.messages.map((m) => `${id}:${m.line}:${m.column} ${m.ruleId} ${m.message}`));
			expect(messages).toEqual([]);
		}
		expect(unsafeMarkup(dist)).toEqual([]);
	});

	it('every plan’s JSON matches the API schema', () => {
		for (const id of [INERT_ID, ...generated]) {
			const parsed = apiPlanDetail.safeParse(JSON.parse(read(`api/plans/${id}.json`)));
			expect(parsed.success, `${id}: ${parsed.error?.message}`).toBe(true);
		}
		const index = JSON.parse(read('api/index.json')) as { years: { plans: number }[] };
		expect(index.years.reduce((n, y) => n + y.plans, 0)).toBeGreaterThan(5 + GENERATED);
	});

	it('every Atom feed is well-formed XML with plain-text titles and summaries', () => {
		const feeds = listFiles(dist)
			.filter((f) => f.endsWith('feed.xml'))
			.map((f) => relative(dist, f));
		expect(feeds.length).toBeGreaterThan(34);
		for (const feed of feeds) {
			const xml = read(feed);
			// Throws, naming the line, when the XML is not well-formed.
			expect(SyntaxValidator.validate(xml), feed).toBe(true);
			expect(xml, feed).not.toMatch(/type="html"|CDATA/);
		}
		const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(read('tinh/khanh-hoa/feed.xml')) as {
			feed: { entry: { summary: Record<string, string> }[] };
		};
		const entries = parsed.feed.entry;
		expect(entries[0].summary['#text']).toContain('+Ban Chỉ đạo & Nhân quyền (tỉnh Khánh Hòa): =HYPERLINK("https://evil.example";"Bấm") & *đậm*');
		expect(entries[0].summary['@_type']).toBe('text');
	});
});

describe('CSV exports', () => {
	for (const file of ['du-lieu/ke-hoach.csv', 'du-lieu/khau-hieu.csv']) {
		it(`${file}: parses, and no cell starts like a formula`, () => {
			const rows: Record<string, string>[] = parseCsv(read(file), { columns: true, bom: true });
			expect(rows.length).toBeGreaterThan(5);
			const cells = rows.flatMap((r) => Object.values(r));
			expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
		});
	}
	it('keeps the value readable after the apostrophe', () => {
		const rows: Record<string, string>[] = parseCsv(read('du-lieu/ke-hoach.csv'), { columns: true, bom: true });
		const row = rows.find((r) => r.id === INERT_ID)!;
		expect(row.so_hieu).toBe("'=cmd|' /C calc'!A0");
		expect(row.co_quan_ban_hanh).toBe("'+Ban Chỉ đạo & Nhân quyền");
		expect(row.nguoi_ky).toBe("'-Nguyễn Văn A");
		expect(row.noi_ban_hanh).toBe("'@Khánh Hòa");
		const slogan = parseCsv<Record<string, string>>(read('du-lieu/khau-hieu.csv'), { columns: true, bom: true }).find((r) => r.ke_hoach === INERT_ID)!;
		expect(slogan.cau_chu).toBe("'=1+1 Chào mừng kỷ niệm 77 năm Ngày Nhân quyền thế giới");
	});
});

describe('Markdown export', () => {
	it('renders the frontmatter as text: no link, emphasis, code or tag made from it', () => {
		const markdown = read(`api/plans/${INERT_ID}.md`);
		const html = markdownToHtml(markdown).html ?? '';
		const root = parse(html);
		expect(root.querySelector('h1')?.text).toContain("Kế hoạch số =cmd|' /C calc'!A0");
		expect(root.querySelector('p > strong')?.text).toBe(
			'=HYPERLINK("https://evil.example";"Bấm") & *đậm* [x](https://evil.example) ]]> "trích" \'đơn\' \\ `mã`',
		);
		// A bare URL may be linkified by a viewer, showing itself; no link disguised by other text.
		const disguised = root.querySelectorAll('a').filter((a) => decodeURI(a.getAttribute('href') ?? '') !== a.text && !a.closest('li'));
		expect(disguised.map((a) => a.outerHTML)).toEqual([]);
		expect(root.querySelectorAll('h1 em, h1 code, p > strong em, p > strong code')).toEqual([]);
		// An entity written in the frontmatter stays the text the editor wrote.
		expect(root.text).toContain('TRƯỞNG BAN # &amp; &lt;b&gt;');
	});
});

describe('headings named like the page’s own sections', () => {
	it('get their own ids, so every id on the page is unique and the page’s links still work', () => {
		const root = parse(planPage(INERT_ID));
		const ids = root.querySelectorAll('[id]').map((e) => e.id);
		expect(ids.length).toBe(new Set(ids).size);
		expect(ids).toEqual(expect.arrayContaining(['toan-van', 'toan-van-2', 'khau-hieu', 'khau-hieu-2', 'trich-dan', 'trich-dan-2']));
		expect(root.querySelector('#toan-van')?.text).toBe('Toàn văn');
		// The plan's own heading, with its permalink to its own id.
		expect(root.querySelector('#toan-van-2')?.text).toBe('Toàn văn ¶');
		expect(root.querySelector('#toan-van-2 .permalink')?.getAttribute('href')).toBe('#toan-van-2');
	});

	it('the list of reserved ids covers every id the plan page itself carries', () => {
		const root = parse(readFileSync(join(ROOT, 'dist/ke-hoach/2025/trung-uong/index.html'), 'utf8'));
		const headingIds = new Set(root.querySelectorAll('.plan-text [id]').map((e) => e.id));
		const own = root
			.querySelectorAll('[id]')
			.map((e) => e.id)
			.filter((id) => !headingIds.has(id));
		expect(own.filter((id) => !isReservedId(id))).toEqual([]);
		// The numbered and generated ids are there (task rows, the chart), and a plan heading cannot take one.
		expect(own).toEqual(expect.arrayContaining(['nv-1', 'tinh-su-dung', 'tl-ke-hoach-t']));
		expect(headingId('NV 1', new Set())).toBe('muc-nv-1');
		const taken = new Set<string>();
		expect([headingId('NV', taken), headingId('NV', taken), headingId('TL', taken)]).toEqual(['muc-nv', 'muc-nv-2', 'muc-tl']);
	});
});
