/**
 * `node --experimental-vm-modules src/cli/parse-scripts.ts <file.js>…`: parses each script,
 * as an ES module or else as a classic script, without running it, and prints one line for each
 * that parses as neither (`<file>\t<parser message>`). Used by the output check before the swap:
 * a script cut short (an interrupted write, a full disk) does not parse.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

for (const file of process.argv.slice(2)) {
	const source = readFileSync(file, 'utf8');
	try {
		new vm.SourceTextModule(source, { identifier: file });
	} catch (asModule) {
		try {
			new vm.Script(source, { filename: file });
		} catch {
			console.log(`${file}\t${asModule instanceof Error ? asModule.message : String(asModule)}`);
		}
	}
}
