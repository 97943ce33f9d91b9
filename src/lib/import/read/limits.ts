/**
 * The importer's bounds: what it refuses before parsing or rasterising, so that a hostile or
 * broken file fails fast with one line instead of exhausting memory or time.
 */

/** Entries in a .docx package (a plan has about 10–30). */
export const MAX_DOCX_ENTRIES = 1000;
/** Uncompressed size of all a .docx's entries together (images included). */
export const MAX_DOCX_TOTAL_BYTES = 200 * 1024 * 1024;
/** Uncompressed size of one XML part the importer parses (document, numbering, footnotes, styles). */
export const MAX_DOCX_XML_BYTES = 16 * 1024 * 1024;
/** Pages of a PDF (a plan has 2–10). */
export const MAX_PDF_PAGES = 200;
/** Pages of a scan rasterised for OCR. */
export const MAX_SCAN_PAGES = 50;
/** Pixels of one image or rasterised page (an A4 page at 600 dpi is 35 Mpx). */
export const MAX_IMAGE_PIXELS = 60_000_000;
/** Pixels a page is enlarged to at most before OCR (an A4 page at 300 dpi is 8.7 Mpx). */
export const OCR_PIXELS = 12_000_000;
/** Resolution a scanned page is rasterised at when its embedded image says nothing usable. */
export const DEFAULT_SCAN_DPI = 300;
/** Bounds of the resolution taken from a scan's embedded images. */
export const MIN_SCAN_DPI = 150;
export const MAX_SCAN_DPI = 600;
/** Pages read by OCR at the same time (each Tesseract runs single-threaded). */
export const OCR_PARALLEL = 2;
/** Memory (virtual, bytes) and time for each helper process (pdftoppm, ImageMagick, Tesseract). */
export const CHILD_MEMORY_BYTES = 1536 * 1024 * 1024;
export const CHILD_TIMEOUT_MS = 120_000;
