import { describe, expect, it } from 'vitest';
import { checkBody, isAllowedUrl } from '../../src/lib/content/mdx-body.ts';
import { decodeContentFile, firstInvalidUtf8, plainTextProblem } from '../../src/lib/content/text-rules.ts';
import { markdownText, spreadsheetSafe } from '../../src/lib/open-data.ts';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('frontmatter text', () => {
	it('accepts Vietnamese text with its punctuation', () => {
		for (const s of ['Kế hoạch số 705/KH-BCĐNQ', '“Nhiệt liệt chào mừng…!”', 'a < b, 3 > 2 & c', 'Đ – đ — (10/12/1948 - 10/12/2025)', 'e-mail: a@b.vn']) {
			expect(plainTextProblem(s), s).toBeNull();
		}
	});
	it('names the markup, script URL or character it refuses, and where', () => {
		expect(plainTextProblem('Kế hoạch <script>x</script>')).toMatch(/markup "<script>x<\/s…" \(at character 10\)/);
		expect(plainTextProblem('<!-- x -->')).toMatch(/markup/);
		expect(plainTextProblem('xem JavaScript :alert(1)')).toMatch(/"JavaScript:" URL \(at character 5\)/);
		expect(plainTextProblem('data:text/html,x')).toMatch(/"data:" URL/);
		expect(plainTextProblem('a\u0000b')).toMatch(/control character U\+0000 \(at character 2\)/);
		expect(plainTextProblem('a\u001bb')).toMatch(/U\+001B/);
		expect(plainTextProblem('ab\u202Ec')).toMatch(/bidirectional formatting character U\+202E \(at character 3\)/);
		expect(plainTextProblem('\u2067x')).toMatch(/U\+2067/);
		expect(plainTextProblem('x\uFFFF')).toMatch(/U\+FFFF/);
	});
	it('allows tab and newline, which YAML block text may hold', () => {
		expect(plainTextProblem('a\tb\nc')).toBeNull();
	});
});

describe('content file bytes', () => {
	it('finds the first byte that is not UTF-8', () => {
		expect(firstInvalidUtf8(new TextEncoder().encode('Đấu tranh 😀'))).toBe(-1);
		expect(firstInvalidUtf8(bytes(0x61, 0xc3, 0x28))).toBe(1); // bad continuation
		expect(firstInvalidUtf8(bytes(0x61, 0xc0, 0x80))).toBe(1); // overlong
		expect(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80))).toBe(0); // surrogate
		expect(firstInvalidUtf8(bytes(0x61, 0x62, 0xe1, 0xba))).toBe(2); // truncated at the end
		expect(firstInvalidUtf8(bytes(0xff))).toBe(0);
	});
	it('names a BOM, UTF-16, invalid UTF-8 (with its line) and CRLF', () => {
		expect(decodeContentFile(bytes(0xef, 0xbb, 0xbf, 0x61)).problem?.message).toMatch(/byte-order mark/);
		expect(decodeContentFile(bytes(0xff, 0xfe, 0x61, 0)).problem?.message).toMatch(/UTF-16/);
		// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- Vitest types its asymmetric matchers (expect.stringMatching) as any
		expect(decodeContentFile(bytes(0x61, 0x0a, 0x0a, 0xc3, 0x28)).problem).toEqual({ line: 3, message: expect.stringMatching(/not valid UTF-8 \(byte 4\)/) });
		// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- Vitest types its asymmetric matchers (expect.stringMatching) as any
		expect(decodeContentFile(new TextEncoder().encode('a\nb\r\nc')).problem).toEqual({ line: 2, message: expect.stringMatching(/CRLF/) });
		expect(decodeContentFile(new TextEncoder().encode('a\nb\n')).problem).toBeNull();
	});
});

