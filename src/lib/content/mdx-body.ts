/**
 * What an MDX plan body may contain, decided on the syntax tree of the same MDX parser the
 * build uses (Sätteri): Markdown, plus `<Uncertain ocr="…">…</Uncertain>`. No import/export,
 * no JavaScript expressions, no other HTML or JSX, no images, no link whose URL is not
 * http(s), mailto, a site path or an anchor (as the parser resolves it: entities decoded,
 * reference-style links included), no nesting deeper than MAX_DEPTH, no personal phone numbers,
 * and no refused character, typed or written as a character reference (`&#x202E;`).
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import { containsPhoneNumber, REDACTED_PHONE } from '../redact.ts';
import { forbiddenCharacter, forbiddenReference } from './text-rules.ts';

export const MDX_COMPONENTS = ['Uncertain'] as const;
/** How deep the syntax tree of a body may nest (a list in a list in a list… is 2 levels each). */
export const MAX_DEPTH = 20;
/** The parser options the build uses (astro.config.mjs). */
export const MDX_FEATURES = { smartPunctuation: false } as const;

export interface BodyIssue {
	/** 1-based line within the body. */
	line: number;
	/** 1-based column, when known. */
	column?: number;
	message: string;
}

/** True for a URL a plan body may link to: http(s), mailto, a path on this site, or an anchor. */
export function isAllowedUrl(url: string): boolean {
	// Browsers ignore controls and spaces inside a scheme ("java\tscript:"): judge without them.
	// eslint-disable-next-line no-control-regex -- the control characters are what it removes
	const u = url.replace(/[\u0000-\u0020\u007F]/g, '');
	if (/^(?:https?:\/\/|mailto:)/i.test(u)) return true;
	if (u.startsWith('#')) return true;
	return u.startsWith('/') && !u.startsWith('//') && !u.startsWith('/\\');
}

type Node = MdastNode;

function* walk(node: Node, depth = 0): Generator<[Node, number]> {
	yield [node, depth];
	if ('children' in node) for (const child of node.children as Node[]) yield* walk(child, depth + 1);
}

/** The "line:column: message" prefix of a parser error, if any. */
function parseError(error: unknown): BodyIssue {
	const text = error instanceof Error ? error.message : String(error);
	const m = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(text);
	const message = (m ? m[3] : text).replace(/\s*\([a-z-]+:[a-z-]+\)$/, '').trim();
	return { line: m ? Number(m[1]) : 1, column: m ? Number(m[2]) : undefined, message: `not valid MDX: ${message}` };
}

export function checkBody(body: string): BodyIssue[] {
	const issues: BodyIssue[] = [];
	body.split('\n').forEach((text, i) => {
		if (containsPhoneNumber(text)) {
			issues.push({ line: i + 1, message: `looks like a phone number; personal numbers are not published (write ${REDACTED_PHONE})` });
		}
		const bad = forbiddenCharacter(text) ?? forbiddenReference(text);
		if (bad) issues.push({ line: i + 1, column: bad.index + 1, message: bad.message });
	});

	let tree: Node;
	try {
		tree = mdxToMdast(body, { features: MDX_FEATURES });
	} catch (error) {
		issues.push(parseError(error));
		return issues;
	}

	let tooDeep = false;
	for (const [node, depth] of walk(tree)) {
		const at = (message: string) => issues.push({ line: node.position?.start.line ?? 1, column: node.position?.start.column, message });
		if (depth > MAX_DEPTH && !tooDeep) {
			tooDeep = true;
			at(`nested more than ${MAX_DEPTH} levels deep (lists or quotes inside each other)`);
		}
		switch (node.type) {
			case 'mdxjsEsm':
				at(`"${node.value.trim().split(/\s+/)[0]}" is not allowed in a plan body; components are provided by the site`);
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				at('JavaScript expressions ({…}) are not allowed; escape braces as \\{ \\}');
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name ?? '';
				if (!(MDX_COMPONENTS as readonly string[]).includes(name)) {
					const kind = /^[a-z]/.test(name) ? 'raw HTML' : 'component';
					at(`${kind} <${name}> is not allowed; allowed components: ${MDX_COMPONENTS.join(', ')}`);
					break;
				}
				const attributes = node.attributes;
				const ocr = attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'ocr');
				if (attributes.some((a) => a.type !== 'mdxJsxAttribute' || a.name !== 'ocr')) {
					at(`<${name}> takes only the attribute ocr="…" (the raw OCR characters)`);
				} else if (!ocr || ocr.type !== 'mdxJsxAttribute') {
					at(`<${name}> needs ocr="…": the raw OCR characters of the uncertain reading`);
				} else if (typeof ocr.value !== 'string') {
					at(`<${name}> ocr must be written ocr="…" (plain text in quotes)`);
				} else if (forbiddenCharacter(ocr.value)) {
					at(`<${name}> ocr="…" ${forbiddenCharacter(ocr.value)!.message}`);
				}
				break;
			}
			case 'html':
				at('raw HTML is not allowed');
				break;
			case 'image':
			case 'imageReference':
				at('images are not allowed in a plan body');
				break;
			case 'link':
			case 'definition':
				if (!isAllowedUrl(node.url)) at(`link to "${node.url.slice(0, 40)}" is not allowed; links may go to http(s), mailto, a site path or an anchor`);
				break;
			case 'math':
			case 'inlineMath':
			case 'toml':
			case 'yaml':
				at(`${node.type} blocks are not allowed in a plan body`);
				break;
		}
	}
	return issues.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}
