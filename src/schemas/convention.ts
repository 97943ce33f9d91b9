/** A UN or ILO treaty the plans cite. */
import { z } from 'astro/zod';
import { id, isoDate, nonEmpty, webUrl } from './common.ts';

export const conventionSchema = z.strictObject({
	id,
	abbreviation: nonEmpty,
	nameVi: nonEmpty,
	nameEn: nonEmpty,
	/** Other Vietnamese names the plans use. */
	aliases: z.array(nonEmpty),
	adoptedAt: isoDate.nullable(),
	/** Viet Nam's ratification or accession. */
	vietnam: z.strictObject({
		action: z.enum(['phe-chuan', 'gia-nhap']).nullable(),
		date: isoDate.nullable(),
	}),
	/** Where the dates come from. */
	source: z.strictObject({ name: nonEmpty, url: webUrl }),
});

export type Convention = z.output<typeof conventionSchema>;