describe('plan body', () => {
	it('allows http(s), mailto, site paths and anchors only', () => {
		for (const url of ['https://chinhphu.vn/', 'http://x.vn', 'mailto:a@b.vn', '/ke-hoach/', '#muc-1']) expect(isAllowedUrl(url), url).toBe(true);
		for (const url of [
			'javascript:alert(1)',
			' javascript:x',
			'java\tscript:x',
			'JAVASCRIPT:x',
			'vbscript:x',
			'data:text/html,x',
			'file:///etc/passwd',
			'//evil.example/',
			'ke-hoach/',
			'tel:123',
		]) {
			expect(isAllowedUrl(url), url).toBe(false);
		}
	});
	it('judges what the MDX parser sees, with line and column', () => {
		// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- Vitest types its asymmetric matchers (expect.stringMatching) as any
		expect(checkBody('Đoạn văn.\n\nx \\\\<meta http-equiv="refresh" />')).toEqual([{ line: 3, column: 5, message: expect.stringMatching(/raw HTML <meta>/) }]);
		expect(checkBody('[a](jav&#x61;script:alert(1))')[0].message).toMatch(/link to "javascript:alert\(1\)"/);
		expect(checkBody('a {1+1} b')[0].message).toMatch(/JavaScript expressions/);
		expect(checkBody('import x from "y"')[0].message).toMatch(/"import" is not allowed/);
		expect(checkBody('![ảnh](https://x.vn/a.png)')[0].message).toMatch(/images are not allowed/);
		expect(checkBody('<Uncertain ocr="a" ocr2="b">x</Uncertain>')[0].message).toMatch(/takes only the attribute ocr/);
		expect(checkBody('<Uncertain ocr={x}>x</Uncertain>')[0].message).toMatch(/ocr="…" \(plain text in quotes\)/);
		// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- Vitest types its asymmetric matchers (expect.stringMatching) as any
		expect(checkBody('text { unclosed')[0]).toMatchObject({ line: 1, column: 6, message: expect.stringMatching(/^not valid MDX: /) });
	});
	it('accepts what plans use: headings, lists, escaped braces, links, uncertain readings', () => {
		const body =
			'## I. MỤC ĐÍCH\n\n1\\. Nội dung \\{x\\}\n\n- a\n  - b\n\nXem [705](/ke-hoach/2025/trung-uong/#toan-van) và <Uncertain ocr="Vii">Vũ</Uncertain>.\n\nTM. BAN\\\nTRƯỞNG BAN\n';
		expect(checkBody(body)).toEqual([]);
	});
	it('refuses nesting deeper than 20 levels once, at its first line', () => {
		const deep = Array.from({ length: 15 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n');
		const issues = checkBody(deep);
		expect(issues).toHaveLength(1);
		expect(issues[0].message).toMatch(/nested more than 20 levels/);
		expect(checkBody(Array.from({ length: 5 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n'))).toEqual([]);
	});
});

describe('exports', () => {
	it('CSV: a cell a spreadsheet would run gets an apostrophe; numbers and plain text do not', () => {
		for (const s of ['=1+1', '+84', '-5', '@SUM(A1)', '\tx', '\rx']) expect(spreadsheetSafe(s)).toBe(`'${s}`);
		expect(spreadsheetSafe('Hà Nội')).toBe('Hà Nội');
		expect(spreadsheetSafe(2025)).toBe(2025);
		expect(spreadsheetSafe('705/KH-BCĐNQ')).toBe('705/KH-BCĐNQ');
	});
	it('Markdown: frontmatter text is escaped so nothing in it becomes markup', () => {
		expect(markdownText('<b>x</b> & *y* [z](u) `c` ![i](j) a|b ~d~ \\')).toBe(
			'\\<b\\>x\\</b\\> \\& \\*y\\* \\[z\\](u) \\`c\\` \\!\\[i\\](j) a\\|b \\~d\\~ \\\\',
		);
		expect(markdownText('dòng một\n# dòng hai')).toBe('dòng một # dòng hai');
	});
});
