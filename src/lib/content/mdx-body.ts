/**
 * What an MDX plan body may contain: Markdown, plus the components in MDX_COMPONENTS used as
 * plain tags. No import/export, no JavaScript expressions, no raw HTML, no personal phone numbers.
 */
import { containsPhoneNumber, REDACTED_PHONE } from '../redact.ts';

export const MDX_COMPONENTS = ['Uncertain'] as const;

export interface BodyIssue {
	/** 1-based line within the body. */
	line: number;
	message: string;
}


export function checkBody(body: string): BodyIssue[] {
	const issues: BodyIssue[] = [];
	const lines = body.split('\n');
	lines.forEach((text, i) => {
		const line = i + 1;
		if (/^\s*(import|export)\b/.test(text)) {
			issues.push({ line, message: `"${text.trim().split(/\s+/)[0]}" is not allowed in a plan body; components are provided by the site` });
		}
		const stripped = text.replace(/\\[{}<]/g, '');
		if (/[{}]/.test(stripped)) {
			issues.push({ line, message: 'JavaScript expressions ({…}) are not allowed; escape braces as \\{ \\}' });
		}
		const tags = new Set([...stripped.matchAll(/<([A-Za-z][\w.-]*)/g)].map((m) => m[1]));
		for (const tag of tags) {
			if (!(MDX_COMPONENTS as readonly string[]).includes(tag)) {
				const kind = /^[a-z]/.test(tag) ? 'raw HTML' : 'component';
				issues.push({ line, message: `${kind} <${tag}> is not allowed; allowed components: ${MDX_COMPONENTS.join(', ')}` });
			}
		}
		if (/\bon[a-z]+\s*=/i.test(stripped) && /</.test(stripped)) {
			issues.push({ line, message: 'event-handler attributes are not allowed' });
		}
		if (/\]\(\s*javascript:/i.test(text)) {
			issues.push({ line, message: 'javascript: links are not allowed' });
		}
		if (containsPhoneNumber(text)) {
			issues.push({ line, message: `looks like a phone number; personal numbers are not published (write ${REDACTED_PHONE})` });
		}
	});
	return issues;
}
