/** A plan's anchors (headings and numbered paragraphs, with their lines), rendered once per build however many pages link into it. */
import { render } from 'astro:content';
import { textAnchors, type Anchor } from '../lib/plan-sections.ts';
import { getPlanEntries } from './catalog.ts';

const cache = new Map<string, Promise<Anchor[]>>();

export function planAnchors(id: string): Promise<Anchor[]> {
	let anchors = cache.get(id);
	if (!anchors) {
		anchors = (async () => {
			const entry = (await entriesById()).get(id);
			return entry ? textAnchors(entry.body ?? '', (await render(entry)).headings) : [];
		})();
		cache.set(id, anchors);
	}
	return anchors;
}

let byId: Promise<Map<string, Awaited<ReturnType<typeof getPlanEntries>>[number]>> | undefined;
const entriesById = () => (byId ??= getPlanEntries().then((entries) => new Map(entries.map((e) => [e.id, e]))));
