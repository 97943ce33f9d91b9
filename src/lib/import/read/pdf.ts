/**
 * A PDF's text layer read as positioned pieces (pdf.js text items with their transforms), so
 * lines are rebuilt from where the glyphs sit, not from how pdf.js breaks them.
 */
import { UnreadableInput } from '../text.ts';
import { MAX_PDF_PAGES } from './limits.ts';
import type { Page } from './layout.ts';

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 160);

interface TextItemLike {
	str?: string;
	transform?: number[];
	width?: number;
	height?: number;
}

export async function pdfTextPages(bytes: Uint8Array): Promise<Page[]> {
	const { getDocumentProxy } = await import('unpdf');
	let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
	try {
		// verbosity 0: pdf.js prints only errors (its warnings on damaged files are not for the editor).
		pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
	} catch (e) {
		throw new UnreadableInput(`the PDF cannot be read: ${reason(e)}`);
	}
	if (!pdf.numPages) throw new UnreadableInput('the PDF has no pages');
	if (pdf.numPages > MAX_PDF_PAGES) throw new UnreadableInput(`the PDF has ${pdf.numPages} pages, more than the limit of ${MAX_PDF_PAGES} (MAX_PDF_PAGES)`);
	const pages: Page[] = [];
	try {
		for (let n = 1; n <= pdf.numPages; n++) {
			const page = await pdf.getPage(n);
			const view = page.getViewport({ scale: 1 });
			const content = await page.getTextContent();
			const pieces = (content.items as TextItemLike[]).flatMap((item) => {
				if (!item.str || !item.transform) return [];
				const [a, b, c, d, e, f] = item.transform;
				// Device space: origin at the top left, y downwards.
				const [x, baseline] = view.convertToViewportPoint(e, f) as [number, number];
				const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 10;
				return [{ text: item.str, x, y: baseline - size, width: item.width ?? 0, size }];
			});
			pages.push({ width: view.width, height: view.height, pieces });
			page.cleanup();
		}
	} catch (e) {
		throw new UnreadableInput(`the PDF cannot be read: ${reason(e)}`);
	}
	return pages;
}
