/** Shared field types for every content schema. */
import { z } from 'astro/zod';

/** A slug id: lowercase ASCII letters, digits and hyphens. */
export const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase ASCII slug (a-z, 0-9, -)');

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written YYYY-MM-DD (rejects 2025-02-31). */
export function isCalendarDate(value: string): boolean {
	const m = ISO_DATE.exec(value);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * An ISO date (YYYY-MM-DD), kept as a string. YAML 1.1 parsers turn unquoted dates into
 * Date objects; those are accepted and turned back into the same string.
 */
export const isoDate = z.union([
	z.string().refine(isCalendarDate, 'must be a real date written YYYY-MM-DD'),
	z.date().transform((d) => d.toISOString().slice(0, 10)),
]);

/** A period with inclusive ends; an end is null when the plan leaves it unknown. */
export const period = z.strictObject({
	from: isoDate.nullable(),
	to: isoDate.nullable(),
});

export const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** A web address: http or https only (no javascript:, data:, file: …). */
export const webUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
