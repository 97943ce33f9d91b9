/** The title (trích yếu), and the year and anniversary it celebrates. */
import { FIRST_HUMAN_RIGHTS_DAY } from '../../../schemas/plan.ts';
import { field, fold, missing, UNCERTAIN_NOTE, type Context, type Field } from './types.ts';

export interface TitleFields {
	title: Field<string>;
	year: Field<number>;
	anniversary: Field<number>;
}

const SPAN = /10\s*\/\s*12\s*\/\s*1948\s*[-–—]\s*10\s*\/\s*12\s*\/\s*(\d{4})/;
/** "kỷ niệm 77 năm" in folded text. */
export const ANNIVERSARY_WORDS = /ni\S{1,2}m\s+(\d{1,3})\s+n\S{1,2}m/;

/**
 * The year from "(10/12/1948 - 10/12/2025)" in the title or the opening, else from the printed
 * anniversary, else from the issue date; a printed anniversary that disagrees is an erratum.
 */
export function extractTitle(ctx: Context, issuedAt: Field<string | null>): TitleFields {
	const { doc, ocr } = ctx;
	const opening = doc.body[0] ?? null;
	const title: Field<string> = doc.title
		? field(doc.title.text, doc.title.line, ocr ? 'low' : 'high', ocr ? UNCERTAIN_NOTE : undefined)
		: missing('', 'no title found');
	let year: Field<number> = missing(0, 'the year cannot be found');
	let anniversary: Field<number> = missing(0);
	const titleText = doc.title?.text ?? '';
	const span = SPAN.exec(titleText) ?? (opening && SPAN.exec(opening.text));
	const printed = ANNIVERSARY_WORDS.exec(fold(titleText));
	if (span) year = field(Number(span[1]), doc.title?.line ?? opening.line, 'high');
	else if (printed) year = field(FIRST_HUMAN_RIGHTS_DAY + Number(printed[1]), doc.title!.line, 'medium', 'year taken from the anniversary number');
	else if (issuedAt.value) year = field(Number(issuedAt.value.slice(0, 4)), issuedAt.line, 'low', 'year taken from the issue date');
	if (year.value) {
		anniversary = field(year.value - FIRST_HUMAN_RIGHTS_DAY, year.line, year.confidence);
		if (printed && Number(printed[1]) !== anniversary.value) {
			ctx.errata.push({
				field: 'title',
				note: `Trích yếu in "kỷ niệm ${printed[1]} năm"; ${year.value} là năm kỷ niệm thứ ${anniversary.value}. Ghi theo bản in.`,
			});
		}
	}
	return { title, year, anniversary };
}
