/**
 * YAML parsed with line positions, so a problem at any path can name its line. Uses the
 * YAML 1.2 core schema: dates stay strings, which lets the schema reject 2025-02-31.
 * Content YAML is plain data: anchors, aliases and explicit tags (`!!js/function`) are
 * refused, which also rules out alias bombs.
 */
import { isMap, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';

export interface YamlSource {
	data: unknown;
	/** 1-based line of the value at `path` (or of the nearest ancestor that exists). */
	lineOf: (path: readonly PropertyKey[]) => number;
	/** Parse errors and refused constructs, each with its 1-based line. */
	errors: { line: number; message: string }[];
}

export function parseYamlSource(text: string, firstLine = 1): YamlSource {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
	const toLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
	// Only the first parse error: the ones after it usually follow from it.
	const errors = [...doc.errors.slice(0, 1), ...doc.warnings.filter((w) => w.code !== 'TAG_RESOLVE_FAILED')].map((e) => ({
		line: toLine(e.pos[0]),
		message: `broken YAML: ${e.message.split('\n')[0]}`,
	}));
	const at = (node: Node) => (node.range ? toLine(node.range[0]) : firstLine);
	// Each refused construct once, at its first use, with how often it occurs.
	const refused = new Map<string, { line: number; message: string; count: number }>();
	const refuse = (kind: string, node: Node, message: string) => {
		const seen = refused.get(kind);
		if (seen) seen.count++;
		else refused.set(kind, { line: at(node), message, count: 1 });
	};
	visit(doc, {
		Alias(_, node) {
			refuse('alias', node, `YAML aliases (*${node.source}) are not allowed; write the value out`);
		},
		Node(_, node) {
			if (node.anchor) refuse('anchor', node, `YAML anchors (&${node.anchor}) are not allowed; write the value out`);
			if (node.tag) refuse('tag', node, `YAML tags (${node.tag.replace('tag:yaml.org,2002:', '!!')}) are not allowed; write plain values`);
		},
	});
	for (const { line, message, count } of refused.values()) errors.push({ line, message: count > 1 ? `${message} (${count} in this file)` : message });
	errors.sort((a, b) => a.line - b.line);
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
	return { data: errors.length ? undefined : doc.toJS({ maxAliasCount: 0 }), lineOf, errors };
}
