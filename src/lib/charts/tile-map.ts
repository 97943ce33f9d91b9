/**
 * A tile-grid map of the province-level units as an inline SVG string, made at build time: no
 * DOM, no script in the browser. Every tile is a link with a Vietnamese accessible name; a unit
 * with a plan is a filled tile with a mark (its count, or ✓ in the small variant), a unit without
 * one an outline with a dashed stroke, so nothing is told by colour alone. Styling is by class
 * only (src/styles/charts.css): the site's Content-Security-Policy forbids inline styles.
 */
import { scaleBand } from 'd3-scale';
import { escapeXml, num } from './svg.ts';
import { LEGEND_CELLS, TILE_LAYOUTS, layoutSize, type TileLayoutId } from './tile-grid.ts';

export interface MapTile {
	/** Unit id (content/provinces.yaml). */
	id: string;
	/** Unit name as shown, e.g. "Lạng Sơn". */
	name: string;
	/** Link target, with the site's base path. */
	href: string;
	/** Plans of the unit itself. */
	plans: number;
	/** Plans of units that merged into this one (34-unit layout), counted apart. */
	mergedPlans: number;
}

export interface TileMapOptions {
	layout: TileLayoutId;
	/** One tile per unit of the layout, in any order. */
	tiles: readonly MapTile[];
	/** The map's accessible name (its <title>). */
	title: string;
	/** 'small': smaller tiles, a ✓ instead of counts, a shorter legend (home page). */
	size?: 'full' | 'small';
	/** Prefix of the SVG's element ids, unique on the page (a page may carry two maps). */
	idPrefix: string;
}

/** "Lạng Sơn: 1 kế hoạch", "Hà Giang: chưa có kế hoạch", "Tuyên Quang: 1 kế hoạch (gồm 1 của đơn vị đã hợp nhất)". */
export function tileAccessibleName(tile: Pick<MapTile, 'name' | 'plans' | 'mergedPlans'>): string {
	const total = tile.plans + tile.mergedPlans;
	if (total === 0) return `${tile.name}: chưa có kế hoạch`;
	const merged = tile.mergedPlans > 0 ? ` (gồm ${tile.mergedPlans} của đơn vị đã hợp nhất)` : '';
	return `${tile.name}: ${total} kế hoạch${merged}`;
}

const GEOMETRY = {
	full: { tile: 40, gap: 4, margin: 4, radius: 3, legendFont: 11, swatch: 20 },
	small: { tile: 30, gap: 3, margin: 3, radius: 2, legendFont: 10, swatch: 16 },
} as const;

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

