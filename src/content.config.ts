/** The content collections, loaded from content/ (of the project, or of CONTENT_ROOT) with the shared schemas. */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { agencySchema, conventionSchema, documentSchema, planSchema, provinceSchema, sloganSchema } from './schemas/index.ts';
import { planIdFromPath } from './lib/content/corpus.ts';
import { contentPath } from './lib/content-root.ts';

const plans = defineCollection({
	loader: glob({
		pattern: '*/*.mdx',
		base: contentPath('content/plans'),
		generateId: ({ entry }) => planIdFromPath(entry),
	}),
	schema: planSchema,
});

const list = (name: string) => file(contentPath(`content/${name}.yaml`));

export const collections = {
	plans,
	provinces: defineCollection({ loader: list('provinces'), schema: provinceSchema }),
	agencies: defineCollection({ loader: list('agencies'), schema: agencySchema }),
	conventions: defineCollection({ loader: list('conventions'), schema: conventionSchema }),
	slogans: defineCollection({ loader: list('slogans'), schema: sloganSchema }),
	documents: defineCollection({ loader: list('documents'), schema: documentSchema }),
};
