/**
 * Gives headings ASCII anchors ("iii-to-chuc-thuc-hien") instead of Unicode slugs, so section
 * links can be cited and typed anywhere. Runs before Astro's own heading-id plugin, which keeps
 * an id that is already set.
 */
import { slugify } from '../format.ts';
import { RESERVED_ID_PREFIXES, RESERVED_PAGE_IDS } from '../page-ids.ts';

const MAX = 60;

/** The anchor for a heading text; `taken` makes repeated headings unique. */
export function headingId(text: string, taken: Set<string>): string {
	let base = slugify(text) || 'muc';
	// Numbered headings ("2.1. …") get a prefix: an id that starts with a letter is also a
	// plain CSS selector. So do headings that would take an id of the page's own kinds.
	// ("nv" too: a second "nv" would become "nv-2".)
	if (/^\d/.test(base) || RESERVED_ID_PREFIXES.some((p) => `${base}-`.startsWith(p))) base = `muc-${base}`;
	if (base.length > MAX) base = base.slice(0, MAX).replace(/-[^-]*$/, '');
	let id = base;
	for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}

/** A numbered paragraph of the document: "1. …", "2.3. …", "a) …", "(iv) …". */
export const NUMBERED_ITEM = /^\s*(\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\)|\([ivx]{1,5}\))\s/;

/**
 * The anchor of a numbered paragraph: its number and first words ("muc-4-so-tu-phap-tang-cuong"),
 * which stay the same when other parts of the text change.
 */
export function itemId(text: string, taken: Set<string>): string {
	return headingId(text.trim().split(/\s+/).slice(0, 7).join(' '), taken);
}

interface HeadingNode {
	tagName?: string;
	properties?: Record<string, unknown>;
}
interface Ctx {
	textContent(node: HeadingNode): string;
	setProperty(node: HeadingNode, key: string, value: unknown): void;
	appendChild(node: HeadingNode, child: unknown): void;
}

/** The "¶" link to an anchor, named for screen readers by what it points at. */
const permalink = (id: string, text: string) => ({
	type: 'element',
	tagName: 'a',
	properties: { href: `#${id}`, className: ['permalink'], ariaLabel: `Liên kết đến mục “${text.trim().slice(0, 80)}”`, dataPagefindIgnore: '' },
	children: [{ type: 'text', value: '¶' }],
});

/**
 * A Sätteri hast plugin factory: fresh state for each document, the page's own ids taken.
 * Every heading gets an ASCII id and a "¶" permalink; so does every numbered paragraph
 * ("1. …", "a) …"), its id made of its number and first words.
 */
export function asciiHeadingIds() {
	const taken = new Set<string>(RESERVED_PAGE_IDS);
	return {
		name: 'ascii-heading-ids',
		element: {
			filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p'],
			visit(node: HeadingNode, ctx: Ctx) {
				const text = ctx.textContent(node);
				if (node.tagName === 'p') {
					const m = NUMBERED_ITEM.exec(text);
					if (!m || typeof node.properties?.id === 'string') return;
					const id = itemId(text, taken);
					ctx.setProperty(node, 'id', id);
					ctx.appendChild(node, [{ type: 'text', value: ' ' }, permalink(id, text)]);
					return;
				}
				const id = typeof node.properties?.id === 'string' ? node.properties.id : headingId(text, taken);
				if (id !== node.properties?.id) ctx.setProperty(node, 'id', id);
				ctx.appendChild(node, [{ type: 'text', value: ' ' }, permalink(id, text)]);
			},
		},
	};
}
