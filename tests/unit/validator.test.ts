import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { checkContent } from '../../src/lib/content/validate.ts';
import { corpusWith, FIXTURES, ROOT } from '../support/corpus.ts';

const INVALID = join(FIXTURES, 'invalid');

/** Each bad fixture: the file and field its one problem must name, and words of the message. */
const expected: Record<string, { file: string; field: string; message: RegExp }> = {
	'missing-field': { file: 'content/plans/2025/ha-noi.mdx', field: 'title', message: /required/ },
	'wrong-type': { file: 'content/plans/2025/hai-phong.mdx', field: 'year', message: /expected number/ },
	'invalid-date': { file: 'content/plans/2025/da-nang.mdx', field: 'issuedAt', message: /real date/ },
	'period-order': { file: 'content/plans/2025/can-tho.mdx', field: 'campaign.to', message: /before campaign.from/ },
	'unknown-province': { file: 'content/plans/2025/atlantis.mdx', field: 'province', message: /unknown province id "atlantis"/ },
	'unknown-agency': { file: 'content/plans/2025/hue.mdx', field: 'assignments[0].agency', message: /^unknown agency id "so-khong-ton-tai"$/ },
	'unknown-slogan': { file: 'content/plans/2025/quang-ninh.mdx', field: 'slogans[0].slogan', message: /unknown slogan id "khau-hieu-khong-co"/ },
	'unknown-convention': { file: 'content/plans/2025/thanh-hoa.mdx', field: 'conventions[1]', message: /unknown convention id "iccpr2"/ },
	'dangling-implements': { file: 'content/plans/2025/nghe-an.mdx', field: 'implements', message: /neither a plan nor a cited document/ },
	'duplicate-id': { file: 'content/documents.yaml', field: 'id', message: /duplicate id "1079-qd-ttg-2022"/ },
	'broken-yaml': { file: 'content/plans/2025/cao-bang.mdx', field: 'frontmatter', message: /broken YAML/ },
	'unknown-key': { file: 'content/plans/2025/lai-chau.mdx', field: 'priority', message: /unknown key\(s\): priority/ },
	'not-nfc': { file: 'content/plans/2025/dien-bien.mdx', field: 'title', message: /not Unicode NFC/ },
	'mdx-import': { file: 'content/plans/2025/son-la.mdx', field: 'body', message: /"import" is not allowed/ },
	'script-in-body': { file: 'content/plans/2025/lao-cai.mdx', field: 'body', message: /raw HTML <script> is not allowed/ },
	'javascript-link': { file: 'content/plans/2025/quang-tri.mdx', field: 'body', message: /link to "javascript:alert\(1\)" is not allowed/ },
	'event-handler': { file: 'content/plans/2025/ha-tinh.mdx', field: 'body', message: /<Uncertain> takes only the attribute ocr=/ },
	'raw-iframe': { file: 'content/plans/2025/gia-lai.mdx', field: 'body', message: /raw HTML <iframe> is not allowed/ },
	'illegible-number': { file: 'content/plans/2025/tay-ninh.mdx', field: 'numberIllegible', message: /goes with number: null/ },
	'numbering-gap': { file: 'content/plans/2025/bac-ninh.mdx', field: 'body', message: /numbering under "II\. PHÂN CÔNG NHIỆM VỤ" goes from "1" to "3"/ },
	'erratum-item': { file: 'content/plans/2025/vinh-long.mdx', field: 'errata[0].field', message: /"slogans\[3\]": slogans has no item 3/ },
};

describe('content validator', () => {
	it('accepts the real corpus', () => {
		const { problems, plans } = checkContent(ROOT);
		expect(problems.map(formatProblem)).toEqual([]);
		expect(plans.length).toBeGreaterThanOrEqual(5);
	});

	it('accepts a valid new plan file', () => {
		const { problems } = checkContent(corpusWith(join(FIXTURES, 'valid')));
		expect(problems.map(formatProblem)).toEqual([]);
	});

	it('has a test for every bad fixture', () => {
		expect(readdirSync(INVALID).sort()).toEqual(Object.keys(expected).sort());
	});

	for (const [name, want] of Object.entries(expected)) {
		it(`reports ${name} with file, line and field`, () => {
			const { problems } = checkContent(corpusWith(join(INVALID, name)));
			expect(problems).toHaveLength(1);
			const [p] = problems;
			expect(p.file).toBe(want.file);
			expect(p.field).toBe(want.field);
			expect(p.message).toMatch(want.message);
			expect(p.line).toBeGreaterThan(0);
		});
	}

	it('reports every problem of a corpus with many bad files in one run, and nothing about the good ones', () => {
		const names = Object.keys(expected);
		const { problems } = checkContent(corpusWith(...names.map((n) => join(INVALID, n))));
		expect(problems).toHaveLength(names.length);
		const badFiles = new Set(Object.values(expected).map((e) => e.file));
		expect(problems.every((p) => badFiles.has(p.file))).toBe(true);
	});

	it('points at the line of the offending field', () => {
		const { problems } = checkContent(corpusWith(join(INVALID, 'invalid-date')));
		// Frontmatter: line 1 is "---", then title, docType, number, level, province, issuer, issuerName, issuedAt.
		expect(problems[0].line).toBe(9);
		// An unknown key is reported on its own line, not on the line of the entry.
		const unknownKey = checkContent(corpusWith(join(INVALID, 'unknown-key'))).problems[0];
		expect(unknownKey.line).toBe(32);
	});

	it('npm run check prints one line per problem and exits 1', () => {
		const root = corpusWith(join(INVALID, 'invalid-date'), join(INVALID, 'unknown-slogan'), join(INVALID, 'mdx-import'));
		let out = '';
		let status = 0;
		try {
			execFileSync(process.execPath, [join(ROOT, 'src/cli/check.ts'), root], { encoding: 'utf8', stdio: 'pipe' });
		} catch (e) {
			const err = e as { stdout: string; status: number };
			out = err.stdout;
			status = err.status;
		}
		expect(status).toBe(1);
		const lines = out.trim().split('\n');
		expect(lines).toHaveLength(3);
		for (const line of lines) expect(line).toMatch(/^content\/plans\/2025\/[a-z-]+\.mdx:\d+(:\d+)? {2}\S+ {2}.+/);
	});
});
