/** The glossary: each abbreviation with the plans that write it, bounded. */
import { describe, expect, it } from 'vitest';
import { TERMS, termUses } from '../../src/lib/glossary.ts';
import { realCatalog } from '../support/catalog.ts';

const catalog = realCatalog();

describe('glossary', () => {
	it('finds where each term is written, as a whole word', () => {
		expect(termUses('ANTQ', catalog.plans).plans.map((p) => p.id)).toEqual(['2025-lang-son']);
		expect(termUses('SWL', catalog.plans).plans.map((p) => p.id)).toEqual(['2025-an-giang']);
		// "BCĐ" inside "BCĐNQ" is not the word BCĐ.
		const bcd = termUses('BCĐ', catalog.plans);
		expect(bcd.plans.every((p) => /(?<![\p{L}])BCĐ(?![\p{L}])/u.test(p.body))).toBe(true);
		// At most five plans are named, newest first; the count says how many there are.
		const ubnd = termUses('UBND', catalog.plans, 2);
		expect(ubnd.count).toBe(4);
		expect(ubnd.plans.map((p) => p.data.year)).toEqual([2025, 2025]);
	});

	it('every term appears in the corpus', () => {
		for (const t of TERMS) expect(termUses(t.term, catalog.plans).count, t.term).toBeGreaterThan(0);
	});
});
