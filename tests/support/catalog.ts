/** The real corpus as catalog input, read without Astro, for unit tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { buildCatalog, type CatalogInput, type PlanEntry } from '../../src/lib/catalog.ts';
import { readCorpus } from '../../src/lib/content/corpus.ts';
import { checkContent } from '../../src/lib/content/validate.ts';
import { agencySchema, conventionSchema, documentSchema, provinceSchema, sloganSchema } from '../../src/schemas/index.ts';
import { ROOT } from './corpus.ts';

export function catalogInput(root = ROOT): CatalogInput {
	const { plans, problems } = checkContent(root);
	if (problems.length) throw new Error(`corpus at ${root} has problems`);
	const bodies = new Map(readCorpus(root).plans.map((p) => [p.id, p.body]));
	const list = <T>(name: string, schema: z.ZodType<T>): T[] => z.array(schema).parse(parse(readFileSync(join(root, 'content', `${name}.yaml`), 'utf8')));
	return {
		plans: plans.map((p): PlanEntry => ({ id: p.id, data: p.data, body: bodies.get(p.id) ?? '' })),
		provinces: list('provinces', provinceSchema),
		agencies: list('agencies', agencySchema),
		conventions: list('conventions', conventionSchema),
		slogans: list('slogans', sloganSchema),
		documents: list('documents', documentSchema),
	};
}

export const realCatalog = (root = ROOT) => buildCatalog(catalogInput(root));
