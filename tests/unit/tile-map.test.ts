/** The tile-grid map: both layouts against content/provinces.yaml, and the SVG it makes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { referenceDay } from '../../src/lib/catalog.ts';
import { LEGEND_CELLS, SHORT_LABELS, TILE_LAYOUTS, layoutForDay, layoutSize, type TileLayoutId } from '../../src/lib/charts/tile-grid.ts';
import { tileAccessibleName, tileMapSvg, type MapTile } from '../../src/lib/charts/tile-map.ts';
import { realCatalog } from '../support/catalog.ts';
import { ROOT } from '../support/corpus.ts';
import { provinceSchema } from '../../src/schemas/index.ts';

interface Unit {
	id: string;
	name: string;
	until: string | null;
	mergedInto: string | null;
}

const units: Unit[] = z.array(provinceSchema).parse(parse(readFileSync(join(ROOT, 'content', 'provinces.yaml'), 'utf8')));
const current = units.filter((u) => u.until === null);
const LAYOUTS: TileLayoutId[] = ['63', '34'];
const unitsOf = (layout: TileLayoutId) => (layout === '63' ? units : current);
const sorted = (ids: Iterable<string>) => [...ids].sort();

function tilesFor(layout: TileLayoutId, counts: Record<string, [number, number]> = {}): MapTile[] {
	return unitsOf(layout).map((u) => ({
		id: u.id,
		name: u.name,
		href: `/kho/tinh/${u.id}/`,
		plans: counts[u.id]?.[0] ?? 0,
		mergedPlans: counts[u.id]?.[1] ?? 0,
	}));
}

const xml = new XMLParser({ ignoreAttributes: false, htmlEntities: true, attributeNamePrefix: '', isArray: (name) => ['a', 'text', 'g'].includes(name) });
type Node = Record<string, unknown>;
/** The tile links of a map, parsed. */
function links(svg: string): Node[] {
	const root = (xml.parse(svg) as { svg: Node }).svg;
	return ((root.g as Node[]).find((g) => g.a)?.a as Node[]) ?? [];
}
const texts = (a: Node) => (a.text as Node[]).map((t) => String(t['#text']));

