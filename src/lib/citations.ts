/** Finds the sentences of a plan's text that cite a convention. */
import type { Convention } from '../schemas/convention.ts';

/** Plan body as plain text: no Markdown markers, Uncertain readings kept as their reading. */
export function plainText(body: string): string {
	return body
		.replace(/<Uncertain[^>]*>([\s\S]*?)<\/Uncertain>/g, '$1')
		.replace(/^#+\s*/gm, '')
		.replace(/^\s*[-+*]\s+/gm, '')
		.replace(/\\([\\.{}<>*_])/g, '$1')
		.replace(/\*\*|\*|\\$/gm, '')
		.replace(/[ \t]+/g, ' ');
}

/** Splits text into sentences at ". ", "; " or line ends, keeping the text as printed. */
function sentences(text: string): string[] {
	return text
		.split(/\n+/)
		.flatMap((para) => para.split(/(?<=[.;!?])\s+(?=[A-ZÀ-Ỹ"“(-])/u))
		.map((s) => s.trim())
		.filter(Boolean);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The sentences naming the convention by abbreviation, Vietnamese name or an alias. */
export function citingSentences(body: string, convention: Convention): string[] {
	const names = [convention.nameVi, ...convention.aliases].map((n) => escape(n.normalize('NFC')));
	const pattern = new RegExp(`\\b${escape(convention.abbreviation)}\\b|${names.join('|')}`, 'iu');
	return sentences(plainText(body)).filter((s) => pattern.test(s));
}
