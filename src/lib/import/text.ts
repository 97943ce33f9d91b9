/**
 * From extracted text to blocks: decoding a text file, dropping extraction artefacts (blank
 * lines, page numbers, running headers) and joining wrapped lines back into paragraphs, list
 * items and headings, each with the source line it starts on.
 */
import { foldForMatch } from '../search/fold.ts';
import { MARKER, markerOf } from '../numbering.ts';

export { markerOf, type MarkerKind } from '../numbering.ts';

/** An input the importer cannot read: one line for the editor, exit code 2, nothing written. */
export class UnreadableInput extends Error {
	override name = 'UnreadableInput';
}

/**
 * Decodes a text file: UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order
 * mark. Anything else is refused with the reason.
 */
export function decodeText(bytes: Uint8Array): string {
	if (bytes.length === 0) throw new UnreadableInput('the file is empty');
	let text: string;
	if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decodeStrict('utf-16le', bytes.subarray(2), 'UTF-16 (little-endian)');
	else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decodeStrict('utf-16be', bytes.subarray(2), 'UTF-16 (big-endian)');
	else {
		const head = bytes.subarray(0, 8192);
		if (head.includes(0)) throw new UnreadableInput('binary data, not text (NUL bytes); save the plan as UTF-8 text, or import the .docx or .pdf itself');
		const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
		text = decodeStrict('utf-8', body, 'UTF-8');
	}
	text = text.replace(/\r\n?/g, '\n').normalize('NFC');
	if (!/\p{L}/u.test(text)) throw new UnreadableInput('the file holds no text');
	return text;
}

function decodeStrict(encoding: string, bytes: Uint8Array, label: string): string {
	try {
		return new TextDecoder(encoding, { fatal: true }).decode(bytes);
	} catch {
		const hint = encoding === 'utf-8' ? ' (a legacy encoding such as Windows-1258 or TCVN3?); save it as UTF-8' : '';
		throw new UnreadableInput(`not valid ${label} text${hint}`);
	}
}

export interface Line {
	text: string;
	/** 1-based line in the extracted text. */
	line: number;
	/** A data table read as such (rows of cells, header row first): always a block of its own. */
	table?: string[][];
	/** OCR words of this line read below the confidence threshold, in order. */
	uncertain?: string[];
}

export interface Block {
	text: string;
	line: number;
	/** The source lines it was joined from. */
	lines: Line[];
	/** A data table (rows of cells, header row first); `text` is its cells joined. */
	table?: string[][];
}

/** Page numbers as extraction leaves them: "2", "- 2 -", "Trang 2", "2/5". */
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:trang\s+)?\d{1,3}(?:\s*\/\s*\d{1,3})?(?:\s*[-–—])?$/i;

/**
 * The non-empty lines of a text, trimmed, without page numbers and without running headers
 * (a short line repeated on three or more pages, e.g. the issuer's name at each page top).
 */
export function contentLines(text: string): Line[] {
	const all = text.split('\n').map((t, i) => ({ text: t.replace(/\s+/g, ' ').trim(), line: i + 1 }));
	const counts = new Map<string, number>();
	for (const l of all) if (l.text && l.text.length < 60) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
	return all.filter((l) => {
		if (!l.text || l.text === '\f') return false;
		if (PAGE_NUMBER.test(l.text)) return false;
		if (/^[-–—_=.\s]+$/.test(l.text) && l.text.length < 3) return false;
		const repeated = (counts.get(l.text) ?? 0) >= 3 && /\p{Lu}/u.test(l.text[0]) && !MARKER.test(l.text) && !/^(?:nơi nhận|noi nhan)/i.test(l.text);
		return !repeated;
	});
}

