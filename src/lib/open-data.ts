/**
 * The catalog as open data: JSON API records, Markdown and plain text of a plan, CSV rows.
 * Pure: the pages under src/pages/api/ and src/pages/du-lieu/ only serialise what this returns.
 */
import { API_VERSION, type ApiPlan, type ApiPlanDetail } from '../schemas/api.ts';
import { referenceDay, type Catalog, type PlanEntry } from './catalog.ts';
import { plainText } from './citations.ts';
import { dayAfter, formatDate } from './format.ts';
import { citation, issuerWithProvince, numberDisplay, planLabel } from './plan-label.ts';
import { alignmentOf, REUSE_METHOD } from './reuse.ts';
import { paths, withBase } from './urls.ts';

/** Where the site is published: origin (null when SITE_URL is not set) and base path. */
export interface Site {
	origin: string | null;
	base: string;
}

/** A site path as a full URL, or as a site-relative path when the site's address is not known. */
export const absoluteUrl = (site: Site, path: string) => (site.origin ? new URL(withBase(path, site.base), site.origin).href : withBase(path, site.base));

export const apiPaths = {
	index: () => '/api/index.json',
	year: (year: number) => `/api/nam/${year}.json`,
	plan: (id: string) => `/api/plans/${id}.json`,
	planMarkdown: (id: string) => `/api/plans/${id}.md`,
	planDocx: (id: string) => `/api/plans/${id}.docx`,
	slogans: () => '/api/slogans.json',
	conventions: () => '/api/conventions.json',
	provinces: () => '/api/provinces.json',
	agencies: () => '/api/agencies.json',
	documents: () => '/api/documents.json',
	plansCsv: () => '/du-lieu/ke-hoach.csv',
	plansNdjson: () => '/du-lieu/ke-hoach.ndjson',
	plansNdjsonGzip: () => '/du-lieu/ke-hoach.ndjson.gz',
	slogansCsv: () => '/du-lieu/khau-hieu.csv',
	feed: () => '/feed.xml',
	provinceFeed: (id: string) => `/tinh/${id}/feed.xml`,
};

/** The page of what a plan implements: the plan's page, or the cited document's record. */
function implementedUrl(plan: PlanEntry, catalog: Catalog, site: Site): string | null {
	const up = catalog.implementedPlan(plan);
	const doc = catalog.implementedDocument(plan);
	return up ? absoluteUrl(site, paths.plan(up.id)) : doc ? absoluteUrl(site, paths.document(doc.id)) : null;
}

