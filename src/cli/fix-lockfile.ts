/**
 * `npm run fix-lockfile`: the registry these machines reach lacks some platform builds that
 * packages list as optional dependencies (e.g. darwin or windows bindings). `npm install` then
 * leaves them out of package-lock.json and `npm ci` refuses the lock as out of sync. This adds
 * each missing optional platform package as an entry with its os/cpu, which `npm ci` skips on
 * other platforms without downloading anything. Run it after every `npm install`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
	version?: string;
	optionalDependencies?: Record<string, string>;
	os?: string[];
	cpu?: string[];
	optional?: boolean;
}

const OSES = ['android', 'darwin', 'linux', 'win32', 'windows', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'aix', 'openharmony', 'wasm32'];
const CPUS = ['arm64', 'x64', 'ia32', 'arm', 'wasm32', 'riscv64', 'ppc64', 's390x', 'loong64'];

/** os and cpu of a platform package from its name, e.g. `@pagefind/windows-x64` → win32/x64. */
export function platformOf(name: string): { os?: string; cpu?: string } {
	const base = name.split('/').pop() ?? name;
	const os = OSES.find((o) => base.split('-').includes(o));
	const cpu = CPUS.find((c) => base.split('-').includes(c));
	return { os: os === 'windows' ? 'win32' : os, cpu };
}

/** Adds the missing optional platform entries; returns the names added. */
export function stubMissingOptionals(packages: Record<string, LockEntry>): string[] {
	const added: string[] = [];
	for (const [path, meta] of Object.entries(packages)) {
		for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
			if (packages[`node_modules/${dep}`] || packages[`${path}/node_modules/${dep}`]) continue;
			const { os, cpu } = platformOf(dep);
			if (!os || !cpu) throw new Error(`package-lock.json: cannot tell the platform of optional dependency ${dep} (of ${path})`);
			packages[`node_modules/${dep}`] = { version, cpu: [cpu], ...(os === 'wasm32' ? {} : { os: [os] }), optional: true };
			added.push(dep);
		}
	}
	return added;
}

if (import.meta.main) {
	const file = process.argv[2] ?? 'package-lock.json';
	const lock = JSON.parse(readFileSync(file, 'utf8')) as { packages: Record<string, LockEntry> };
	const added = stubMissingOptionals(lock.packages);
	writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
	console.log(
		added.length ? `${file}: added ${added.length} platform entr${added.length === 1 ? 'y' : 'ies'}: ${added.join(', ')}` : `${file}: nothing to add`,
	);
}