/** "Nơi nhận:" (recipients) starts the closing part of the document. */
export const RECIPIENTS = /^n(?:ơ|o|ø)\S{0,2}i nh\S{0,2}n\b/iu;
/** A line in capitals, as position lines of a signature are. */
export const isCapitals = (text: string) => {
	const letters = text.replace(/[^\p{L}]/gu, '');
	return letters.length >= 2 && [...letters].filter((c) => c !== c.toLowerCase()).length / letters.length >= 0.75;
};
const endsSentence = (text: string) => /[.;!?…](?:["”’)*»]*)$/.test(text);
/** A line that can start a paragraph: a capital, a quote or a bracket (a digit continues a date or number). */
const startsNew = (text: string) => /^["“‘(*«\p{Lu}]/u.test(text);

/**
 * Joins wrapped lines into blocks. A line starts a new block when it carries a marker, or
 * when it starts like a sentence and the line before ended one or stopped short of the
 * text's usual line width (the last line of a paragraph). A line that starts in lower case,
 * or follows a colon, continues the block before it, across blank lines and page breaks.
 */
export function joinLines(lines: Line[]): Block[] {
	const width = typicalWidth(lines);
	const blocks: Block[] = [];
	let current: Block | null = null;
	let previous: Line | null = null;
	for (const l of lines) {
		// A list item that has not ended continues on a line in sentence case (a recipient's
		// name wrapped in "Nơi nhận"); the signature's lines in capitals start anew.
		const openItem = current && /^[-–•+]\s/.test(current.text) && !endsSentence(previous?.text ?? '') && !isCapitals(l.text);
		const isNew =
			!current ||
			!previous ||
			l.table ||
			previous.table ||
			isRule(l.text) ||
			isRule(previous.text) ||
			(MARKER.test(l.text) && !wrappedDash(current.text, previous.text, l.text, width)) ||
			RECIPIENTS.test(l.text) ||
			isSectionHeading(l.text) ||
			(!openItem && startsNew(l.text) && !/[:\-–—]$/.test(previous.text) && (endsSentence(previous.text) || previous.text.length < 0.75 * width));
		if (isNew) {
			current = { text: l.text, line: l.line, lines: [l], ...(l.table ? { table: l.table } : {}) };
			blocks.push(current);
		} else {
			current!.text += (wrappedAtHyphen(current!.text, l.text) ? '' : ' ') + l.text;
			current!.lines.push(l);
		}
		previous = l;
	}
	return blocks;
}

/**
 * A line that starts with "- " but continues the sentence before it, as a line wrap leaves it:
 * inside an open parenthesis ("…(10/12/1948" / "- 10/12/2024), Ban Chỉ đạo …"), or after a full
 * line of a plain paragraph that did not end, when a number or a lower-case word follows the dash.
 */
export function wrappedDash(block: string, previous: string, line: string, width: number): boolean {
	if (!/^[-–]\s/.test(line) || endsSentence(previous) || /[:;]$/.test(previous)) return false;
	const open = (block.match(/\(/g) ?? []).length > (block.match(/\)/g) ?? []).length;
	if (open) return true;
	return !MARKER.test(block) && previous.length >= 0.75 * width && /^[-–]\s+[\d\p{Ll}]/u.test(line);
}

/** A section numeral as OCR may misread it ("HII.", "IIl.", "1V."): two to five numeral-like characters. */
const GARBLED_ROMAN = /^(?=[^.\s]*[IVXHL])[IVXLHl1|!]{2,5}\.\s+\S/u;

/** "III. TỔ CHỨC THỰC HIỆN", or a misread numeral ("HII.") before a heading in capitals. */
export function isSectionHeading(text: string): boolean {
	if (markerOf(text)?.kind === 'roman') return true;
	return GARBLED_ROMAN.test(text) && isCapitals(text.slice(text.indexOf('.') + 1));
}

/** A rule drawn with characters under a title or a header ("––––––", "______"). */
export const isRule = (text: string) => /^[-–—_=.*]{3,}$/.test(text.replace(/\s/g, ''));

/** A word split at a hyphen by the line end: "tuyên-" + "truyền", or a number "119/KH-" + "UBND". */
function wrappedAtHyphen(before: string, after: string): boolean {
	if (!before.endsWith('-') || before.endsWith(' -')) return false;
	const last = before.slice(before.lastIndexOf(' ') + 1);
	return /^\p{Ll}/u.test(after) || (last.includes('/') && /^[\p{Lu}\d]/u.test(after));
}

/** The width of a full line: the 80th percentile of line lengths. */
function typicalWidth(lines: Line[]): number {
	const lengths = lines.map((l) => l.text.length).sort((a, b) => a - b);
	return lengths.length ? lengths[Math.floor(lengths.length * 0.8)] : 80;
}

/**
 * Share of words that carry a Vietnamese letter mark (ă â đ ê ô ơ ư or a tone). Vietnamese
 * prose has marks on most words (about 70 %); OCR that lost them has few.
 */
export function markedWordShare(text: string): number {
	const words = text.match(/\p{L}{2,}/gu) ?? [];
	if (!words.length) return 0;
	const marked = words.filter((w) => foldForMatch(w) !== w.toLowerCase()).length;
	return marked / words.length;
}