export function planRecord(plan: PlanEntry, catalog: Catalog, site: Site): ApiPlan {
	const d = plan.data;
	const ref = (id: string | null, name: (id: string) => string) => (id ? { id, name: name(id) } : null);
	const today = d.province ? catalog.provinceToday(d.province) : undefined;
	const upPlan = catalog.implementedPlan(plan);
	const upDoc = catalog.implementedDocument(plan);
	return {
		id: plan.id,
		url: absoluteUrl(site, paths.plan(plan.id)),
		jsonUrl: absoluteUrl(site, apiPaths.plan(plan.id)),
		markdownUrl: absoluteUrl(site, apiPaths.planMarkdown(plan.id)),
		title: d.title,
		docType: d.docType,
		number: d.number,
		numberIllegible: d.numberIllegible,
		level: d.level,
		province: ref(d.province, catalog.provinceName),
		provinceToday: today ? { id: today.id, name: today.name } : null,
		issuer: { id: d.issuer, name: catalog.agency(d.issuer)?.name ?? d.issuerName },
		issuerName: d.issuerName,
		issuedAt: d.issuedAt,
		issuedPlace: d.issuedPlace,
		signer: d.signer,
		year: d.year,
		anniversary: d.anniversary,
		implements: d.implements ? { id: d.implements, number: upPlan?.data.number ?? upDoc?.number ?? null, url: implementedUrl(plan, catalog, site) } : null,
		implementedBy: catalog.implementersOf(plan.id).map((p) => p.id),
		references: d.references.map((id) => ({ id, number: catalog.document(id)?.number ?? id })),
		campaign: d.campaign,
		banners: d.banners,
		reportDeadline: d.reportDeadline,
		slogans: d.slogans.map((s) => ({ id: s.slogan, text: s.text, url: absoluteUrl(site, paths.slogan(s.slogan)) })),
		conventions: d.conventions,
		assignments: d.assignments.map((a) => ({ agency: a.agency, name: a.name, summary: a.summary })),
		errata: d.errata.map((e) => ({ field: e.field ?? null, kind: e.kind, note: e.note })),
		source: d.source,
		textReuse: upPlan ? reuseSummary(plan, upPlan) : null,
	};
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

function reuseSummary(plan: PlanEntry, source: PlanEntry): ApiPlan['textReuse'] {
	const alignment = alignmentOf(plan, source);
	if (!alignment) return null;
	const { words, shares, runs } = alignment;
	return {
		method: REUSE_METHOD,
		source: source.id,
		words,
		shares: { verbatim: round(shares.verbatim), adapted: round(shares.adapted), own: round(shares.own) },
		runs,
	};
}

/** A passage's first words: enough to find it in the source plan's text, which is in that plan's own record. */
const excerpt = (text: string) => {
	const words = text.split(/\s+/);
	return words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : text;
};

/** A plan's alignment with the plan it implements, passage by passage (for its own API record). */
export function planAlignment(plan: PlanEntry, catalog: Catalog): ApiPlanDetail['alignment'] {
	const source = catalog.implementedPlan(plan);
	const a = source && alignmentOf(plan, source);
	if (!a) return null;
	return {
		passages: a.passages.map((p) => ({ text: p.text, kind: p.kind, source: p.source, score: round(p.score) })),
		sourcePassages: a.central.map((c) => ({ excerpt: excerpt(c.text), status: c.status, takenBy: c.takenBy })),
	};
}

/** A plan's own record (/api/plans/<id>.json): its list record, full text and alignment. */
export function planDetailRecord(plan: PlanEntry, catalog: Catalog, site: Site): ApiPlanDetail {
	return {
		...planRecord(plan, catalog, site),
		markdown: planMarkdown(plan, catalog, site),
		text: planText(plan),
		alignment: planAlignment(plan, catalog),
	};
}

/**
 * The bulk download: every plan's own record, one compact JSON object a line (newline-delimited
 * JSON), in the catalogue's order (newest year first, central plan first), UTF-8, "\n" after each.
 */
export function* planNdjsonLines(catalog: Catalog, site: Site): Generator<{ id: string; line: string }> {
	for (const plan of catalog.plans) yield { id: plan.id, line: `${JSON.stringify(planDetailRecord(plan, catalog, site))}\n` };
}

/** What the index says of a downloadable file, so a client can check what it fetched. */
export interface FileFacts {
	bytes: number;
	sha256: string;
}

/**
 * A frontmatter value as Markdown text on one line: every character that could start inline
 * Markdown or HTML (tags, entities, emphasis, links, images, code, tables) is backslash-escaped,
 * so a Markdown viewer shows the value exactly as written and never renders markup from it.
 */
export function markdownText(value: string): string {
	return value.replace(/\s*\n\s*/g, ' ').replace(/[\\`*_{}[\]<>&!|~]/g, '\\$&');
}

/**
 * A URL as a Markdown link destination (`[…](here)`): every character outside RFC 3986's URL
 * characters — spaces, quotes, `<`, `>`, backslashes, backticks, controls, non-ASCII — and the
 * parentheses are percent-encoded, so the destination can neither end the link early nor carry
 * markup into a renderer that allows HTML. A well-formed URL without parentheses is unchanged.
 */
export function markdownDestination(url: string): string {
	return url.replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&*+,;=%]/gu, (c) =>
		encodeURIComponent(c).replace(/[!'()*]/g, (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`),
	);
}

/** A link to `url` showing the URL itself, for a site-relative path as for an absolute address. */
export const markdownLink = (url: string): string => `[${markdownText(url)}](${markdownDestination(url)})`;

/** The body with uncertain OCR readings written out, e.g. "Vũ [đọc không chắc chắn; bản OCR: “Vii”]". */
export function bodyMarkdown(body: string): string {
	return body
		.replace(
			/<Uncertain\s+ocr="([^"]*)"\s*>([\s\S]*?)<\/Uncertain>/g,
			(_, ocr: string, text: string) => `${text} [đọc không chắc chắn; bản OCR: “${markdownText(ocr)}”]`,
		)
		.trim();
}

