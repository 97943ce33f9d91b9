/** The checked content of a project root as plain data: plans with their bodies and the reference collections. */
import type { RealCorpus } from '../synthetic.ts';
import { readCorpus, type ReferenceCollection } from './corpus.ts';
import { checkContent } from './validate.ts';

/** The corpus under `root`, or the problems that keep it from being used. */
export function readRealCorpus(root: string): { corpus: RealCorpus; problems: number } {
	const { problems, plans } = checkContent(root);
	const raw = readCorpus(root);
	const bodies = new Map(raw.plans.map((p) => [p.id, p.body]));
	const entries = (collection: ReferenceCollection) => raw.entries.filter((e) => e.collection === collection).map((e) => e.data);
	return {
		problems: problems.length,
		corpus: {
			plans: plans.map((p) => ({ id: p.id, data: p.data, body: bodies.get(p.id) ?? '' })),
			// Used only when `problems` is 0, i.e. every entry matched its schema.
			provinces: entries('provinces') as RealCorpus['provinces'],
			agencies: entries('agencies') as RealCorpus['agencies'],
			conventions: entries('conventions') as RealCorpus['conventions'],
			slogans: entries('slogans') as RealCorpus['slogans'],
			documents: entries('documents') as RealCorpus['documents'],
		},
	};
}
