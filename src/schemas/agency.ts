/** An agency kind: one body per level (e.g. "Sở Tư pháp" of any province, "Bộ Tư pháp"). */
import { z } from 'astro/zod';
import { id, isoDate, nonEmpty } from './common.ts';

export const agencySchema = z.strictObject({
	id,
	name: nonEmpty,
	level: z.enum(['trung-uong', 'tinh', 'xa', 'huyen']),
	/** Names the plans write for it. */
	aliases: z.array(nonEmpty),
	/** Central counterpart of a provincial kind (Sở Tư pháp → Bộ Tư pháp). */
	counterpart: id.nullable(),
	/** What it came from in a rename or merger, with the date the change took effect. */
	predecessors: z.array(z.strictObject({ agency: id, since: isoDate.nullable(), note: nonEmpty.nullable() })),
	/** Last day it existed under this name, or null. */
	until: isoDate.nullable(),
	note: nonEmpty.nullable(),
});

export type Agency = z.output<typeof agencySchema>;