/** A plan as a Markdown document: its identity, then its full text. */
export function planMarkdown(plan: PlanEntry, catalog: Catalog, site: Site): string {
	const d = plan.data;
	const fact = (label: string, value: string | null) => `- ${label}: ${value === null ? 'không rõ' : markdownText(value)}`;
	return [
		`# ${markdownText(planLabel(d, catalog.provinceTitle(d.province)))}`,
		'',
		`**${markdownText(d.title)}**`,
		'',
		fact('Số hiệu', numberDisplay(d)),
		fact('Ngày ban hành', formatDate(d.issuedAt)),
		fact('Nơi ban hành', d.issuedPlace),
		fact('Cơ quan ban hành', issuerWithProvince(d, catalog.provinceName(d.province), catalog.provinceTitle(d.province))),
		fact('Người ký', d.signer ? `${d.signer.rank ? `${d.signer.rank} ` : ''}${d.signer.name} (${d.signer.position})` : null),
		`- Nguồn: ${markdownLink(absoluteUrl(site, paths.plan(plan.id)))}`,
		'',
		...(d.errata.length ? ['## Ghi chú về dữ liệu', '', ...d.errata.map((e) => `- ${markdownText(e.note)}`), ''] : []),
		'## Toàn văn',
		'',
		bodyMarkdown(plan.body),
		'',
	].join('\n');
}

