/** Reads a built site (dist/): its HTML pages and what they link to. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parse } from 'node-html-parser';
import { builtPages, pagePath } from '../../src/lib/files.ts';

const LINK_ATTRS: [string, string][] = [
	['a', 'href'],
	['link', 'href'],
	['script', 'src'],
	['img', 'src'],
	['source', 'src'],
	['iframe', 'src'],
	['form', 'action'],
	['video', 'src'],
	['audio', 'src'],
];

export interface LinkReport {
	/** "page → href: why" for every internal link that does not resolve. */
	broken: string[];
	/** "page → url" for every link to another site (not fetched). */
	external: string[];
	checked: number;
}

/** Every internal href/src must name a built file (and its #fragment must exist there). */
export function checkLinks(dist: string, base = '/'): LinkReport {
	const report: LinkReport = { broken: [], external: [], checked: 0 };
	const ids = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		if (!ids.has(file)) {
			const root = parse(readFileSync(file, 'utf8'));
			ids.set(file, new Set(root.querySelectorAll('[id]').map((e) => e.id)));
		}
		return ids.get(file)!;
	};
	const fileFor = (path: string): string | undefined => {
		const local = join(dist, decodeURIComponent(path.slice(base.length)));
		for (const candidate of [local, join(local, 'index.html'), `${local}.html`]) {
			if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
		}
		return undefined;
	};
	for (const file of builtPages(dist)) {
		const page = pagePath(dist, file, base);
		const root = parse(readFileSync(file, 'utf8'));
		for (const [tag, attr] of LINK_ATTRS) {
			for (const el of root.querySelectorAll(`${tag}[${attr}]`)) {
				const value = el.getAttribute(attr)!;
				if (/^(mailto:|tel:|data:)/.test(value)) continue;
				if (tag === 'link' && el.getAttribute('rel') === 'canonical') continue; // the page's own public address
				if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) {
					if (/^https?:|^\/\//.test(value)) report.external.push(`${page} → ${value}`);
					else report.broken.push(`${page} → ${value}: scheme not allowed`);
					continue;
				}
				report.checked++;
				const url = new URL(value, `http://site${page}`);
				if (!url.pathname.startsWith(base)) {
					report.broken.push(`${page} → ${value}: outside the base path ${base}`);
					continue;
				}
				const target = url.pathname === posix.normalize(page) && value.startsWith('#') ? file : fileFor(url.pathname);
				if (!target) {
					report.broken.push(`${page} → ${value}: no such file in the build`);
					continue;
				}
				const fragment = decodeURIComponent(url.hash.slice(1));
				if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
					report.broken.push(`${page} → ${value}: no element with id "${fragment}"`);
				}
			}
		}
	}
	return report;
}

/** Script or style the CSP would block, and any resource fetched from another site. */
export function unsafeMarkup(dist: string, base = '/'): string[] {
	const out: string[] = [];
	for (const file of builtPages(dist)) {
		const page = pagePath(dist, file, base);
		const root = parse(readFileSync(file, 'utf8'));
		for (const script of root.querySelectorAll('script')) {
			const type = script.getAttribute('type') ?? '';
			// Data blocks (JSON-LD, the search page's JSON list of pages to browse) are never run.
			if (!script.hasAttribute('src') && type !== 'application/ld+json' && type !== 'application/json') out.push(`${page}: inline <script>`);
		}
		if (root.querySelector('style')) out.push(`${page}: inline <style>`);
		for (const el of root.querySelectorAll('*')) {
			for (const name of Object.keys(el.attributes)) {
				if (/^on/i.test(name)) out.push(`${page}: event-handler attribute ${name} on <${el.tagName.toLowerCase()}>`);
				if (name === 'style') out.push(`${page}: style attribute on <${el.tagName.toLowerCase()}>`);
			}
			const href = el.getAttribute('href') ?? '';
			if (/^\s*javascript:/i.test(href)) out.push(`${page}: javascript: link`);
			if (el.tagName === 'IFRAME' || el.tagName === 'OBJECT' || el.tagName === 'EMBED' || el.tagName === 'BASE')
				out.push(`${page}: <${el.tagName.toLowerCase()}>`);
			if (el.tagName === 'META' && /refresh/i.test(el.getAttribute('http-equiv') ?? '')) out.push(`${page}: <meta http-equiv="refresh">`);
		}
		for (const [tag, attr] of [
			['script', 'src'],
			['link', 'href'],
			['img', 'src'],
			['source', 'src'],
			['video', 'src'],
			['audio', 'src'],
		]) {
			for (const el of root.querySelectorAll(`${tag}[${attr}]`)) {
				// <link rel="canonical|alternate"> names an address; only these make the browser fetch.
				if (tag === 'link' && !/\b(stylesheet|icon|preload|modulepreload|manifest|prefetch)\b/.test(el.getAttribute('rel') ?? '')) continue;
				const value = el.getAttribute(attr)!;
				if (/^(https?:)?\/\//i.test(value)) out.push(`${page}: <${tag}> loads ${value} from another site`);
			}
		}
	}
	return out;
}
