/**
 * What plain text in content may contain, and how raw file bytes must look. Frontmatter
 * strings are shown in HTML, JSON, CSV, Markdown and Atom alike: they hold no markup, no
 * script URLs, no control, bidi-override or non-characters. Files are UTF-8 without a
 * byte-order mark, with LF line endings.
 */

/** U+0000–U+001F except tab and newline, DEL, and the C1 controls. */
// eslint-disable-next-line no-control-regex -- the control characters are what it matches
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;
/** Bidi embeddings, overrides and isolates: they can make text read differently than it is stored. */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/u;
/** Non-characters and a byte-order mark inside text. */
const NONCHARACTER = /[\uFFFE\uFFFF\uFEFF]/u;
/** Half of a UTF-16 surrogate pair on its own (a YAML escape such as "\ud800"): no character at all; UTF-8 output turns it into U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
/** The start of an HTML/XML tag, comment or processing instruction. */
const MARKUP = /<[A-Za-z!/?]/;
/** URL schemes that run code or read local files when a consumer follows them. */
const SCRIPT_URL = /\b(?:javascript|vbscript|data|file)\s*:/i;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** What is wrong with a frontmatter string, or null when it is plain text. */
export function plainTextProblem(value: string): string | null {
	let m = CONTROL.exec(value);
	if (m) return `contains the control character ${codePoint(m[0])} (at character ${m.index + 1})`;
	m = BIDI.exec(value);
	if (m) return `contains the bidirectional formatting character ${codePoint(m[0])} (at character ${m.index + 1})`;
	m = NONCHARACTER.exec(value);
	if (m) return `contains ${codePoint(m[0])} (at character ${m.index + 1}), which is not text`;
	m = LONE_SURROGATE.exec(value);
	if (m) return `contains a lone surrogate ${codePoint(m[0])} (at character ${m.index + 1}), which is not a character; write the character itself`;
	m = MARKUP.exec(value);
	if (m) return `contains markup "${value.slice(m.index, m.index + 12)}…" (at character ${m.index + 1}); write the text as printed, without tags`;
	m = SCRIPT_URL.exec(value);
	if (m) return `contains a "${m[0].replace(/\s/g, '')}" URL (at character ${m.index + 1})`;
	return null;
}

/** Characters that may not appear anywhere in a content file (tab and newline are fine). */
export function forbiddenCharacter(text: string): { index: number; message: string } | null {
	for (const [re, what] of [
		[CONTROL, 'the control character'],
		[BIDI, 'the bidirectional formatting character'],
		[NONCHARACTER, 'the non-character'],
		[LONE_SURROGATE, 'the lone surrogate'],
	] as const) {
		const m = re.exec(text);
		if (m) return { index: m.index, message: `contains ${what} ${codePoint(m[0])}` };
	}
	return null;
}

/** A numeric character reference as CommonMark reads it: up to 7 decimal or 6 hexadecimal digits. */
const NUMERIC_REFERENCE = /&#(?:[xX]([0-9A-Fa-f]{1,6})|([0-9]{1,7}));/g;
/** Code spans (`…`, ``…``), where a reference is shown as written, not decoded. */
const CODE_SPAN = /(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g;

/**
 * A numeric character reference in a line of Markdown (`&#x202E;`, `&#8238;`) that stands for a
 * character `forbiddenCharacter` refuses, or for no character at all (U+0000, a surrogate, past
 * U+10FFFF, which the parser shows as U+FFFD): the character rules judge the decoded text, not
 * only what is typed. References inside code spans are shown as written and left alone. (No
 * named reference such as `&nbsp;` stands for a refused character.)
 */
export function forbiddenReference(line: string): { index: number; message: string } | null {
	const text = line.replace(CODE_SPAN, (span) => ' '.repeat(span.length));
	for (const m of text.matchAll(NUMERIC_REFERENCE)) {
		const cp = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2], 10);
		const reference = m[0];
		if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
			return { index: m.index, message: `the character reference ${reference} stands for no character (it would show as U+FFFD)` };
		}
		const bad = forbiddenCharacter(String.fromCodePoint(cp));
		if (bad) return { index: m.index, message: `${bad.message}, written as the character reference ${reference}` };
	}
	return null;
}

/** Byte offset of the first byte that does not start or continue valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		let need: number;
		let min: number;
		if (b < 0x80) {
			i++;
			continue;
		} else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
		else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
		else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
		else return i;
		let cp = b & (0xff >> (need + 2));
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
			cp = (cp << 6) | (c & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
		i += need + 1;
	}
	return -1;
}

export interface DecodedFile {
	text: string;
	/** What makes the bytes unacceptable, with the 1-based line; null when they are fine. */
	problem: { line: number; message: string } | null;
}

const lineAt = (bytes: Uint8Array, end: number) => {
	let line = 1;
	for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
	return line;
};

/**
 * Decodes a content file: UTF-8, no byte-order mark, LF line endings. The text is returned
 * even when there is a problem (invalid bytes replaced), so later checks can still run.
 */
export function decodeContentFile(bytes: Uint8Array): DecodedFile {
	const text = new TextDecoder('utf-8').decode(bytes);
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return { text: text.replace(/^\uFEFF/, ''), problem: { line: 1, message: 'the file starts with a byte-order mark (BOM); save it as UTF-8 without BOM' } };
	}
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text, problem: { line: 1, message: 'the file is UTF-16; save it as UTF-8' } };
	const bad = firstInvalidUtf8(bytes);
	if (bad >= 0) return { text, problem: { line: lineAt(bytes, bad), message: `not valid UTF-8 (byte ${bad + 1}); save the file as UTF-8` } };
	const cr = text.indexOf('\r');
	if (cr >= 0) {
		return {
			text,
			problem: { line: text.slice(0, cr).split('\n').length, message: 'carriage return (CRLF, Windows line endings); save the file with LF line endings' },
		};
	}
	return { text, problem: null };
}
