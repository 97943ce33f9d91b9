/** Site paths (without the base path) for every page type. */

/** Route parameters of a plan page from its id: `2025-an-giang` → { year: '2025', jurisdiction: 'an-giang' }. */
export function planParams(id: string): { year: string; jurisdiction: string } {
	const [year, ...rest] = id.split('-');
	return { year, jurisdiction: rest.join('-') };
}

export const paths = {
	home: () => '/',
	plans: () => '/ke-hoach/',
	plan: (id: string) => {
		const { year, jurisdiction } = planParams(id);
		return `/ke-hoach/${year}/${jurisdiction}/`;
	},
	planSource: (id: string) => `${paths.plan(id)}nguon/`,
	comparison: (id: string) => `${paths.plan(id)}so-sanh/`,
	years: () => '/nam/',
	year: (year: number) => `/nam/${year}/`,
	provinces: () => '/tinh/',
	province: (id: string) => `/tinh/${id}/`,
	slogans: () => '/khau-hieu/',
	slogan: (id: string) => `/khau-hieu/${id}/`,
	slogansOfYear: (year: number) => `/khau-hieu/nam/${year}/`,
	conventions: () => '/cong-uoc/',
	convention: (id: string) => `/cong-uoc/${id}/`,
	agencies: () => '/co-quan/',
	agency: (id: string) => `/co-quan/${id}/`,
	documents: () => '/van-ban/',
	document: (id: string) => `/van-ban/${id}/`,
	timeline: () => '/dong-thoi-gian/',
	errata: () => '/loi-va-ghi-chu/',
	search: () => '/tim-kiem/',
	openData: () => '/du-lieu/',
	about: () => '/gioi-thieu/',
	glossary: () => '/thuat-ngu/',
};

/** Prefixes a site path with the configured base path (e.g. `/kho-ke-hoach/`). */
export function withBase(path: string, base: string): string {
	const b = base.endsWith('/') ? base.slice(0, -1) : base;
	return `${b}${path}`;
}
