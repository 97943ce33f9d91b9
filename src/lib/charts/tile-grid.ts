/**
 * Tile-grid layouts of Viet Nam's province-level units: one equal square per unit, placed
 * roughly where the unit lies (north at the top, the East Sea on the right). The grids below
 * are drawn as text, one token per tile, so the shape can be read and edited directly: the wide
 * north, the narrow central strip along the coast, the south widening again, Cà Mau at the
 * bottom. A tile grid is not a map: sizes and borders are not to scale.
 *
 * Layout '63': the units that existed until 30/06/2025. Layout '34': the units from 01/07/2025
 * (Nghị quyết số 202/2025/QH15). Unit ids are those of content/provinces.yaml.
 */

export type TileLayoutId = '34' | '63';

export interface TilePosition {
	/** 0-based column, west to east. */
	col: number;
	/** 0-based row, north to south. */
	row: number;
	/** A label of at most 4 characters that fits in a tile. */
	short: string;
}

/** The first day of the 34-unit layout. */
export const MERGER_DAY = '2025-07-01';

/** The layout in force on an ISO day: '63' before 01/07/2025, '34' from then on. */
export function layoutForDay(isoDate: string): TileLayoutId {
	return isoDate < MERGER_DAY ? '63' : '34';
}

/**
 * Short labels, the same for a unit in both layouts. Conventional initials; where two units
 * share initials, the distinguishing syllable is kept (Quảng Ninh / Quảng Nam / Quảng Ngãi:
 * QNi / QNa / QNg).
 */
export const SHORT_LABELS: Readonly<Record<string, string>> = {
	'an-giang': 'AG',
	'ba-ria-vung-tau': 'BRVT',
	'bac-lieu': 'BL',
	'bac-giang': 'BG',
	'bac-kan': 'BK',
	'bac-ninh': 'BN',
	'ben-tre': 'BTr',
	'binh-duong': 'BD',
	'binh-dinh': 'BĐ',
	'binh-phuoc': 'BP',
	'binh-thuan': 'BTh',
	'ca-mau': 'CM',
	'cao-bang': 'CB',
	'can-tho': 'CT',
	'da-nang': 'ĐNg',
	'dak-lak': 'ĐL',
	'dak-nong': 'ĐNô',
	'dien-bien': 'ĐB',
	'dong-nai': 'ĐNa',
	'dong-thap': 'ĐT',
	'gia-lai': 'GL',
	'ha-giang': 'HG',
	'ha-nam': 'HNa',
	'ha-noi': 'HN',
	'ha-tinh': 'HT',
	'hai-duong': 'HD',
	'hai-phong': 'HP',
	'hau-giang': 'HGi',
	'hoa-binh': 'HB',
	'ho-chi-minh': 'HCM',
	hue: 'Huế',
	'hung-yen': 'HY',
	'khanh-hoa': 'KH',
	'kien-giang': 'KG',
	'kon-tum': 'KT',
	'lai-chau': 'LCh',
	'lang-son': 'LS',
	'lao-cai': 'LCa',
	'lam-dong': 'LĐ',
	'long-an': 'LA',
	'nam-dinh': 'NĐ',
	'nghe-an': 'NA',
	'ninh-binh': 'NB',
	'ninh-thuan': 'NT',
	'phu-tho': 'PT',
	'phu-yen': 'PY',
	'quang-binh': 'QB',
	'quang-nam': 'QNa',
	'quang-ngai': 'QNg',
	'quang-ninh': 'QNi',
	'quang-tri': 'QT',
	'soc-trang': 'ST',
	'son-la': 'SL',
	'tay-ninh': 'TNi',
	'thai-binh': 'TB',
	'thai-nguyen': 'TNg',
	'thanh-hoa': 'TH',
	'tien-giang': 'TG',
	'tra-vinh': 'TV',
	'tuyen-quang': 'TQ',
	'vinh-long': 'VL',
	'vinh-phuc': 'VP',
	'yen-bai': 'YB',
};

/** The grids, row by row; `.` is an empty cell, any other token a unit's short label. */
const GRIDS: Record<TileLayoutId, readonly string[]> = {
	'63': [
		'.    LCh  LCa  HG   CB',
		'ĐB   SL   YB   TQ   BK   LS',
		'.    .    PT   VP   TNg  BG   QNi',
		'.    .    HB   HN   BN   HD   HP',
		'.    .    .    HNa  HY   TB',
		'.    .    TH   NB   NĐ',
		'.    .    NA',
		'.    .    .    HT',
		'.    .    .    QB',
		'.    .    .    .    QT',
		'.    .    .    .    Huế',
		'.    .    .    .    .    ĐNg',
		'.    .    .    .    .    QNa',
		'.    .    .    .    .    KT   QNg',
		'.    .    .    .    .    GL   BĐ',
		'.    .    .    .    .    ĐL   PY',
		'.    .    .    BP   ĐNô  LĐ   KH',
		'.    .    TNi  BD   ĐNa  BTh  NT',
		'AG   ĐT   LA   HCM  BRVT',
		'KG   CT   TG   BTr',
		'.    HGi  VL   TV',
		'CM   BL   ST',
	],
	'34': [
		'.    LCh  LCa  TQ   CB',
		'ĐB   SL   PT   TNg  LS',
		'.    .    .    HN   BN   QNi',
		'.    .    TH   NB   HY   HP',
		'.    .    NA',
		'.    .    .    HT',
		'.    .    .    QT',
		'.    .    .    .    Huế',
		'.    .    .    .    .    ĐNg',
		'.    .    .    .    .    QNg',
		'.    .    .    .    .    GL',
		'.    .    .    .    .    ĐL',
		'.    .    .    ĐNa  LĐ   KH',
		'.    .    TNi  HCM',
		'.    AG   ĐT   VL',
		'.    CM   CT',
	],
};

/**
 * Where each layout's legend goes: an empty block of cells west of the central strip (where
 * Laos and Cambodia are), so the legend needs no extra room.
 */
export const LEGEND_CELLS: Readonly<Record<TileLayoutId, { col: number; row: number; cols: number; rows: number }>> = {
	'63': { col: 0, row: 11, cols: 4, rows: 5 },
	'34': { col: 0, row: 7, cols: 4, rows: 5 },
};

function parseGrid(rows: readonly string[]): Record<string, TilePosition> {
	const idByShort = new Map(Object.entries(SHORT_LABELS).map(([id, short]) => [short, id]));
	const out: Record<string, TilePosition> = {};
	rows.forEach((line, row) => {
		line
			.trim()
			.split(/\s+/)
			.forEach((token, col) => {
				if (token === '.') return;
				const id = idByShort.get(token);
				if (!id) throw new Error(`tile grid: unknown label ${token}`);
				if (out[id]) throw new Error(`tile grid: ${token} placed twice`);
				out[id] = { col, row, short: token };
			});
	});
	return out;
}

/** Each layout: unit id → its tile. */
export const TILE_LAYOUTS: Readonly<Record<TileLayoutId, Readonly<Record<string, TilePosition>>>> = {
	'63': parseGrid(GRIDS['63']),
	'34': parseGrid(GRIDS['34']),
};

/** Number of columns and rows a layout spans. */
export function layoutSize(layout: TileLayoutId): { cols: number; rows: number } {
	const tiles = Object.values(TILE_LAYOUTS[layout]);
	return { cols: Math.max(...tiles.map((t) => t.col)) + 1, rows: Math.max(...tiles.map((t) => t.row)) + 1 };
}
