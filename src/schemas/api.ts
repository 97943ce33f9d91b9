/**
 * The public JSON API (/api/…), version API_VERSION. Dates are ISO YYYY-MM-DD; unknown values
 * are null, never omitted. Tests validate every endpoint against these schemas.
 *
 * No file of the API grows with the whole corpus: plans are listed a year at a time
 * (/api/nam/<year>.json) and one file each (/api/plans/<id>.json); the catalogues (slogans,
 * conventions, provinces, agencies, documents) give counts, and a plan's record says which of
 * them it uses. The bulk downloads (the CSVs, /du-lieu/ke-hoach.ndjson: every plan's own record
 * a line) are the exception, meant to be fetched whole.
 *
 * 2.2 adds `downloads` to the index: the bulk NDJSON file and its gzip copy, with size and SHA-256.
 */
import { z } from 'astro/zod';

export const API_VERSION = '2.2';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/**
 * A link: a full URL when the site is built with SITE_URL, else a path on this site
 * ("/ke-hoach/2025/lang-son/") — never an address the site is not served from.
 */
const url = z.union([z.url({ protocol: /^https?$/ }), z.string().regex(/^\/(?!\/)\S*$/)]);
const ref = z.strictObject({ id: z.string(), name: z.string() });
const period = z.strictObject({ from: date.nullable(), to: date.nullable() }).nullable();

const reuseCounts = z.strictObject({ verbatim: z.number(), adapted: z.number(), own: z.number() });

/**
 * What a plan takes from the plan it implements (see /gioi-thieu/#so-khop-van-ban): its words
 * taken verbatim, adapted or its own, and their shares (0–1) of its length. `method` is the
 * version of the matching; figures of different methods are not comparable.
 */
const textReuse = z
	.strictObject({
		method: z.number().int(),
		source: z.string(),
		words: reuseCounts.extend({ total: z.number().int() }),
		shares: reuseCounts,
		/**
		 * The check of the labels (since 2.2): words inside runs of 8 or more folded words shared
		 * with the implemented plan, in all and among the words labelled own.
		 */
		runs: z.strictObject({ words: z.number().int(), ownWords: z.number().int() }),
	})
	.nullable();

export const apiPlan = z.strictObject({
	id: z.string(),
	url,
	/** This plan's own record, with its full text. */
	jsonUrl: url,
	markdownUrl: url,
	title: z.string(),
	docType: z.string(),
	number: z.string().nullable(),
	/** A number printed but partly illegible ("…/KH-BCĐNQ-CQTT"); number is then null. */
	numberIllegible: z.string().nullable(),
	level: z.enum(['trung-uong', 'tinh']),
	province: ref.nullable(),
	provinceToday: ref.nullable(),
	issuer: ref,
	issuerName: z.string(),
	issuedAt: date.nullable(),
	issuedPlace: z.string().nullable(),
	signer: z.strictObject({ name: z.string(), rank: z.string().nullable(), position: z.string() }).nullable(),
	year: z.number().int(),
	anniversary: z.number().int(),
	implements: z.strictObject({ id: z.string(), number: z.string().nullable(), url: url.nullable() }).nullable(),
	implementedBy: z.array(z.string()),
	references: z.array(z.strictObject({ id: z.string(), number: z.string() })),
	campaign: period,
	banners: period,
	reportDeadline: date.nullable(),
	slogans: z.array(z.strictObject({ id: z.string(), text: z.string(), url })),
	conventions: z.array(z.string()),
	assignments: z.array(z.strictObject({ agency: z.string(), name: z.string(), summary: z.string() })),
	/** kind: "loi-in" for a typo or slip in the source (transcribed as printed), "ghi-chu" for any other note. */
	errata: z.array(z.strictObject({ field: z.string().nullable(), kind: z.enum(['ghi-chu', 'loi-in']), note: z.string() })),
	source: z.strictObject({ file: z.string(), kind: z.enum(['text', 'ocr']), restored: z.boolean() }),
	textReuse,
});

