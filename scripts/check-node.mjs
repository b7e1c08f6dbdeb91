// Stops `npm start`, `npm run dev`, `npm run build` and `npm test` on a Node.js
// older than the project needs, with one clear message. Plain JavaScript with
// no dependencies on purpose: it has to run on the old Node it rejects, before
// anything is installed. (`npm install` is stopped by `engine-strict` in .npmrc.)
//
//   node scripts/check-node.mjs [--quiet]   exit code 1 when this Node is too old
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** "1.2.3" or "v1.2" to [1, 2, 3] / [1, 2, 0]. */
function parse(version) {
	const parts = version.trim().replace(/^v/, '').split('.').map(Number);
	return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0];
}

function compare(a, b) {
	for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
	return 0;
}

/**
 * Whether `version` is in `range`, for the forms `engines` uses here:
 * alternatives joined by `||`, each `^x.y.z`, `>=x.y.z` or `x.y.z`.
 * Anything else throws, so a range this cannot read is noticed (a unit test
 * compares it with the `semver` package).
 */
export function satisfies(version, range) {
	const v = parse(version);
	return range.split('||').some((part) => {
		const m = /^\s*(\^|>=\s*)?(\d+(?:\.\d+){0,2})\s*$/.exec(part);
		if (!m) throw new Error(`check-node: cannot read the range "${part.trim()}"`);
		const floor = parse(m[2]);
		if (compare(v, floor) < 0) return false;
		if (m[1] === '^') return v[0] === floor[0];
		return m[1] !== undefined || compare(v, floor) === 0;
	});
}

/** The message for a Node outside `range`; `nvmrc` is the version .nvmrc names. */
export function tooOldMessage(current, range, nvmrc) {
	return [
		`This project needs Node.js ${range}; this is Node.js ${current}.`,
		`Run \`nvm use\` (it reads .nvmrc: Node ${nvmrc}), or install Node ${nvmrc} from https://nodejs.org/, then try again.`,
	].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const root = new URL('../', import.meta.url);
	const range = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).engines.node;
	const nvmrc = readFileSync(new URL('.nvmrc', root), 'utf8').trim();
	if (!satisfies(process.versions.node, range)) {
		if (!process.argv.includes('--quiet')) console.error(tooOldMessage(process.version, range, nvmrc));
		process.exit(1);
	}
}
