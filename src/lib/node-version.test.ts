import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, test } from 'vitest';
import { satisfies, tooOldMessage } from '../../scripts/check-node.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
	packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>;
};
const range = pkg.engines.node;

/** Every minor release from Node 18 to 27, at patch 0 and a late patch. */
const VERSIONS = Array.from({ length: 10 }, (_, i) => 18 + i).flatMap((major) =>
	Array.from({ length: 30 }, (_, minor) => [`${major}.${minor}.0`, `${major}.${minor}.9`]).flat(),
);

/** engines.node of every installed (non-optional) locked package, with its name. */
const locked = Object.entries(lock.packages)
	.filter(([path, entry]) => path !== '' && !entry.optional && entry.engines && !Array.isArray(entry.engines) && entry.engines.node)
	.map(([path, entry]) => ({ name: path.replace(/^.*node_modules\//, ''), node: (entry.engines as { node: string }).node }));

describe('the Node.js floor', () => {
	test('package.json engines is exactly the versions every locked dependency accepts', () => {
		expect(locked.length).toBeGreaterThan(10);
		for (const version of VERSIONS) {
			const refusedBy = locked.filter((p) => !semver.satisfies(version, p.node)).map((p) => `${p.name} (${p.node})`);
			expect(semver.satisfies(version, range), `Node ${version}: refused by ${refusedBy.join(', ') || 'nothing'}`).toBe(refusedBy.length === 0);
		}
	});

	test('.nvmrc names a major release inside the range', () => {
		const nvmrc = readFileSync(join(ROOT, '.nvmrc'), 'utf8').trim();
		expect(nvmrc).toMatch(/^\d+$/);
		expect(semver.satisfies(`${nvmrc}.99.0`, range)).toBe(true);
	});

	test('the lockfile records the same engines as package.json', () => {
		expect(lock.packages['']?.engines).toEqual(pkg.engines);
	});

	test('.ci/run and the npm scripts check with scripts/check-node.mjs', () => {
		expect(readFileSync(join(ROOT, '.ci', 'run'), 'utf8')).toContain('node scripts/check-node.mjs');
		expect(readFileSync(join(ROOT, '.npmrc'), 'utf8')).toMatch(/^engine-strict=true$/m);
	});
});

describe('scripts/check-node.mjs', () => {
	test('reads the range exactly as semver does', () => {
		for (const version of VERSIONS) expect(satisfies(version, range), version).toBe(semver.satisfies(version, range));
		expect(satisfies('v24.8.0', '^22.22.0 || ^24.8.0')).toBe(true);
		expect(satisfies('22.12.0', '22.12.0')).toBe(true);
		expect(satisfies('22.12.1', '22.12.0')).toBe(false);
	});

	test('refuses a range it cannot read instead of guessing', () => {
		expect(() => satisfies('24.0.0', '~24.1')).toThrow('cannot read the range "~24.1"');
	});

	test('names the range, the current version and nvm use', () => {
		const message = tooOldMessage('v20.20.2', range, '24');
		expect(message).toContain(range);
		expect(message).toContain('v20.20.2');
		expect(message).toContain('`nvm use`');
	});
});