export const apiPlanDetail = apiPlan.extend({
	/** The full text as Markdown (uncertain OCR readings written out in brackets). */
	markdown: z.string(),
	/** The full text as plain text. */
	text: z.string(),
	/**
	 * The alignment behind textReuse, passage by passage: each passage of this plan with its kind
	 * and the index of its source in sourcePassages; each passage of the implemented plan (its
	 * first words: the full text is in that plan's record) with whether this plan took it and the
	 * indexes of the passages that did. Null without textReuse.
	 */
	alignment: z
		.strictObject({
			passages: z.array(
				z.strictObject({ text: z.string(), kind: z.enum(['verbatim', 'adapted', 'own']), source: z.number().int().nullable(), score: z.number() }),
			),
			sourcePassages: z.array(z.strictObject({ excerpt: z.string(), status: z.enum(['reused', 'adapted', 'not-taken']), takenBy: z.array(z.number().int()) })),
		})
		.nullable(),
});

export const apiSlogan = z.strictObject({
	id: z.string(),
	url,
	text: z.string(),
	note: z.string().nullable(),
	years: z.array(z.number().int()),
	planCount: z.number().int(),
});

export const apiConvention = z.strictObject({
	id: z.string(),
	url,
	abbreviation: z.string(),
	nameVi: z.string(),
	nameEn: z.string(),
	aliases: z.array(z.string()),
	adoptedAt: date.nullable(),
	vietnam: z.strictObject({ action: z.enum(['phe-chuan', 'gia-nhap']).nullable(), date: date.nullable() }),
	source: z.strictObject({ name: z.string(), url }),
	planCount: z.number().int(),
});

export const apiProvince = z.strictObject({
	id: z.string(),
	url,
	name: z.string(),
	kind: z.enum(['tinh', 'thanh-pho']),
	until: date.nullable(),
	mergedInto: z.strictObject({ id: z.string(), name: z.string(), date: date }).nullable(),
	formedFrom: z.array(z.strictObject({ id: z.string(), name: z.string(), date: date })),
	mergerAct: z.string().nullable(),
	planCount: z.number().int(),
});

export const apiAgency = z.strictObject({
	id: z.string(),
	url,
	name: z.string(),
	level: z.enum(['trung-uong', 'tinh', 'huyen', 'xa']),
	aliases: z.array(z.string()),
	counterpart: z.string().nullable(),
	counterparts: z.array(z.string()),
	predecessors: z.array(z.strictObject({ agency: z.string(), since: date.nullable(), note: z.string().nullable() })),
	successors: z.array(z.strictObject({ agency: z.string(), since: date.nullable(), note: z.string().nullable() })),
	until: date.nullable(),
	note: z.string().nullable(),
	assignmentCount: z.number().int(),
});

export const apiDocument = z.strictObject({
	id: z.string(),
	url,
	number: z.string(),
	docType: z.string(),
	issuer: ref,
	issuerName: z.string(),
	province: ref.nullable(),
	issuedAt: date.nullable(),
	title: z.string().nullable(),
	note: z.string().nullable(),
	implementedByCount: z.number().int(),
	citedByCount: z.number().int(),
});

export const apiIndex = z.strictObject({
	name: z.string(),
	version: z.literal(API_VERSION),
	site: url,
	license: z.string(),
	endpoints: z.array(z.strictObject({ name: z.string(), url, format: z.enum(['json', 'csv', 'atom', 'markdown']), description: z.string() })),
	/**
	 * Files to fetch whole, with what a client needs to check them: size in bytes, SHA-256 (hex)
	 * of the file as served (of the compressed bytes for the gzip copy), number of records.
	 */
	downloads: z.array(
		z.strictObject({
			name: z.string(),
			url,
			format: z.literal('ndjson'),
			compression: z.literal('gzip').nullable(),
			bytes: z.number().int().positive(),
			sha256: z.string().regex(/^[0-9a-f]{64}$/),
			records: z.number().int(),
			description: z.string(),
		}),
	),
	/** The plans, a file a year, newest first. */
	years: z.array(z.strictObject({ year: z.number().int(), plans: z.number().int(), url })),
});

/** /api/nam/<year>.json: the year's plans, central plan first. */
export const apiYear = z.strictObject({
	year: z.number().int(),
	plans: z.array(apiPlan),
});

export type ApiPlan = z.output<typeof apiPlan>;
export type ApiPlanDetail = z.output<typeof apiPlanDetail>;
