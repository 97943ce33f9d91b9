/**
 * OCR words read below the confidence threshold, carried by the lines a block was joined
 * from, become segments marked uncertain — the body shows them as <Uncertain> — so that no
 * doubtful reading reaches the draft unmarked.
 */
import type { RestoredBlock, Segment } from './restore.ts';
import type { Block } from './text.ts';

export function markUncertain(block: Block): Block | RestoredBlock {
	if (!block.lines.some((l) => l.uncertain?.length)) return block;
	const segments: Segment[] = [];
	let done = 0;
	let cursor = 0;
	for (const line of block.lines) {
		const start = block.text.indexOf(line.text, cursor);
		if (start < 0) continue;
		let at = start;
		for (const word of line.uncertain ?? []) {
			const w = block.text.indexOf(word, at);
			if (w < 0 || w > start + line.text.length) continue;
			if (w > done) segments.push({ text: block.text.slice(done, w) });
			segments.push({ text: word, ocr: word });
			done = at = w + word.length;
		}
		cursor = start + line.text.length;
	}
	if (done < block.text.length) segments.push({ text: block.text.slice(done) });
	return { ...block, segments, raw: block.text };
}
