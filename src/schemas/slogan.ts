/** A distinct banner slogan; each plan records its own wording. */
import { z } from 'astro/zod';
import { id, nonEmpty } from './common.ts';

export const sloganSchema = z.strictObject({
	id,
	/** Canonical wording; `{n}` stands for the anniversary number where the wording changes yearly. */
	text: nonEmpty,
	note: nonEmpty.nullable(),
});

export type Slogan = z.output<typeof sloganSchema>;
