/** Responses of the static endpoints (files in dist/). */
import { stringify } from 'csv-stringify/sync';
import { spreadsheetSafe } from '../lib/open-data.ts';

export function json(data: unknown): Response {
	return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/** CSV for spreadsheets: UTF-8 with a BOM (so Excel shows Vietnamese), a header row, no cell a spreadsheet would run as a formula. */
export function csv(rows: Record<string, unknown>[]): Response {
	const safe = rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, spreadsheetSafe(v)])));
	return new Response(stringify(safe, { header: true, bom: true, record_delimiter: 'windows' }), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
}

export function text(body: string, type: string): Response {
	return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