export function tileMapSvg(opts: TileMapOptions): string {
	const { layout, tiles, title, idPrefix } = opts;
	const size = opts.size ?? 'full';
	if (!/^[A-Za-z][\w-]*$/.test(idPrefix)) throw new Error(`tile map: idPrefix must be an id-like token, got ${JSON.stringify(idPrefix)}`);
	const positions = TILE_LAYOUTS[layout];
	const seen = new Set<string>();
	for (const t of tiles) {
		if (!positions[t.id]) throw new Error(`tile map: ${t.id} has no tile in layout ${layout}`);
		if (seen.has(t.id)) throw new Error(`tile map: ${t.id} given twice`);
		if (![t.plans, t.mergedPlans].every((n) => Number.isInteger(n) && n >= 0)) throw new Error(`tile map: bad counts for ${t.id}`);
		seen.add(t.id);
	}
	const missing = Object.keys(positions).filter((id) => !seen.has(id));
	if (missing.length) throw new Error(`tile map: layout ${layout} lacks tiles for ${missing.join(', ')}`);

	const g = GEOMETRY[size];
	const step = g.tile + g.gap;
	const { cols, rows } = layoutSize(layout);
	// Bands of width g.tile with g.gap between them, starting at the margin.
	const band = (n: number) =>
		scaleBand<number>()
			.domain(range(n))
			.range([g.margin, g.margin + n * step - g.gap])
			.paddingInner(g.gap / step)
			.paddingOuter(0);
	const x = band(cols);
	const y = band(rows);
	const side = x.bandwidth();
	const width = cols * step - g.gap + 2 * g.margin;
	const height = rows * step - g.gap + 2 * g.margin;

	// North to south, west to east: the reading and tab order.
	const ordered = [...tiles].sort((a, b) => positions[a.id].row - positions[b.id].row || positions[a.id].col - positions[b.id].col);
	const withPlan = ordered.filter((t) => t.plans + t.mergedPlans > 0).length;

	const tileMarkup = ordered.map((t) => {
		const p = positions[t.id];
		const left = x(p.col)!;
		const top = y(p.row)!;
		const cx = num(left + side / 2);
		const total = t.plans + t.mergedPlans;
		const name = escapeXml(tileAccessibleName(t));
		const classes = `tile ${total > 0 ? 'tile--has' : 'tile--none'}${t.mergedPlans > 0 ? ' tile--merged' : ''}`;
		const mark = size === 'full' ? String(total) : '✓';
		const text =
			total > 0
				? `<text class="tile__label" x="${cx}" y="${num(top + side * 0.35)}">${escapeXml(p.short)}</text>` +
					`<text class="tile__count" x="${cx}" y="${num(top + side * 0.72)}">${mark}</text>`
				: `<text class="tile__label" x="${cx}" y="${num(top + side / 2)}">${escapeXml(p.short)}</text>`;
		return (
			// The link's name is its <title> (the unit and its count in words); the short label and count are drawn for the eye.
			`<a href="${escapeXml(t.href)}" class="${classes}"><title>${name}</title>` +
			`<rect x="${num(left)}" y="${num(top)}" width="${num(side)}" height="${num(side)}" rx="${g.radius}"/>${text}</a>`
		);
	});

	return (
		`<svg xmlns="http://www.w3.org/2000/svg" class="tile-map tile-map--${size} tile-map--${layout}" viewBox="0 0 ${num(width)} ${num(height)}" ` +
		`role="group" aria-labelledby="${idPrefix}-title" aria-describedby="${idPrefix}-desc">` +
		`<title id="${idPrefix}-title">${escapeXml(title)}</title>` +
		`<desc id="${idPrefix}-desc">${withPlan}/${ordered.length} tỉnh, thành phố có kế hoạch.</desc>` +
		`<g text-anchor="middle" dominant-baseline="central">${tileMarkup.join('')}</g>` +
		legend(
			layout,
			size,
			tiles.some((t) => t.mergedPlans > 0),
			x,
			y,
		) +
		`</svg>`
	);
}

/**
 * The legend, in the layout's empty block of cells: a filled swatch with its mark and an
 * outlined, dashed one, each with its meaning in words. Hidden from assistive technology,
 * which reads each tile's name instead.
 */
function legend(layout: TileLayoutId, size: 'full' | 'small', merged: boolean, x: (n: number) => number | undefined, y: (n: number) => number | undefined) {
	const g = GEOMETRY[size];
	const cell = LEGEND_CELLS[layout];
	const left = x(cell.col)!;
	let top = y(cell.row)!;
	const lineHeight = g.legendFont * 1.3;
	const entries: { kind: 'has' | 'none' | null; mark: string; lines: string[] }[] =
		size === 'full'
			? [
					{ kind: 'has', mark: '1', lines: ['Có kế hoạch', '(kèm số kế hoạch)'] },
					{ kind: 'none', mark: '', lines: ['Chưa có kế hoạch'] },
					...(merged ? [{ kind: null, mark: '', lines: ['Số gồm cả kế hoạch', 'của đơn vị đã hợp nhất'] }] : []),
				]
			: [
					{ kind: 'has', mark: '✓', lines: ['Có kế hoạch'] },
					{ kind: 'none', mark: '', lines: ['Chưa có', 'kế hoạch'] },
				];
	const parts: string[] = [];
	for (const e of entries) {
		const textLeft = e.kind ? left + g.swatch + 6 : left;
		const firstLine = e.kind ? top + g.swatch / 2 - ((e.lines.length - 1) * lineHeight) / 2 : top + lineHeight / 2;
		if (e.kind) {
			const mid = num(left + g.swatch / 2);
			parts.push(
				`<g class="tile tile--${e.kind}"><rect x="${num(left)}" y="${num(top)}" width="${g.swatch}" height="${g.swatch}" rx="${g.radius}"/>` +
					(e.mark ? `<text class="tile__count" text-anchor="middle" x="${mid}" y="${num(top + g.swatch / 2)}">${e.mark}</text>` : '') +
					`</g>`,
			);
		}
		e.lines.forEach((line, i) =>
			parts.push(`<text class="tile-map__note" x="${num(textLeft)}" y="${num(firstLine + i * lineHeight)}">${escapeXml(line)}</text>`),
		);
		top += Math.max(e.kind ? g.swatch : 0, e.lines.length * lineHeight) + g.gap * 2;
	}
	return `<g class="tile-map__legend" aria-hidden="true" dominant-baseline="central">${parts.join('')}</g>`;
}
