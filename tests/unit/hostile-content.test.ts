/**
 * Hostile and malformed content: each fixture under tests/fixtures/hostile/ is refused by the
 * validator with the file, line, field and words of the message; the validator never throws
 * and checks the rest of the corpus in the same run.
 */
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { checkContent } from '../../src/lib/content/validate.ts';
import { corpusWith, FIXTURES } from '../support/corpus.ts';

const HOSTILE = join(FIXTURES, 'hostile');

type Expected = [file: string, line: number, field: string, message: RegExp];
const plan = (province: string) => `content/plans/2025/${province}.mdx`;

/** Every problem each fixture must give, in the order the validator reports them. */
const expected: Record<string, Expected[]> = {
	'title-markup': [[plan('ha-giang'), 2, 'title', /contains markup "<\/script><sc…"/]],
	'yaml-alias-bomb': [
		[plan('bac-kan'), 32, 'frontmatter', /YAML anchors \(&a0\) are not allowed.*\(9 in this file\)/],
		[plan('bac-kan'), 33, 'frontmatter', /YAML aliases \(\*a0\) are not allowed.*\(72 in this file\)/],
	],
	'byte-order-mark': [[plan('thai-binh'), 1, '', /byte-order mark \(BOM\)/]],
	'escaped-meta-refresh': [[plan('nam-dinh'), 40, 'body', /raw HTML <meta> is not allowed/]],
	'escaped-script-img-iframe': [
		[plan('ha-nam'), 40, 'body', /raw HTML <script> is not allowed/],
		[plan('ha-nam'), 42, 'body', /raw HTML <img> is not allowed/],
		[plan('ha-nam'), 44, 'body', /raw HTML <iframe> is not allowed/],
	],
	'reference-link-javascript': [[plan('vinh-phuc'), 42, 'body', /link to "javascript:alert\(1\)" is not allowed/]],
	'script-url-links': [
		[plan('hai-duong'), 40, 'body', /link to "javascript:alert\(1\)"/],
		[plan('hai-duong'), 41, 'body', /link to "vbscript:msgbox\(1\)"/],
		[plan('hai-duong'), 42, 'body', /link to "file:\/\/\/etc\/passwd"/],
		[plan('hai-duong'), 43, 'body', /link to "data:text\/html/],
	],
	'script-url-in-frontmatter': [[plan('soc-trang'), 32, 'errata[0].note', /contains a "javascript:" URL/]],
	'convention-script-url': [
		['content/conventions.yaml', 76, 'source.url', /contains a "javascript:" URL/],
		['content/conventions.yaml', 76, 'source.url', /must be an http\(s\) URL/],
	],
	'deep-list': [[plan('hung-yen'), 49, 'body', /nested more than 20 levels deep/]],
	'deep-blockquote': [[plan('binh-phuoc'), 40, 'body', /nested more than 20 levels deep/]],
	'html-comment': [[plan('kon-tum'), 40, 'body', /not valid MDX: .*comment/]],
	'yaml-tag': [[plan('dak-nong'), 2, 'frontmatter', /YAML tags \(!!js\/function\) are not allowed/]],
	'invalid-utf8': [[plan('ninh-thuan'), 40, '', /not valid UTF-8/]],
	'control-characters': [
		[plan('phu-yen'), 2, 'title', /control character U\+0007/],
		[plan('phu-yen'), 8, 'issuerName', /U\+FFFE/],
		[plan('phu-yen'), 10, 'issuedPlace', /bidirectional formatting character U\+202E/],
	],
	// Character references are decoded before the character rules: the page, its table of
	// contents, search and the Word file would carry the decoded character.
	'character-references': [
		[plan('quang-ngai'), 36, 'body', /bidirectional formatting character U\+202E, written as the character reference &#x202E;/],
		[plan('quang-ngai'), 40, 'body', /bidirectional formatting character U\+202E, written as the character reference &#x202E;/],
		[plan('quang-ngai'), 42, 'body', /bidirectional formatting character U\+2066, written as the character reference &#8294;/],
		[plan('quang-ngai'), 44, 'body', /non-character U\+FEFF, written as the character reference &#xFEFF;/],
		[plan('quang-ngai'), 46, 'body', /character reference &#xD800; stands for no character/],
	],
	// YAML escapes that make no text: a lone surrogate, a control character. A pair is fine.
	'yaml-escapes': [
		[plan('gia-lai'), 2, 'title', /lone surrogate U\+D800 \(at character 26\)/],
		[plan('gia-lai'), 8, 'issuerName', /control character U\+0007/],
	],
	'uncertain-without-ocr': [[plan('quang-binh'), 40, 'body', /<Uncertain> needs ocr="…"/]],
	'implausible-date': [[plan('long-an'), 9, 'issuedAt', /9999-12-31 is not a plausible date/]],
	'crlf-line-endings': [[plan('ben-tre'), 1, '', /CRLF/]],
	'slogans-not-a-list': [['content/slogans.yaml', 1, '', /must be a YAML list/]],
};

const summary = (problems: { file: string; line: number; field: string; message: string }[]) =>
	problems.map((p) => [p.file, p.line, p.field, p.message] as const);

describe('hostile content is refused with file, line and field', () => {
	it('has a test for every hostile fixture', () => {
		expect(readdirSync(HOSTILE).sort()).toEqual(Object.keys(expected).sort());
	});

	for (const [name, want] of Object.entries(expected)) {
		it(name, () => {
			const started = performance.now();
			const { problems } = checkContent(corpusWith(join(HOSTILE, name)));
			expect(performance.now() - started).toBeLessThan(2000);
			const got = summary(problems);
			expect(got, problems.map(formatProblem).join('\n')).toHaveLength(want.length);
			want.forEach(([file, line, field, message], i) => {
				expect(got[i].slice(0, 3)).toEqual([file, line, field]);
				expect(got[i][3]).toMatch(message);
			});
		});
	}

	it('every hostile file at once: each problem reported, the validator does not stop at the first', () => {
		const names = Object.keys(expected);
		const { problems } = checkContent(corpusWith(...names.map((n) => join(HOSTILE, n))));
		// The broken slogans collection is the root cause of the run: it comes first.
		expect(formatProblem(problems[0])).toMatch(/^content\/slogans\.yaml:1 .* must be a YAML list/);
		expect(problems).toHaveLength(Object.values(expected).flat().length);
	});

	it('a source that is a symbolic link (e.g. to /etc/passwd) is not published', () => {
		const root = corpusWith(join(FIXTURES, 'valid'));
		symlinkSync('/etc/passwd', join(root, 'content/sources/passwd.txt'));
		const file = join(root, plan('tuyen-quang'));
		writeFileSync(file, readFileSync(file).toString().replace('content/sources/002_f7c8d72beeba19fb.txt', 'content/sources/passwd.txt'));
		const { problems } = checkContent(root);
		expect(summary(problems)).toEqual([[plan('tuyen-quang'), 30, 'source.file', expect.stringMatching(/is a symbolic link/)]]);
	});

	it('a folder named like a source file is refused, not read', () => {
		const root = corpusWith(join(FIXTURES, 'valid'));
		mkdirSync(join(root, 'content/sources/thu-muc.txt'));
		const file = join(root, plan('tuyen-quang'));
		writeFileSync(file, readFileSync(file).toString().replace('content/sources/002_f7c8d72beeba19fb.txt', 'content/sources/thu-muc.txt'));
		const { problems } = checkContent(root);
		expect(summary(problems)).toEqual([[plan('tuyen-quang'), 30, 'source.file', expect.stringMatching(/is not a regular file/)]]);
	});

	it('a folder named like a plan file is a problem of that path, and the others are still checked', () => {
		const root = corpusWith(join(FIXTURES, 'valid'), join(HOSTILE, 'title-markup'));
		mkdirSync(join(root, 'content/plans/2025/lang-son-2.mdx'));
		writeFileSync(join(root, 'content/plans/2025/lang-son-2.mdx/ghi-chu.txt'), 'x');
		const { problems } = checkContent(root);
		expect(problems.map(formatProblem)).toEqual([
			expect.stringMatching(/^content\/plans\/2025\/ha-giang\.mdx:2 {2}title {2}contains markup/),
			expect.stringMatching(/^content\/plans\/2025\/lang-son-2\.mdx\/ghi-chu\.txt:1 .*only \.mdx files belong in content\/plans\//),
		]);
	});
});
