/** A plan ("Kế hoạch"): frontmatter of content/plans/<year>/<jurisdiction>[-<n>].mdx. */
import { z } from 'astro/zod';
import { id, isoDate, nonEmpty, period } from './common.ts';

export const DOC_TYPES = ['ke-hoach'] as const;
export const LEVELS = ['trung-uong', 'tinh'] as const;
export const FIRST_HUMAN_RIGHTS_DAY = 1948;
export const ERRATUM_KINDS = ['ghi-chu', 'loi-in'] as const;
/** How the site names each kind of erratum. */
export const ERRATUM_KIND_LABELS = { 'ghi-chu': 'Sai lệch và chỗ chưa rõ', 'loi-in': 'Lỗi in trong văn bản gốc' } as const;

export const planSchema = z.strictObject({
	/** Trích yếu, exactly as printed. */
	title: nonEmpty,
	docType: z.enum(DOC_TYPES),
	/** Số hiệu as printed, or null when the text does not carry one or it cannot all be read. */
	number: nonEmpty.nullable(),
	/**
	 * A number that is printed but partly illegible, with "…" for what cannot be read
	 * ("…/KH-BCĐNQ-CQTT"); then `number` is null. Absent or null when the number is legible or
	 * not printed at all.
	 */
	numberIllegible: nonEmpty.nullable().default(null),
	level: z.enum(LEVELS),
	/** Province id; null for the central plan. */
	province: id.nullable(),
	/** Agency kind id of the issuing body. */
	issuer: id,
	/** The issuer's name as the plan writes it. */
	issuerName: nonEmpty,
	/**
	 * The issuer block of the document's header, line by line exactly as printed ("UBND TỈNH LẠNG
	 * SƠN", "BCĐ VỀ CÔNG TÁC NHÂN QUYỀN"); the print and Word copies show it. Absent or null when the
	 * source text does not carry the header.
	 */
	issuerLines: z.array(nonEmpty).min(1).nullable().default(null),
	issuedAt: isoDate.nullable(),
	issuedPlace: nonEmpty.nullable(),
	signer: z
		.strictObject({
			name: nonEmpty,
			rank: nonEmpty.nullable(),
			position: nonEmpty,
		})
		.nullable(),
	year: z
		.number()
		.int()
		.min(FIRST_HUMAN_RIGHTS_DAY + 1)
		.max(2100),
	/** Which anniversary of 10/12/1948: always year − 1948. */
	anniversary: z.number().int().positive(),
	/** Id of the plan (or cited document) this plan implements. */
	implements: id.nullable(),
	/** Ids of other cited documents. */
	references: z.array(id),
	campaign: period.nullable(),
	banners: period.nullable(),
	reportDeadline: isoDate.nullable(),
	slogans: z.array(
		z.strictObject({
			slogan: id,
			/** The wording exactly as this plan prints it. */
			text: nonEmpty,
		}),
	),
	conventions: z.array(id),
	assignments: z.array(
		z.strictObject({
			agency: id,
			/** The body's name as written in this plan. */
			name: nonEmpty,
			summary: nonEmpty,
		}),
	),
	source: z.strictObject({
		/** Path of the source text, relative to the project root. */
		file: z.string().regex(/^content\/sources\/[^/]+\.txt$/, 'must be a file under content/sources/'),
		kind: z.enum(['text', 'ocr']),
		/** True when the published text was restored from an OCR source. */
		restored: z.boolean(),
	}),
	errata: z.array(
		z.strictObject({
			/** The field it concerns: a name ("campaign"), or one item of a list ("slogans[0]"). */
			field: nonEmpty.optional(),
			/**
			 * `loi-in`: a typo or slip in the source, transcribed as printed ("lỗi in trong văn bản
			 * gốc"); `ghi-chu` (default): a discrepancy of fact, an unknown or uncertain reading.
			 */
			kind: z.enum(ERRATUM_KINDS).default('ghi-chu'),
			note: nonEmpty,
		}),
	),
});

export type Plan = z.output<typeof planSchema>;
