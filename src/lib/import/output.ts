/**
 * Where the importer may write, and how it prints what it was given. Every write resolves
 * inside a base folder (content/, or a folder named with --out-dir) and never through a
 * symbolic link, checked component by component before writing (a dangling link too); files
 * are then opened with O_NOFOLLOW. File names are data: printed and written into YAML comments
 * with control, line-breaking and bidirectional characters escaped.
 */
import { accessSync, closeSync, constants, lstatSync, openSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/** A path the importer refuses to write: one line for the editor, exit code 2, nothing written. */
export class UnsafePath extends Error {
	override name = 'UnsafePath';
}

/** C0 and C1 controls, DEL, line and paragraph separators, bidirectional embeddings and isolates, BOM. */
// eslint-disable-next-line no-control-regex -- the control characters are what it matches
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/** A name as it may be shown or written into a comment: unprintable characters as \n, \t or \u{…}. */
export function printable(name: string): string {
	const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
	return name.replace(/\\/g, '\\\\').replace(UNPRINTABLE, (c) => named[c] ?? `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

const inside = (path: string, base: string) => {
	const r = relative(base, path);
	return r === '' || (!r.startsWith('..') && !isAbsolute(r) && r.split(sep)[0] !== '..');
};

/**
 * The absolute path of `target` if writing it stays inside `base`: lexically inside, and no
 * existing component below the base (the file itself included) is a symbolic link.
 */
export function confine(target: string, base: string, what: string): string {
	const root = resolve(base);
	let real: string;
	try {
		real = realpathSync(root);
	} catch {
		throw new UnsafePath(`${what}: the folder ${printable(root)} does not exist`);
	}
	const abs = resolve(target);
	const start = inside(abs, root) ? root : inside(abs, real) ? real : null;
	if (start === null || abs === start) throw new UnsafePath(`${what} ${printable(target)} is outside ${printable(root)}: refused, nothing was written`);
	let at = start;
	for (const part of relative(start, abs).split(sep)) {
		at = resolve(at, part);
		let isLink: boolean;
		try {
			isLink = lstatSync(at).isSymbolicLink();
		} catch {
			break; // Does not exist yet: created below the last existing folder, which is not a link.
		}
		if (isLink) throw new UnsafePath(`${what} ${printable(target)} goes through the symbolic link ${printable(at)}: refused, nothing was written`);
	}
	return abs;
}

/**
 * A report path the command can write: not a link (dangling or not), not a folder, in an
 * existing folder the user may write to. Checked before anything is written.
 */
export function checkReportPath(target: string): string {
	const abs = resolve(target);
	const refuse = (why: string) => new UnsafePath(`--report ${printable(target)}: ${why}; nothing was written`);
	let stat: ReturnType<typeof lstatSync> | undefined;
	try {
		stat = lstatSync(abs);
	} catch {
		stat = undefined;
	}
	if (stat?.isSymbolicLink()) throw refuse('is a symbolic link');
	if (stat?.isDirectory()) throw refuse('is a folder');
	try {
		if (!statSync(dirname(abs)).isDirectory()) throw refuse('its folder is not a folder');
		accessSync(stat ? abs : dirname(abs), constants.W_OK);
	} catch (e) {
		if (e instanceof UnsafePath) throw e;
		throw refuse(stat ? 'cannot be written' : 'its folder does not exist or cannot be written');
	}
	return abs;
}

/** Writes a file without following a symbolic link at its name (a link is an error, not a target). */
export function writeNoFollow(path: string, data: string | Uint8Array): void {
	const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644);
	try {
		writeFileSync(fd, data);
	} finally {
		closeSync(fd);
	}
}
