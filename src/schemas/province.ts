/** A province-level unit (tỉnh / thành phố trực thuộc Trung ương), before or after 01/07/2025. */
import { z } from 'astro/zod';
import { id, isoDate, nonEmpty } from './common.ts';

export const provinceSchema = z.strictObject({
	id,
	/** Name without the "tỉnh"/"thành phố" prefix, e.g. "Lạng Sơn". */
	name: nonEmpty,
	kind: z.enum(['tinh', 'thanh-pho']),
	/** Last day the unit existed, or null when it still exists. */
	until: isoDate.nullable(),
	/** The unit it merged into (required when `until` is set). */
	mergedInto: id.nullable(),
	/** The act that decided the merger. */
	mergerAct: nonEmpty.nullable(),
	/**
	 * Names the unit had before, each with its kind and the last day it was in force (Huế was
	 * tỉnh Thừa Thiên Huế until 31/12/2024). Pages about a year name the unit as it was then.
	 */
	formerNames: z.array(z.strictObject({ name: nonEmpty, kind: z.enum(['tinh', 'thanh-pho']), until: isoDate, act: nonEmpty.nullable() })).default([]),
});

export type Province = z.output<typeof provinceSchema>;
