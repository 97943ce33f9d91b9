/**
 * Turns a built page into search records: one per section (split at headings with an id), so
 * a result links to the matching section. The indexed content has đ folded to d (Pagefind does
 * not fold it); `meta.dpos` lets the search page restore the original text.
 */
import { HTMLElement, NodeType, parse, type Node } from 'node-html-parser';
import { dPositions, foldD } from './fold.ts';

export interface SearchRecord {
	url: string;
	content: string;
	language: 'vi';
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

const SECTION_TAGS = new Set(['H2', 'H3', 'H4']);
const BLOCK_TAGS = new Set([
	'P',
	'LI',
	'DT',
	'DD',
	'TR',
	'TD',
	'TH',
	'H1',
	'H2',
	'H3',
	'H4',
	'BLOCKQUOTE',
	'PRE',
	'DIV',
	'SECTION',
	'UL',
	'OL',
	'DL',
	'TABLE',
	'BR',
]);

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Section {
	id: string | null;
	heading: string;
	parts: string[];
}

/** Text of the body in document order, cut into sections at h2–h4 that carry an id. */
function sections(body: HTMLElement): Section[] {
	const out: Section[] = [{ id: null, heading: '', parts: [] }];
	const walk = (node: Node) => {
		if (node.nodeType === NodeType.TEXT_NODE) {
			out.at(-1)!.parts.push(node.text);
			return;
		}
		if (!(node instanceof HTMLElement)) return;
		if (node.hasAttribute('data-pagefind-ignore') || node.tagName === 'SCRIPT' || node.tagName === 'STYLE' || node.tagName === 'BUTTON') return;
		if (SECTION_TAGS.has(node.tagName) && node.id && !node.classList.contains('visually-hidden')) {
			const heading = squash(node.text);
			out.push({ id: node.id, heading, parts: [heading, '\n'] });
			return;
		}
		const block = BLOCK_TAGS.has(node.tagName);
		if (block) out.at(-1)!.parts.push('\n');
		node.childNodes.forEach(walk);
		if (block) out.at(-1)!.parts.push('\n');
	};
	body.childNodes.forEach(walk);
	return out;
}

export function pageRecords(html: string, url: string): SearchRecord[] {
	const root = parse(html, { comment: false, blockTextElements: { script: false, style: false, pre: true } });
	const body = root.querySelector('[data-pagefind-body]');
	if (!body) return [];
	const attr = (name: string) => body.getAttribute(`data-search-${name}`) ?? '';
	const title = attr('title') || squash(root.querySelector('h1')?.text ?? url);
	const filters: Record<string, string[]> = { loai: [attr('type') || 'Trang'] };
	if (attr('year')) filters.nam = [attr('year')];
	if (attr('province')) filters.tinh = [attr('province')];
	if (attr('level')) filters.cap = [attr('level')];
	if (attr('conventions')) filters.cong_uoc = attr('conventions').split('|');

	return sections(body)
		.map((s) => ({ s, text: squash(s.parts.join(' ')) }))
		.filter(({ text }) => text.length > 0)
		.map(({ s, text }) => {
			const content = text.normalize('NFC');
			return {
				url: s.id ? `${url}#${s.id}` : url,
				content: foldD(content),
				language: 'vi' as const,
				meta: {
					title,
					section: s.heading,
					type: filters.loai[0],
					year: attr('year'),
					province: attr('place') ? `${attr('place')} (nay thuộc ${attr('province')})` : attr('province'),
					dpos: dPositions(content),
				},
				filters,
			};
		});
}
