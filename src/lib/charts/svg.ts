/** Small helpers for SVG strings written at build time (charts): escaping and compact numbers. */

/** Characters XML 1.0 does not allow at all (C0 controls but tab, CR, LF; lone surrogates; U+FFFE/U+FFFF). */
// eslint-disable-next-line no-control-regex -- the control characters are what it matches
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text or an attribute value safe inside XML/SVG (and HTML): & < > " ' escaped, characters XML
 * cannot carry dropped, so any frontmatter text keeps the document well-formed.
 */
export function escapeXml(text: string): string {
	return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A coordinate rounded to one decimal, without a trailing ".0" (12 → "12", 12.345 → "12.3"). */
export function num(value: number): string {
	const r = Math.round(value * 10) / 10;
	return Object.is(r, -0) ? '0' : String(r);
}
