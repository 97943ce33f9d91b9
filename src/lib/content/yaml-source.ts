/**
 * YAML parsed with line positions, so a problem at any path can name its line. Uses the
 * YAML 1.2 core schema: dates stay strings, which lets the schema reject 2025-02-31.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface YamlSource {
	data: unknown;
	/** 1-based line of the value at `path` (or of the nearest ancestor that exists). */
	lineOf(path: readonly PropertyKey[]): number;
	/** Parse errors, each with its 1-based line. */
	errors: { line: number; message: string }[];
}

export function parseYamlSource(text: string, firstLine = 1): YamlSource {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
	const toLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
	const errors = doc.errors.map((e) => ({ line: toLine(e.pos[0]), message: e.message.split('\n')[0] }));
	const lineOf = (path: readonly PropertyKey[]): number => {
		let node: unknown = doc.contents;
		let line = node && (node as Node).range ? toLine((node as Node).range![0]) : firstLine;
		for (const key of path) {
			if (isMap(node)) {
				const pair = node.items.find((p) => (p.key as { value?: unknown })?.value === key);
				if (!pair) break;
				const keyNode = pair.key as Node | undefined;
				if (keyNode?.range) line = toLine(keyNode.range[0]);
				node = pair.value;
			} else if (isSeq(node) && typeof key === 'number') {
				node = node.items[key];
				if ((node as Node | undefined)?.range) line = toLine((node as Node).range![0]);
			} else break;
		}
		return line;
	};
	return { data: errors.length ? undefined : doc.toJS(), lineOf, errors };
}