export function planText(plan: PlanEntry): string {
	return plainText(bodyMarkdown(plan.body))
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

export function planCitation(plan: PlanEntry, catalog: Catalog, site: Site): string {
	const d = plan.data;
	return `${citation(d, catalog.provinceName(d.province), catalog.provinceTitle(d.province))}. ${absoluteUrl(site, paths.plan(plan.id))}`;
}

export function sloganRecords(catalog: Catalog, site: Site) {
	return catalog.slogans.map((s) => {
		const uses = catalog.sloganUses(s.id);
		return {
			id: s.id,
			url: absoluteUrl(site, paths.slogan(s.id)),
			text: s.text,
			note: s.note,
			years: [...new Set(uses.map((u) => u.plan.data.year))].sort(),
			planCount: new Set(uses.map((u) => u.plan.id)).size,
		};
	});
}

export function conventionRecords(catalog: Catalog, site: Site) {
	return catalog.conventions.map((c) => ({
		...c,
		url: absoluteUrl(site, paths.convention(c.id)),
		planCount: catalog.plansCiting(c.id).length,
	}));
}

export function provinceRecords(catalog: Catalog, site: Site) {
	return catalog.provinces.map((p) => {
		const into = p.mergedInto ? catalog.province(p.mergedInto) : undefined;
		return {
			id: p.id,
			url: absoluteUrl(site, paths.province(p.id)),
			name: p.name,
			kind: p.kind,
			until: p.until,
			mergedInto: into && p.until ? { id: into.id, name: into.name, date: dayAfter(p.until) } : null,
			formedFrom: catalog.mergedUnits(p.id).map((m) => ({ id: m.id, name: m.name, date: dayAfter(m.until!) })),
			mergerAct: p.mergerAct,
			planCount: catalog.plansOfProvince(p.id).length,
		};
	});
}

export function agencyRecords(catalog: Catalog, site: Site) {
	return catalog.agencies.map((a) => ({
		...a,
		url: absoluteUrl(site, paths.agency(a.id)),
		counterparts: catalog.counterpartsOf(a.id).map((c) => c.id),
		successors: catalog.successorsOf(a.id).map((s) => ({ agency: s.to.id, since: s.since, note: s.note })),
		assignmentCount: catalog.assignmentsOf(a.id).length,
	}));
}

export function documentRecords(catalog: Catalog, site: Site) {
	return catalog.documents.map((d) => ({
		...d,
		url: absoluteUrl(site, paths.document(d.id)),
		issuer: { id: d.issuer, name: catalog.agency(d.issuer)?.name ?? d.issuerName },
		province: d.province ? { id: d.province, name: catalog.provinceName(d.province) } : null,
		implementedByCount: catalog.implementersOf(d.id).length,
		citedByCount: catalog.citersOf(d.id).length,
	}));
}

/** /api/index.json; `bulk` gives the size and checksum of the bulk download and of its gzip copy. */
export function apiIndexRecord(catalog: Catalog, site: Site, bulk: { ndjson: FileFacts; gzip: FileFacts }) {
	const u = (path: string) => absoluteUrl(site, path);
	const plans = catalog.plans.length;
	return {
		name: 'Kho kế hoạch nhân quyền — dữ liệu mở',
		version: API_VERSION,
		site: u('/'),
		license:
			'Văn bản quản lý nhà nước không thuộc đối tượng bảo hộ quyền tác giả (Luật Sở hữu trí tuệ, Điều 15); dữ liệu tổng hợp được phép sử dụng lại, ghi rõ nguồn.',
		endpoints: [
			{
				name: 'slogans',
				url: u(apiPaths.slogans()),
				format: 'json' as const,
				description: 'Khẩu hiệu: mẫu câu, các năm được dùng và số kế hoạch dùng. Câu chữ từng kế hoạch in nằm trong bản ghi kế hoạch (slogans).',
			},
			{
				name: 'conventions',
				url: u(apiPaths.conventions()),
				format: 'json' as const,
				description: 'Công ước: tên, ngày thông qua, việc Việt Nam tham gia, số kế hoạch nêu công ước.',
			},
			{
				name: 'provinces',
				url: u(apiPaths.provinces()),
				format: 'json' as const,
				description: '63 đơn vị cấp tỉnh trước 01/07/2025 và việc hợp nhất thành 34 đơn vị.',
			},
			{
				name: 'agencies',
				url: u(apiPaths.agencies()),
				format: 'json' as const,
				description: 'Loại cơ quan: tương ứng, tiền thân, kế thừa, số nhiệm vụ được giao. Nhiệm vụ nằm trong bản ghi kế hoạch (assignments).',
			},
			{
				name: 'documents',
				url: u(apiPaths.documents()),
				format: 'json' as const,
				description: 'Văn bản được dẫn chiếu nhưng chưa có toàn văn, với số kế hoạch thực hiện và dẫn chiếu.',
			},
			{ name: 'plans-csv', url: u(apiPaths.plansCsv()), format: 'csv' as const, description: 'Một dòng mỗi kế hoạch (UTF-8, có BOM).' },
			{ name: 'slogans-csv', url: u(apiPaths.slogansCsv()), format: 'csv' as const, description: 'Một dòng mỗi cặp kế hoạch × khẩu hiệu (UTF-8, có BOM).' },
			{ name: 'feed', url: u(apiPaths.feed()), format: 'atom' as const, description: 'Atom: theo dõi kế hoạch mới bằng trình đọc tin, mới nhất trước.' },
		],
		downloads: [
			{
				name: 'plans-ndjson',
				url: u(apiPaths.plansNdjson()),
				format: 'ndjson' as const,
				compression: null,
				...bulk.ndjson,
				records: plans,
				description: 'Mọi kế hoạch trong một tệp: mỗi dòng là bản ghi đầy đủ của một kế hoạch (như /api/plans/<id>.json, có toàn văn), năm mới nhất trước.',
			},
			{
				name: 'plans-ndjson-gzip',
				url: u(apiPaths.plansNdjsonGzip()),
				format: 'ndjson' as const,
				compression: 'gzip' as const,
				...bulk.gzip,
				records: plans,
				description: 'Tệp trên, nén gzip.',
			},
		],
		years: catalog.years.map((year) => ({ year, plans: catalog.plansOfYear(year).length, url: u(apiPaths.year(year)) })),
	};
}

/**
 * A CSV cell a spreadsheet will not run: text beginning with =, +, -, @, tab or carriage
 * return gets a leading apostrophe (OWASP's advice against CSV injection). Numbers stay numbers.
 */
export function spreadsheetSafe(value: unknown): unknown {
	return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const percent = (share: number) => Math.round(share * 1000) / 10;

/** The number as the site shows it: printed, or its legible part marked (empty when none is printed). */
/** CSV rows: one per plan. */
export function planRows(records: ApiPlan[]) {
	return records.map((r) => ({
		id: r.id,
		nam: r.year,
		ky_niem: r.anniversary,
		cap: r.level,
		tinh: r.province?.name ?? '',
		tinh_hien_nay: r.provinceToday?.name ?? '',
		so_hieu: numberDisplay(r) ?? '',
		so_hieu_doc_khong_day_du: r.numberIllegible ?? '',
		ngay_ban_hanh: r.issuedAt ?? '',
		noi_ban_hanh: r.issuedPlace ?? '',
		co_quan_ban_hanh: r.issuerName,
		nguoi_ky: r.signer?.name ?? '',
		trich_yeu: r.title,
		thuc_hien: r.implements?.number ?? '',
		tuyen_truyen_tu: r.campaign?.from ?? '',
		tuyen_truyen_den: r.campaign?.to ?? '',
		bang_ron_tu: r.banners?.from ?? '',
		bang_ron_den: r.banners?.to ?? '',
		han_bao_cao: r.reportDeadline ?? '',
		so_khau_hieu: r.slogans.length,
		cong_uoc: r.conventions.join(' '),
		so_co_quan: r.assignments.length,
		so_ghi_chu: r.errata.length,
		url: r.url,
		// Shares of the text taken from the implemented plan, in % of words (empty without its text in the corpus).
		van_ban_nguyen_van_pt: r.textReuse ? percent(r.textReuse.shares.verbatim) : '',
		van_ban_sua_doi_pt: r.textReuse ? percent(r.textReuse.shares.adapted) : '',
		van_ban_rieng_pt: r.textReuse ? percent(r.textReuse.shares.own) : '',
	}));
}

/** CSV rows: one per plan × slogan, with the wording that plan printed. */
export function sloganRows(records: ApiPlan[]) {
	return records.flatMap((r) =>
		r.slogans.map((s, i) => ({
			ke_hoach: r.id,
			nam: r.year,
			tinh: r.province?.name ?? 'Trung ương',
			so_hieu: numberDisplay(r) ?? '',
			thu_tu: i + 1,
			khau_hieu: s.id,
			cau_chu: s.text,
			url: s.url,
		})),
	);
}

/** The date an Atom entry carries: the issue date, or when unknown the plan's first dated event. */
export function feedDate(plan: PlanEntry): string {
	const d = plan.data;
	return d.issuedAt ?? d.banners?.from ?? d.campaign?.from ?? referenceDay(d.year);
}

/** schema.org Legislation for a plan page (JSON-LD). */
export function planJsonLd(plan: PlanEntry, catalog: Catalog, site: Site) {
	const d = plan.data;
	const up = catalog.implementedPlan(plan);
	const upDoc = catalog.implementedDocument(plan);
	const upUrl = implementedUrl(plan, catalog, site);
	return {
		'@context': 'https://schema.org',
		'@type': 'Legislation',
		'@id': absoluteUrl(site, paths.plan(plan.id)),
		url: absoluteUrl(site, paths.plan(plan.id)),
		name: d.title,
		legislationIdentifier: numberDisplay(d) ?? undefined,
		legislationType: 'Kế hoạch',
		legislationDate: d.issuedAt ?? undefined,
		legislationPassedBy: {
			'@type': 'GovernmentOrganization',
			name: issuerWithProvince(d, catalog.provinceName(d.province), catalog.provinceTitle(d.province)),
		},
		legislationJurisdiction: d.province ? `Việt Nam, ${catalog.provinceTitle(d.province)}` : 'Việt Nam',
		legislationApplies: upUrl ? { '@type': 'Legislation', '@id': upUrl, legislationIdentifier: up?.data.number ?? upDoc?.number } : undefined,
		inLanguage: 'vi',
		encoding: [
			{ '@type': 'MediaObject', encodingFormat: 'application/json', contentUrl: absoluteUrl(site, apiPaths.plan(plan.id)) },
			{ '@type': 'MediaObject', encodingFormat: 'text/markdown', contentUrl: absoluteUrl(site, apiPaths.planMarkdown(plan.id)) },
		],
	};
}

/** JSON for an inline <script type="application/ld+json">: "<" escaped so text cannot close the tag. */
export function jsonForScript(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