describe('tile-grid layouts', () => {
	it('content/provinces.yaml has the 63 units and the 34 current ones', () => {
		expect(units).toHaveLength(63);
		expect(current).toHaveLength(34);
	});

	it('layout 63: every unit exactly once, no two on one cell', () => {
		expect(sorted(Object.keys(TILE_LAYOUTS['63']))).toEqual(sorted(units.map((u) => u.id)));
		const cells = Object.values(TILE_LAYOUTS['63']).map((p) => `${p.col},${p.row}`);
		expect(new Set(cells).size).toBe(63);
	});

	it('layout 34: exactly the units with until: null, no two on one cell', () => {
		expect(sorted(Object.keys(TILE_LAYOUTS['34']))).toEqual(sorted(current.map((u) => u.id)));
		const cells = Object.values(TILE_LAYOUTS['34']).map((p) => `${p.col},${p.row}`);
		expect(new Set(cells).size).toBe(34);
	});

	it.each(LAYOUTS)('layout %s: north at the top, the coast on the right', (layout) => {
		const t = TILE_LAYOUTS[layout];
		const north = layout === '63' ? ['ha-giang', 'lao-cai'] : ['tuyen-quang', 'lao-cai'];
		for (const id of north) expect(t[id].row).toBeLessThan(t['ha-noi'].row);
		expect(t['ha-noi'].row).toBeLessThan(t['hue'].row);
		expect(t['hue'].row).toBeLessThan(t['ho-chi-minh'].row);
		expect(t['ho-chi-minh'].row).toBeLessThan(t['ca-mau'].row);
		// Cà Mau is in the bottom row.
		expect(t['ca-mau'].row).toBe(layoutSize(layout).rows - 1);
		expect(t['quang-ninh'].col).toBeGreaterThan(t['lai-chau'].col);
		expect(t['hai-phong'].col).toBeGreaterThan(t['ha-noi'].col);
		expect(t['khanh-hoa'].col).toBeGreaterThan(t['lam-dong'].col);
		expect(t['da-nang'].col).toBeGreaterThan(t['hue'].col);
		expect(t['an-giang'].col).toBeLessThan(t['ho-chi-minh'].col);
	});

	it.each(LAYOUTS)('layout %s: the centre is a strip of one or two tiles between the wide north and the south', (layout) => {
		const t = Object.values(TILE_LAYOUTS[layout]);
		const rowWidth = (row: number) => t.filter((p) => p.row === row).length;
		const from = TILE_LAYOUTS[layout]['nghe-an'].row;
		const to = TILE_LAYOUTS[layout]['dak-lak'].row;
		for (let row = from; row <= to; row++) expect(rowWidth(row), `row ${row}`).toBeLessThanOrEqual(2);
		expect(rowWidth(1)).toBeGreaterThanOrEqual(5);
	});

	it.each(LAYOUTS)('layout %s: one piece (tiles touch at least at a corner)', (layout) => {
		const t = Object.values(TILE_LAYOUTS[layout]);
		const reached = new Set([t[0]]);
		const queue = [t[0]];
		while (queue.length) {
			const p = queue.pop()!;
			for (const q of t)
				if (!reached.has(q) && Math.abs(q.col - p.col) <= 1 && Math.abs(q.row - p.row) <= 1) {
					reached.add(q);
					queue.push(q);
				}
		}
		expect(reached.size).toBe(t.length);
	});

	it.each(LAYOUTS)('layout %s: the legend’s block of cells is empty', (layout) => {
		const l = LEGEND_CELLS[layout];
		const inside = Object.entries(TILE_LAYOUTS[layout]).filter(([, p]) => p.col >= l.col && p.col < l.col + l.cols && p.row >= l.row && p.row < l.row + l.rows);
		expect(inside).toEqual([]);
	});

	it.each(LAYOUTS)('layout %s: short labels of at most 4 characters, unique', (layout) => {
		const shorts = Object.values(TILE_LAYOUTS[layout]).map((p) => p.short);
		for (const s of shorts) expect([...s].length, s).toBeLessThanOrEqual(4);
		expect(new Set(shorts.map((s) => s.toLocaleLowerCase('vi'))).size).toBe(shorts.length);
	});

	it('a unit has the same label in both layouts', () => {
		expect(sorted(Object.keys(SHORT_LABELS))).toEqual(sorted(units.map((u) => u.id)));
		for (const [id, p] of Object.entries(TILE_LAYOUTS['34'])) expect(p.short).toBe(TILE_LAYOUTS['63'][id].short);
		expect(TILE_LAYOUTS['63']['ha-noi'].short).toBe('HN');
		expect(TILE_LAYOUTS['63']['ho-chi-minh'].short).toBe('HCM');
		expect(TILE_LAYOUTS['63']['lang-son'].short).toBe('LS');
		expect(TILE_LAYOUTS['63']['an-giang'].short).toBe('AG');
	});

	it('layoutForDay: 63 units up to 30/06/2025, 34 from 01/07/2025', () => {
		expect(layoutForDay('2023-12-10')).toBe('63');
		expect(layoutForDay('2025-06-30')).toBe('63');
		expect(layoutForDay('2025-07-01')).toBe('34');
		expect(layoutForDay('2025-12-10')).toBe('34');
		expect(layoutForDay('2030-01-01')).toBe('34');
	});
});

