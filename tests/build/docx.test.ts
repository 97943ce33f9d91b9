/** Each plan downloads as a Word document laid out like the original: opened with mammoth, it holds the header, every heading and the signer. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/validate.ts';
import { readCorpus } from '../../src/lib/content/corpus.ts';
import { ROOT } from '../support/corpus.ts';

const DIST = join(ROOT, 'dist');
const { plans } = checkContent(ROOT);
const bodies = new Map(readCorpus(ROOT).plans.map((p) => [p.id, p.body]));
/** A heading of the MDX body as text: no #, no escapes, uncertain readings as read. */
const headingsOf = (body: string) =>
	body
		.split('\n')
		.filter((l) => /^#{1,6}\s/.test(l))
		.map((l) =>
			l
				.replace(/^#+\s+/, '')
				.replace(/<Uncertain ocr="[^"]*">([^<]*)<\/Uncertain>/g, '$1')
				.replace(/\\(.)/g, '$1'),
		);

describe('Word downloads', () => {
	for (const { id, data } of plans) {
		it(`${id}: the number, the date, KẾ HOẠCH and the title, every heading and the signer`, async () => {
			const { value } = await mammoth.extractRawText({ buffer: readFileSync(join(DIST, 'api', 'plans', `${id}.docx`)) });
			const text = value.replace(/[ \t]+/g, ' ');
			expect(text).toContain(`Số: ${data.number ?? data.numberIllegible ?? '(văn bản không ghi)'}`);
			expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
			if (data.issuedAt) {
				const [y, m, d] = data.issuedAt.split('-');
				expect(text).toContain(`ngày ${d} tháng ${m} năm ${y}`);
			} else expect(text).toContain('(văn bản không ghi ngày ban hành)');
			expect(text).toMatch(new RegExp(`KẾ HOẠCH\\s+${data.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
			for (const h of headingsOf(bodies.get(id)!)) expect(text, h).toContain(h);
			if (data.signer) expect(text).toContain(data.signer.name);
			expect(text).not.toMatch(/<Uncertain|\\\./);
		});
	}

	it('is linked from the plan page', () => {
		expect(readFileSync(join(DIST, 'ke-hoach/2025/lang-son/index.html'), 'utf8')).toContain('href="/api/plans/2025-lang-son.docx" download');
	});
});
