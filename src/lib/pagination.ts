/**
 * Lists that grow with the corpus (the plans citing a convention, an agency's tasks, all plans…)
 * are cut into pages of PAGE_SIZE items, so no page grows without bound. The first page keeps
 * the list's own URL; the next ones are …/trang-2/, …/trang-3/.
 */

export const PAGE_SIZE = 100;

export interface Page<T> {
	items: T[];
	/** 1-based. */
	number: number;
	count: number;
	/** Items in the whole list. */
	total: number;
	/** 1-based position of the page's first item in the whole list. */
	first: number;
}

/** The list as pages (one empty page for an empty list). */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): Page<T>[] {
	const count = Math.max(1, Math.ceil(items.length / size));
	return Array.from({ length: count }, (_, i) => ({
		items: items.slice(i * size, (i + 1) * size),
		number: i + 1,
		count,
		total: items.length,
		first: i * size + 1,
	}));
}

/** The rest parameter ([...page]) of a page's route: none for the first. */
export const pageParam = (n: number): string | undefined => (n === 1 ? undefined : `trang-${n}`);

/** The path of page n of the list at `base` (a path ending in /). */
export const pagePath = (base: string, n: number): string => (n === 1 ? base : `${base}trang-${n}/`);

/**
 * getStaticPaths entries of a page per owner (a convention, an agency…) whose list is paginated:
 * `param` is the route's own parameter (e.g. "id"), `page` the rest parameter ([...page]).
 */
export function pagedPaths<O extends { id: string }, T>(owners: readonly O[], listOf: (owner: O) => readonly T[], param = 'id') {
	return owners.flatMap((owner) =>
		paginate(listOf(owner)).map((page) => ({ params: { [param]: owner.id, page: pageParam(page.number) }, props: { id: owner.id, page } })),
	);
}
