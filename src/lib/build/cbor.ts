/**
 * A small CBOR decoder (RFC 8949), enough to read Pagefind's metadata file: integers, byte and
 * text strings, arrays, maps, simple values and floats, definite and indefinite lengths.
 * Throws on truncated or malformed input, so a damaged file is reported, never half-read.
 */
export type CborValue = number | bigint | string | Uint8Array | boolean | null | undefined | CborValue[] | Map<CborValue, CborValue>;

const BREAK = Symbol('break');

/** An IEEE 754 half-precision float from its 16 bits. */
function half(bits: number): number {
	const exponent = (bits >> 10) & 0x1f;
	const fraction = bits & 0x3ff;
	const sign = bits & 0x8000 ? -1 : 1;
	if (exponent === 0) return sign * 2 ** -14 * (fraction / 1024);
	if (exponent === 31) return fraction ? NaN : sign * Infinity;
	return sign * 2 ** (exponent - 15) * (1 + fraction / 1024);
}

export function decodeCbor(bytes: Uint8Array): CborValue {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let at = 0;
	const need = (n: number) => {
		if (at + n > bytes.length) throw new Error(`CBOR data ends early (at byte ${at}, ${n} more needed)`);
	};
	const argument = (info: number): number | bigint | null => {
		if (info < 24) return info;
		const size = [1, 2, 4, 8][info - 24];
		if (size === undefined) {
			if (info === 31) return null; // indefinite length
			throw new Error(`malformed CBOR (additional information ${info} at byte ${at - 1})`);
		}
		need(size);
		const value = size === 1 ? view.getUint8(at) : size === 2 ? view.getUint16(at) : size === 4 ? view.getUint32(at) : view.getBigUint64(at);
		at += size;
		return typeof value === 'bigint' && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
	};
	const length = (n: number | bigint): number => {
		if (typeof n === 'bigint' || n > bytes.length - at + 1) throw new Error(`CBOR length ${n} is larger than the data`);
		return n;
	};
	const item = (): CborValue | typeof BREAK => {
		need(1);
		const head = bytes[at++];
		const major = head >> 5;
		const info = head & 31;
		if (major === 7) {
			if (info === 31) return BREAK;
			if (info === 20) return false;
			if (info === 21) return true;
			if (info === 22) return null;
			if (info === 23) return undefined;
			if (info === 25 || info === 26 || info === 27) {
				const size = { 25: 2, 26: 4, 27: 8 }[info];
				need(size);
				const v = size === 2 ? half(view.getUint16(at)) : size === 4 ? view.getFloat32(at) : view.getFloat64(at);
				at += size;
				return v;
			}
			if (info === 24) {
				need(1);
				return bytes[at++];
			}
			return info;
		}
		const arg = argument(info);
		switch (major) {
			case 0:
				return arg ?? fail('an indefinite integer');
			case 1:
				return typeof arg === 'bigint' ? -1n - arg : -1 - (arg ?? fail('an indefinite integer'));
			case 2:
			case 3: {
				const chunks: Uint8Array[] = [];
				if (arg === null) {
					for (let c = item(); c !== BREAK; c = item()) chunks.push(typeof c === 'string' ? new TextEncoder().encode(c) : (c as Uint8Array));
				} else {
					const n = length(arg);
					need(n);
					chunks.push(bytes.subarray(at, at + n));
					at += n;
				}
				const joined = chunks.length === 1 ? chunks[0] : Uint8Array.from(chunks.flatMap((c) => [...c]));
				return major === 2 ? joined : new TextDecoder('utf-8', { fatal: true }).decode(joined);
			}
			case 4: {
				const list: CborValue[] = [];
				if (arg === null) for (let c = item(); c !== BREAK; c = item()) list.push(c);
				else for (let i = length(arg); i > 0; i--) list.push(value());
				return list;
			}
			case 5: {
				const map = new Map<CborValue, CborValue>();
				if (arg === null) for (let k = item(); k !== BREAK; k = item()) map.set(k, value());
				else for (let i = length(arg); i > 0; i--) map.set(value(), value());
				return map;
			}
			case 6:
				return value(); // a tag: its content
		}
		return fail(`major type ${major}`);
	};
	const fail = (what: string): never => {
		throw new Error(`malformed CBOR: unexpected ${what} at byte ${at}`);
	};
	const value = (): CborValue => {
		const v = item();
		return v === BREAK ? fail('break') : v;
	};
	const result = value();
	if (at !== bytes.length) throw new Error(`CBOR data has ${bytes.length - at} extra byte(s)`);
	return result;
}
