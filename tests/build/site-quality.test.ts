/** Quality gates on the built site (dist/, built by `npm test` first). */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/csp.ts';
import { apiIndex } from '../../src/schemas/api.ts';
import { ROOT } from '../support/corpus.ts';
import { builtPages, pagePath } from '../../src/lib/files.ts';
import { checkLinks, unsafeMarkup } from '../support/site.ts';

const DIST = join(ROOT, 'dist');
const htmlValidate = new HtmlValidate(JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')) as ConfigData);

async function htmlErrors(dist: string): Promise<string[]> {
	const out: string[] = [];
	for (const file of builtPages(dist)) {
		const report = await htmlValidate.validateString(readFileSync(file, 'utf8'), file);
		for (const result of report.results) {
			for (const m of result.messages) out.push(`${pagePath(dist, file)}:${m.line}:${m.column}  ${m.ruleId}  ${m.message}`);
		}
	}
	return out;
}

/** A tiny built site with one of each fault, to prove the gates catch them and say where. */
function brokenSite(): string {
	const dist = mkdtempSync(join(tmpdir(), 'kho-broken-'));
	mkdirSync(join(dist, 'a'));
	writeFileSync(
		join(dist, 'a', 'index.html'),
		'<!doctype html><html lang="vi"><head><title>Trang hỏng</title></head><body><main>' +
			'<a href="/khong-co/">liên kết chết</a> <a href="/a/#khong-co">mảnh chết</a>' +
			'<img src="/a/anh.png"><script>alert(1)</script><p onclick="x()">x</p><meta http-equiv="refresh" content="0;url=https://evil.example/">' +
			'<script src="https://cdn.example.com/x.js"></script></main></body></html>',
	);
	writeFileSync(join(dist, 'a', 'anh.png'), '');
	return dist;
}

describe('links', () => {
	it('every internal href/src resolves to a built file and its #fragment exists', () => {
		const report = checkLinks(DIST);
		expect(report.checked).toBeGreaterThan(1000);
		expect(report.broken).toEqual([]);
		mkdirSync(join(ROOT, 'test-results'), { recursive: true });
		writeFileSync(join(ROOT, 'test-results', 'external-links.txt'), `${report.external.join('\n')}\n`);
		expect(report.external.every((l) => /→ https:\/\//.test(l))).toBe(true);
		// The site never links to itself by its public address (that would leave a local or staging copy).
		expect(apiIndex.parse(JSON.parse(readFileSync(join(DIST, 'api', 'index.json'), 'utf8'))).site).toBe('/');
		expect(report.external.filter((l) => /→ https?:\/\/[^/]*(localhost|\.example)/.test(l))).toEqual([]);
	});
	it('names the page and the link when one is dead', () => {
		const { broken } = checkLinks(brokenSite());
		expect(broken).toContain('/a/ → /khong-co/: no such file in the build');
		expect(broken).toContain('/a/ → /a/#khong-co: no element with id "khong-co"');
	});
});

describe('HTML validity (html-validate)', () => {
	it('has no errors on any built page', async () => {
		expect(await htmlErrors(DIST)).toEqual([]);
	});
	it('reports an image without alt text with page and line', async () => {
		const errors = await htmlErrors(brokenSite());
		expect(errors.some((e) => /^\/a\/:1:\d+ {2}wcag\/h37/.test(e))).toBe(true);
	});
});

describe('content safety and CSP', () => {
	it('no page has inline script or style, event-handler attributes, frames, or third-party resources', () => {
		expect(unsafeMarkup(DIST)).toEqual([]);
	});
	it('catches each of those, naming the page', () => {
		const found = unsafeMarkup(brokenSite());
		expect(found).toContain('/a/: inline <script>');
		expect(found).toContain('/a/: event-handler attribute onclick on <p>');
		expect(found).toContain('/a/: <meta http-equiv="refresh">');
		expect(found).toContain('/a/: <script> loads https://cdn.example.com/x.js from another site');
	});
	it('ships the one policy in the header files and every page', () => {
		const policy = contentSecurityPolicy();
		expect(readFileSync(join(ROOT, 'public', '_headers'), 'utf8')).toContain(`Content-Security-Policy: ${policy}`);
		expect(readFileSync(join(DIST, '_headers'), 'utf8')).toContain(policy);
		expect(readFileSync(join(ROOT, 'deploy', 'nginx.conf'), 'utf8')).toContain(`add_header Content-Security-Policy "${policy}" always;`);
		const home = readFileSync(join(DIST, 'index.html'), 'utf8');
		expect(home).toContain(`content="${contentSecurityPolicy({ meta: true })}"`);
		expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
	});
	it('has a Vietnamese 404 page with search and browse links', () => {
		const html = readFileSync(join(DIST, '404.html'), 'utf8');
		expect(html).toContain('Không tìm thấy trang');
		expect(html).toMatch(/<form[^>]+role="search"/);
		expect(html).toContain('href="/ke-hoach/"');
	});
});

// What the search index reads of a built plan page (moved here from the unit tests: it reads dist/).
describe('the searchable region', () => {
	it("indexes a plan's document and facts, not the site's panels", () => {
		const html = readFileSync(join(DIST, 'ke-hoach/2025/lang-son/index.html'), 'utf8');
		const body = parse(html).querySelector('[data-pagefind-body]')!;
		for (const el of body.querySelectorAll('[data-pagefind-ignore]')) el.remove();
		const text = body.text;
		expect(text).toContain('Vũ Thanh Tùng'); // the signer, in the facts and the signature
		expect(text).toContain('III. PHÂN CÔNG NHIỆM VỤ');
		for (const id of ['trich-dan', 'khau-hieu', 'cong-uoc', 'phan-cong', 'thuc-hien', 'moc-thoi-gian', 'ghi-chu']) {
			expect(body.querySelector(`#${id}`), id).toBeNull();
		}
		expect(text).not.toContain('Mục lục');
		expect(text).not.toContain('Sao chép');
		const source = readFileSync(join(DIST, 'ke-hoach/2025/lang-son/nguon/index.html'), 'utf8');
		expect(source).not.toContain('data-pagefind-body');
	});
});
