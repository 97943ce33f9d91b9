/**
 * Gives headings ASCII anchors ("iii-to-chuc-thuc-hien") instead of Unicode slugs, so section
 * links can be cited and typed anywhere. Runs before Astro's own heading-id plugin, which keeps
 * an id that is already set.
 */
import { slugify } from '../format.ts';
import { RESERVED_PAGE_IDS } from '../page-ids.ts';

const MAX = 60;

/** The anchor for a heading text; `taken` makes repeated headings unique. */
export function headingId(text: string, taken: Set<string>): string {
	let base = slugify(text) || 'muc';
	// Numbered headings ("2.1. …") get a prefix: an id that starts with a letter is also a
	// plain CSS selector.
	if (/^\d/.test(base)) base = `muc-${base}`;
	if (base.length > MAX) base = base.slice(0, MAX).replace(/-[^-]*$/, '');
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}

interface HeadingNode {
	properties?: Record<string, unknown>;
}
interface Ctx {
	textContent(node: HeadingNode): string;
	setProperty(node: HeadingNode, key: string, value: unknown): void;
}

/** A Sätteri hast plugin factory: fresh state for each document, the page's own ids taken. */
export function asciiHeadingIds() {
	const taken = new Set<string>(RESERVED_PAGE_IDS);
	return {
		name: 'ascii-heading-ids',
		element: {
			filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
			visit(node: HeadingNode, ctx: Ctx) {
				if (typeof node.properties?.id === 'string') return;
				ctx.setProperty(node, 'id', headingId(ctx.textContent(node), taken));
			},
		},
	};
}
