import { hash } from './cache-keys';

/**
 * The source of everything that turns an article's MDX into HTML besides the
 * page's own imports: the config that lists the plugins, the plugins, the
 * highlighter. Astro's incremental build sees neither these files nor the
 * compiled MDX, so without this a changed plugin would leave stale pages; with
 * it in the key of every article page (src/pages/[...slug].astro), a change
 * to any of them renders every article again. Add new pipeline files here.
 */
const SOURCES = import.meta.glob<string>(
	['../../astro.config.mjs', './mdx-plugins.ts', './mdx-components.ts', './highlight.ts', './shiki.ts', './urls.ts'],
	{ query: '?raw', import: 'default', eager: true },
);

export const PIPELINE_FILES = Object.keys(SOURCES).sort();

export const PIPELINE_KEY = hash(PIPELINE_FILES.map((file) => `${file}\n${SOURCES[file] ?? ''}`).join('\n'));
