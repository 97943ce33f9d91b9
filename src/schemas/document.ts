/** A document that plans cite but whose full text is not in the corpus. */
import { z } from 'astro/zod';
import { id, isoDate, nonEmpty } from './common.ts';

export const documentSchema = z.strictObject({
	id,
	/** Số hiệu as cited, e.g. "1079/QĐ-TTg". */
	number: nonEmpty,
	/** Document type in words, e.g. "Kế hoạch", "Quyết định". */
	docType: nonEmpty,
	/** Agency kind id of the issuer. */
	issuer: id,
	/** The issuer's name as the citing plans write it. */
	issuerName: nonEmpty,
	/** Province id when a provincial body issued it. */
	province: id.nullable(),
	issuedAt: isoDate.nullable(),
	/** Title as cited, or null when no plan gives it. */
	title: nonEmpty.nullable(),
	note: nonEmpty.nullable(),
});

export type CitedDocument = z.output<typeof documentSchema>;
