import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PIPELINE_FILES, fingerprint, packageVersion, pipelineKey } from './pipeline';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The project's modules `file` imports, directly or not (relative specifiers), as paths from the root. */
function localImports(file: string, seen = new Set<string>()): Set<string> {
	const source = readFileSync(join(ROOT, file), 'utf8');
	for (const [, specifier = ''] of source.matchAll(/^import\s[^;]*?from\s+'(\.{1,2}\/[^']+)'/gm)) {
		const path = normalize(join(dirname(file), specifier.endsWith('.ts') ? specifier : `${specifier}.ts`));
		if (!seen.has(path)) localImports(path, seen.add(path));
	}
	return seen;
}

describe('pipelineKey', () => {
	it('lists every module the plugins and the MDX cache import, so no change to the pipeline goes unnoticed', () => {
		const used = [...localImports('src/build/mdx-plugins.ts'), ...localImports('src/build/mdx-cache.ts'), 'src/build/mdx-plugins.ts', 'src/build/mdx-cache.ts'];
		expect(used.filter((path) => !(PIPELINE_FILES as readonly string[]).includes(path))).toEqual([]);
	});

	it('follows imports of imports', () => expect(localImports('src/build/code-highlighter.ts')).toContain('src/build/cache-keys.ts'));

	it('changes with the settings handed to plugins', () => {
		const key = pipelineKey(ROOT, { base: '/' });
		expect(key).toMatch(/^[\w-]{43}$/);
		expect(pipelineKey(ROOT, { base: '/' })).toBe(key);
		expect(pipelineKey(ROOT, { base: '/docs/' })).not.toBe(key);
	});

	it('reads the installed version of a package', () => {
		const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version: string }> };
		expect(packageVersion('satteri', ROOT)).toBe(lock.packages['node_modules/satteri']?.version);
	});
});

describe('fingerprint', () => {
	it('changes with the files read and the packages named', () => {
		const key = fingerprint(ROOT, { files: ['src/lib/urls.ts'], packages: ['shiki'] });
		expect(fingerprint(ROOT, { files: ['src/lib/urls.ts'], packages: ['shiki'] })).toBe(key);
		expect(fingerprint(ROOT, { files: ['src/build/shiki.ts'], packages: ['shiki'] })).not.toBe(key);
		expect(fingerprint(ROOT, { files: ['src/lib/urls.ts'], packages: ['satteri'] })).not.toBe(key);
	});
});