describe('tileMapSvg', () => {
	const counts: Record<string, [number, number]> = { 'lang-son': [1, 0], 'an-giang': [2, 0], 'ha-noi': [12, 0] };
	const svg63 = tileMapSvg({ layout: '63', tiles: tilesFor('63', counts), title: 'Kế hoạch năm 2024 theo tỉnh', idPrefix: 'map-2024' });

	it('is well-formed XML, small, and styled by classes only', () => {
		expect(SyntaxValidator.validate(svg63)).toBe(true);
		expect(Buffer.byteLength(svg63)).toBeLessThan(30_000);
		expect(svg63).not.toMatch(/\sstyle=/);
		expect(svg63).not.toMatch(/<script/i);
		expect(svg63).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="0 0 [\d.]+ [\d.]+"/);
		// No fixed size: it scales with its container.
		expect(svg63).not.toMatch(/<svg[^>]*\s(width|height)=/);
	});

	it('is named by its title, whose id uses the prefix, and says how many units have a plan', () => {
		expect(svg63).toContain('role="group" aria-labelledby="map-2024-title" aria-describedby="map-2024-desc"');
		expect(svg63).toContain('<title id="map-2024-title">Kế hoạch năm 2024 theo tỉnh</title>');
		expect(svg63).toContain('<desc id="map-2024-desc">3/63 tỉnh, thành phố có kế hoạch.</desc>');
	});

	it('has one link per unit, north to south, with its href, accessible name and hover title', () => {
		const as = links(svg63);
		expect(as).toHaveLength(63);
		expect(sorted(as.map((a) => String(a.href)))).toEqual(sorted(units.map((u) => `/kho/tinh/${u.id}/`)));
		const rows = as.map((a) => TILE_LAYOUTS['63'][String(a.href).split('/')[3]].row);
		expect(rows).toEqual([...rows].sort((a, b) => a - b));
		const ls = as.find((a) => a.href === '/kho/tinh/lang-son/')!;
		// The name is the <title> (SVG links take it before their text): the short label and count are for the eye.
		expect(ls['aria-label']).toBeUndefined();
		expect(ls.title).toBe('Lạng Sơn: 1 kế hoạch');
		expect(as.find((a) => a.href === '/kho/tinh/ha-giang/')!.title).toBe('Hà Giang: chưa có kế hoạch');
	});

	it('a unit with a plan: filled, its label and its count; without: dashed outline, its label only', () => {
		const as = links(svg63);
		const hn = as.find((a) => a.href === '/kho/tinh/ha-noi/')!;
		expect(hn.class).toBe('tile tile--has');
		expect(texts(hn)).toEqual(['HN', '12']);
		const hg = as.find((a) => a.href === '/kho/tinh/ha-giang/')!;
		expect(hg.class).toBe('tile tile--none');
		expect(texts(hg)).toEqual(['HG']);
		expect(as.filter((a) => a.class === 'tile tile--has')).toHaveLength(3);
		// The legend explains both styles in words.
		expect(svg63).toContain('Có kế hoạch');
		expect(svg63).toContain('Chưa có kế hoạch');
		expect(svg63).toMatch(/<g class="tile tile--has"><rect[^>]*\/><text[^>]*>1<\/text><\/g>/);
		expect(svg63).toMatch(/<g class="tile tile--none"><rect[^>]*\/><\/g>/);
	});

	it('34 units: plans of merged units counted apart, said in the name', () => {
		const svg = tileMapSvg({
			layout: '34',
			tiles: tilesFor('34', { 'tuyen-quang': [0, 1], 'ca-mau': [2, 1], 'ha-noi': [1, 0] }),
			title: 'Kế hoạch theo tỉnh hiện nay',
			idPrefix: 'today',
		});
		expect(SyntaxValidator.validate(svg)).toBe(true);
		const as = links(svg);
		expect(as).toHaveLength(34);
		const tq = as.find((a) => a.href === '/kho/tinh/tuyen-quang/')!;
		expect(tq.title).toBe('Tuyên Quang: 1 kế hoạch (gồm 1 của đơn vị đã hợp nhất)');
		expect(tq.class).toBe('tile tile--has tile--merged');
		expect(texts(tq)).toEqual(['TQ', '1']);
		expect(as.find((a) => a.href === '/kho/tinh/ca-mau/')!.title).toBe('Cà Mau: 3 kế hoạch (gồm 1 của đơn vị đã hợp nhất)');
		expect(svg).toContain('của đơn vị đã hợp nhất</text>');
	});

	it('escapes names, hrefs and the title', () => {
		const tiles = tilesFor('34').map((t) => (t.id === 'hue' ? { ...t, name: 'Huế <b>"&\'', href: '/tinh/hue/?a=1&b=2' } : t));
		const svg = tileMapSvg({ layout: '34', tiles, title: 'A & B <c>', idPrefix: 'x' });
		expect(SyntaxValidator.validate(svg)).toBe(true);
		expect(svg).not.toContain('<b>');
		expect(svg).toContain('<title id="x-title">A &amp; B &lt;c&gt;</title>');
		const hue = links(svg).find((a) => String(a.href).startsWith('/tinh/hue/'))!;
		expect(hue.href).toBe('/tinh/hue/?a=1&b=2');
		expect(hue.title).toBe('Huế <b>"&\': chưa có kế hoạch');
	});

	it('the small variant: smaller, a ✓ instead of the count', () => {
		const small = tileMapSvg({ layout: '63', tiles: tilesFor('63', counts), title: 'Bản đồ', size: 'small', idPrefix: 'home-map' });
		expect(SyntaxValidator.validate(small)).toBe(true);
		expect(Buffer.byteLength(small)).toBeLessThan(30_000);
		expect(small).toContain('class="tile-map tile-map--small tile-map--63"');
		const viewBox = (s: string) =>
			s
				.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/)!
				.slice(1)
				.map(Number);
		expect(viewBox(small)[0]).toBeLessThan(viewBox(svg63)[0]);
		const hn = links(small).find((a) => a.href === '/kho/tinh/ha-noi/')!;
		expect(texts(hn)).toEqual(['HN', '✓']);
		expect(hn.title).toBe('Hà Nội: 12 kế hoạch');
		expect(small).toContain('id="home-map-title"');
	});

	it('refuses tiles that do not fit the layout', () => {
		const base = { title: 't', idPrefix: 'p' };
		expect(() => tileMapSvg({ ...base, layout: '34', tiles: tilesFor('63') })).toThrow(/no tile in layout 34/);
		expect(() => tileMapSvg({ ...base, layout: '63', tiles: tilesFor('34') })).toThrow(/lacks tiles/);
		expect(() => tileMapSvg({ ...base, layout: '34', tiles: [...tilesFor('34'), tilesFor('34')[0]] })).toThrow(/twice/);
		expect(() => tileMapSvg({ ...base, layout: '34', tiles: tilesFor('34', { hue: [-1, 0] }) })).toThrow(/bad counts/);
		expect(() => tileMapSvg({ ...base, idPrefix: 'a b"', layout: '34', tiles: tilesFor('34') })).toThrow(/idPrefix/);
	});

	it('tileAccessibleName', () => {
		expect(tileAccessibleName({ name: 'Lạng Sơn', plans: 1, mergedPlans: 0 })).toBe('Lạng Sơn: 1 kế hoạch');
		expect(tileAccessibleName({ name: 'Hà Giang', plans: 0, mergedPlans: 0 })).toBe('Hà Giang: chưa có kế hoạch');
		expect(tileAccessibleName({ name: 'Cần Thơ', plans: 1, mergedPlans: 2 })).toBe('Cần Thơ: 3 kế hoạch (gồm 2 của đơn vị đã hợp nhất)');
	});
});

