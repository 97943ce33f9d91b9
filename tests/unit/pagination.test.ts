import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, pagedPaths, pageParam, pagePath, paginate } from '../../src/lib/pagination.ts';

describe('pagination of lists that grow with the corpus', () => {
	it('cuts a list into pages of PAGE_SIZE, every item once, in order; an empty list is one empty page', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 5 * PAGE_SIZE }), (n) => {
				const items = Array.from({ length: n }, (_, i) => i);
				const pages = paginate(items);
				expect(pages.flatMap((p) => p.items)).toEqual(items);
				expect(pages.length).toBe(Math.max(1, Math.ceil(n / PAGE_SIZE)));
				for (const p of pages) {
					expect(p.items.length).toBeLessThanOrEqual(PAGE_SIZE);
					expect(p.count).toBe(pages.length);
					expect(p.total).toBe(n);
					if (p.items.length) expect(p.items[0]).toBe(p.first - 1);
				}
			}),
		);
	});
	it('keeps the list’s own URL for the first page and names the next ones in ASCII', () => {
		expect(pageParam(1)).toBeUndefined();
		expect(pageParam(3)).toBe('trang-3');
		expect(pagePath('/cong-uoc/cat/', 1)).toBe('/cong-uoc/cat/');
		expect(pagePath('/cong-uoc/cat/', 2)).toBe('/cong-uoc/cat/trang-2/');
	});
	it('gives each owner its pages as static paths, the first at the owner’s own URL', () => {
		const owners = [{ id: 'cat' }, { id: 'crc' }];
		const paths = pagedPaths(owners, (o) => (o.id === 'cat' ? Array.from({ length: PAGE_SIZE + 1 }, (_, i) => i) : []), 'slug');
		expect(paths.map((p) => p.params)).toEqual([
			{ slug: 'cat', page: undefined },
			{ slug: 'cat', page: 'trang-2' },
			{ slug: 'crc', page: undefined },
		]);
		expect(paths[1].props.page.items).toEqual([PAGE_SIZE]);
	});
});
