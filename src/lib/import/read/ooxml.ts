/**
 * A small view of OOXML parsed by fast-xml-parser in its order-preserving form: an element is
 * `{ tag: children[], ':@': attributes }`, text is `{ '#text': … }`.
 */
import { XMLParser } from 'fast-xml-parser';
import { UnreadableInput } from '../text.ts';

export type XNode = Record<string, unknown>;

const parser = new XMLParser({
	preserveOrder: true,
	ignoreAttributes: false,
	attributeNamePrefix: '',
	trimValues: false,
	parseTagValue: false,
	processEntities: true,
	htmlEntities: false,
});

/** Parses one part; a DOCTYPE (never written by Word, the door to entity expansion) is refused. */
export function parseXml(xml: string, part: string): XNode[] {
	if (/<!DOCTYPE/i.test(xml.slice(0, 4096))) throw new UnreadableInput(`the Word file's ${part} declares a DOCTYPE, which Word never writes; it is refused`);
	try {
		return parser.parse(xml) as XNode[];
	} catch (e) {
		throw new UnreadableInput(`the Word file's ${part} is not well-formed XML: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
	}
}

/** The tag of a node ('#text' for text). */
export const tagOf = (n: XNode): string => Object.keys(n).find((k) => k !== ':@') ?? '';
export const childrenOf = (n: XNode): XNode[] => {
	const v = n[tagOf(n)];
	return Array.isArray(v) ? (v as XNode[]) : [];
};
export const attr = (n: XNode | undefined, name: string): string | undefined => (n?.[':@'] as Record<string, string> | undefined)?.[name];
export const child = (n: XNode | undefined, tag: string): XNode | undefined => (n ? childrenOf(n).find((c) => tagOf(c) === tag) : undefined);
export const childrenNamed = (n: XNode | undefined, tag: string): XNode[] => (n ? childrenOf(n).filter((c) => tagOf(c) === tag) : []);
/** A descendant by a path of tags, e.g. ['w:pPr', 'w:numPr', 'w:numId']. */
export const path = (n: XNode | undefined, tags: string[]): XNode | undefined => tags.reduce<XNode | undefined>((at, t) => child(at, t), n);
/** The first element with this tag at the top or one level down (the document's root element). */
export const root = (nodes: XNode[], tag: string): XNode | undefined => nodes.find((n) => tagOf(n) === tag);
export const textOf = (n: XNode): string => String((n['#text'] as string | undefined) ?? '');
