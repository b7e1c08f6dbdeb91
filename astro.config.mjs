// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { SHIKI_THEME, shikiTransformers } from './src/lib/shiki.ts';
import { headingAnchors, rebaseLinks, scrollableTables, validateComponents } from './src/lib/mdx-plugins.ts';
import { articleDates } from './src/lib/lastmod.ts';
import { postBuild } from './src/integrations/post-build.ts';
import { noPreloadHelper } from './src/integrations/no-preload-helper.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/headers.ts';
import { normalizeBase } from './src/lib/urls.ts';

// Two variables configure a build (see README, "Configuration"):
// SITE_URL: absolute origin for canonical URLs, sitemap and feed;
// BASE_PATH: the sub-path the site is served under, "/" by default.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = normalizeBase(process.env.BASE_PATH ?? '/');
const dates = articleDates(process.env.CONTENT_DIR ?? './content');

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	build: { format: 'directory' },
	// The build tests run builds side by side; each gets its own cache folder.
	...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
	integrations: [
		mdx(),
		sitemap({
			// <lastmod> for articles comes from their `updated` date.
			serialize(item) {
				const updated = dates.get(new URL(item.url).pathname.slice(base.length - 1));
				return updated ? { ...item, lastmod: updated } : item;
			},
		}),
		postBuild(),
	],
	markdown: {
		processor: satteri({ hastPlugins: [validateComponents, headingAnchors, scrollableTables, rebaseLinks(base)] }),
		shikiConfig: {
			// Colours come from CSS variables mapped to classes (no inline styles): see src/lib/shiki.ts.
			theme: SHIKI_THEME,
			// null: no inline overflow/wrap style on <pre>; CSS handles scrolling.
			wrap: null,
			transformers: shikiTransformers(),
		},
	},
	security: {
		csp: {
			algorithm: 'SHA-256',
			directives: [...CSP_DIRECTIVES],
			scriptDirective: { resources: [...SCRIPT_SOURCES] },
			styleDirective: { resources: [...STYLE_SOURCES] },
		},
	},
	vite: {
		plugins: [
			tailwindcss(),
			noPreloadHelper(),
		],
	},
	devToolbar: { enabled: false },
});
