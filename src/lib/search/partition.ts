/**
 * How the search index is split. A word found in every plan ("nhân quyền") costs, in a single
 * Pagefind index, every position of that word in every plan: at 10,000 plans about 1 MB before
 * the first result. The plans are therefore indexed in year buckets, newest first: the first
 * bucket holds the latest years up to about FIRST_BUCKET_PLANS plans, and is searched together
 * with the reference pages (slogans, conventions, agencies, documents, provinces) before anything
 * is shown; the older buckets are searched after, and their results stream into the list.
 *
 * A bucket always holds whole years, so a year filter or a year range can skip whole buckets,
 * and the newest/oldest sorts can read the buckets in order.
 */

/** Plans in the first bucket (whole years; the newest year always goes in, however large). */
export const FIRST_BUCKET_PLANS = 500;
/** Plans in each later bucket: fewer, larger buckets cost less (one WebAssembly load each). */
export const LATER_BUCKET_PLANS = 20000;

export interface Bucket {
	/** Folder of the bucket's Pagefind bundle, under pagefind/ (e.g. "plans-2022-2025"). */
	id: string;
	/** Years held, newest first. */
	years: number[];
	plans: number;
}

/** The manifest the search page reads: dist/pagefind/buckets.json. */
export interface SearchManifest {
	/** Newest bucket first. */
	buckets: Bucket[];
}

/** Cuts the plan counts per year into buckets of whole years, newest first. */
export function planBuckets(plansPerYear: Map<number, number>, first = FIRST_BUCKET_PLANS, later = LATER_BUCKET_PLANS): Bucket[] {
	const years = [...plansPerYear.keys()].sort((a, b) => b - a);
	const buckets: Bucket[] = [];
	let open: { years: number[]; plans: number } | undefined;
	for (const year of years) {
		const limit = buckets.length === 0 ? first : later;
		if (!open) open = { years: [], plans: 0 };
		open.years.push(year);
		open.plans += plansPerYear.get(year) ?? 0;
		if (open.plans >= limit) {
			buckets.push(named(open));
			open = undefined;
		}
	}
	if (open) buckets.push(named(open));
	return buckets;
}

function named(b: { years: number[]; plans: number }): Bucket {
	const newest = b.years[0];
	const oldest = b.years[b.years.length - 1];
	return { id: newest === oldest ? `plans-${newest}` : `plans-${oldest}-${newest}`, years: b.years, plans: b.plans };
}

/** The buckets a search must read, given the years it may return (null: every year). */
export function bucketsForYears(buckets: Bucket[], from: number | null, to: number | null): Bucket[] {
	return buckets.filter((b) => b.years.some((y) => (from === null || y >= from) && (to === null || y <= to)));
}