describe('tile map from the catalogue', () => {
	const catalog = realCatalog();

	it.each([2023, 2024, 2025])('%i: the units of the year’s Human Rights Day are the layout’s, and the units with a plan are filled', (year) => {
		const day = referenceDay(year);
		const layout = layoutForDay(day);
		const unitsOfYear = catalog.provincesOn(day);
		expect(sorted(unitsOfYear.map((u) => u.id))).toEqual(sorted(Object.keys(TILE_LAYOUTS[layout])));
		const plans = catalog.plansOfYear(year);
		const tiles: MapTile[] = unitsOfYear.map((u) => ({
			id: u.id,
			name: u.name,
			href: `/tinh/${u.id}/`,
			plans: plans.filter((p) => p.data.province === u.id).length,
			// Only the 34-unit layout has units that others merged into.
			mergedPlans:
				layout === '34' ? plans.filter((p) => p.data.province && p.data.province !== u.id && catalog.provinceToday(p.data.province)?.id === u.id).length : 0,
		}));
		const svg = tileMapSvg({ layout, tiles, title: `Năm ${year}`, idPrefix: `y${year}` });
		expect(SyntaxValidator.validate(svg)).toBe(true);
		const filled = links(svg)
			.filter((a) => String(a.class).includes('tile--has'))
			.map((a) => String(a.href).split('/')[2]);
		expect(sorted(filled)).toEqual(sorted(catalog.coverage(year).covered.map((u) => u.id)));
	});
});
