import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { hash } from './cache-keys';

/**
 * The Markdown pipeline's fingerprint: what turns an article's MDX into a
 * compiled module, besides the article itself. Astro sees neither the
 * plugins' source nor the compiled MDX, so this key goes into two caches: the
 * compiled MDX (src/build/mdx-cache.ts) and every article page's
 * incremental-build key (src/pages/[...slug].astro). A change to any of these
 * files or packages, or to a setting the config passes to a plugin, compiles
 * and renders every article again. The unit test fails when the plugins or
 * the MDX cache import (directly or not) a module of the project that is
 * missing from this list. Code fences in MDX leave the pipeline as plain code;
 * their highlighting has its own fingerprint (highlightSetup in code-highlighter.ts),
 * which article pages add to their key.
 */
export const PIPELINE_FILES = [
	'astro.config.mjs',
	'src/build/mdx-cache.ts',
	'src/build/mdx-plugins.ts',
	'src/lib/mdx-components.ts',
	'src/build/code-highlighter.ts',
	'src/build/shiki.ts',
	'src/lib/urls.ts',
	'src/build/file-cache.ts',
	'src/build/pipeline.ts',
	'src/build/cache-keys.ts',
	'src/lib/article-index.ts',
] as const;

export const PIPELINE_PACKAGES = ['astro', '@astrojs/mdx', '@astrojs/markdown-satteri', 'satteri', 'github-slugger'] as const;

/** The installed version of `name`, resolved from the project at `root`. */
export function packageVersion(name: string, root: string): string {
	const require = createRequire(join(root, 'package.json'));
	// Not every package exports its package.json: find it beside the resolved entry point.
	const entry = require.resolve(name).replaceAll('\\', '/');
	const folder = `node_modules/${name}/`;
	const packageRoot = entry.slice(0, entry.lastIndexOf(folder) + folder.length);
	return (JSON.parse(readFileSync(`${packageRoot}package.json`, 'utf8')) as { version: string }).version;
}

/** A hash of what decides a build step's output besides its input: source files (paths from `root`), installed package versions, settings. */
export function fingerprint(root: string, parts: { files: readonly string[]; packages: readonly string[]; settings?: Record<string, string> }): string {
	const versions = parts.packages.map((name) => `${name}@${packageVersion(name, root)}`);
	const sources = parts.files.map((file) => `${file}\n${readFileSync(join(root, file), 'utf8')}`);
	return hash(JSON.stringify([parts.settings ?? {}, versions, sources]));
}

/** `settings`: every value astro.config.mjs hands to a Markdown plugin (the base path, for links). */
export function pipelineKey(root: string, settings: Record<string, string>): string {
	return fingerprint(root, { files: PIPELINE_FILES, packages: PIPELINE_PACKAGES, settings });
}
