/**
 * The parts of a plan as issued: the header (issuer, number, place and date, above the word
 * "KẾ HOẠCH"), the title below it, and the body from the opening paragraph ("Thực hiện …") to
 * the signature.
 */
import { foldForMatch } from '../search/fold.ts';
import { MARKER } from '../numbering.ts';
import { isRule, joinLines, UnreadableInput, type Block, type Line } from './text.ts';

export interface PlanDocument {
	/** Header lines, each a block of its own (two-column headers are read line by line). */
	header: Block[];
	/** The title (trích yếu), joined from its lines; null when none was found. */
	title: Block | null;
	/** From the opening paragraph to the end. */
	body: Block[];
}

const letters = (text: string) => foldForMatch(text).replace(/[^a-z]/g, '');
const isPlanWord = (text: string) => /^k\w{0,2}ho\w{0,2}ch$/.test(letters(text)) && text.length <= 14;
/** The opening paragraph: "Thực hiện …", "Căn cứ …", "Nhằm …", "Để …" (OCR: "Thyc hién"). */
const isOpening = (text: string) => /^(?:th\S{1,2}c hi\S{1,2}n|can cu|thi hanh|nham|de|nhan dip)\b/.test(foldForMatch(text).toLowerCase());

const asBlock = (l: Line): Block => ({ text: l.text, line: l.line, lines: [l] });

/** "… ban hành / xây dựng / triển khai Kế hoạch": an opening names who issues the plan. */
const namesIssuer = (text: string) => /\s(ban hanh|xay dung|trien khai)\s+k\S{1,2} ho\S{1,2}ch/.test(foldForMatch(text).toLowerCase());

/**
 * A title that starts like an opening ("Thực hiện Kế hoạch số … về …", as a department's plan
 * implementing its province's reads): the line right after "KẾ HOẠCH" is the title when the
 * lines up to the next opening, rule or numbered section do not name an issuer, and end there.
 */
function titleFirst(lines: readonly Line[], k: number): boolean {
	let end = k + 1;
	while (end < lines.length && end - k < 8 && !isOpening(lines[end].text) && !isRule(lines[end].text) && !MARKER.test(lines[end].text)) end++;
	if (end >= lines.length || MARKER.test(lines[end].text)) return false;
	return !namesIssuer(
		lines
			.slice(k, end)
			.map((l) => l.text)
			.join(' '),
	);
}

export function splitDocument(lines: readonly Line[]): PlanDocument {
	const at = lines.findIndex((l) => isPlanWord(l.text));
	if (at < 0) throw new UnreadableInput('no “KẾ HOẠCH” heading found: this does not look like a plan');
	const header = lines.slice(0, at).map(asBlock);
	let k = at + 1;
	const titleLines: Line[] = [];
	while (k < lines.length && titleLines.length < 8 && !(isOpening(lines[k].text) && !(k === at + 1 && titleFirst(lines, k)))) {
		if (!isRule(lines[k].text)) titleLines.push(lines[k]);
		k++;
	}
	if (k >= lines.length) {
		// No opening paragraph: take the first line as the title and the rest as the body.
		k = at + 2;
		titleLines.splice(1);
	}
	const title = titleLines.length
		? {
				text: titleLines
					.map((l) => l.text)
					.join(' ')
					.replace(/\s+/g, ' '),
				line: titleLines[0].line,
				lines: titleLines,
			}
		: null;
	return { header, title, body: joinLines(lines.slice(k)) };
}
