// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { createCssVariablesTheme } from 'shiki';
import { transformerMetaHighlight, transformerNotationDiff } from '@shikijs/transformers';
import { transformerCodeFrame, transformerStyleClasses } from './src/lib/shiki.ts';
import { rebaseLinks, validateComponents } from './src/lib/mdx-plugins.ts';
import { postBuild } from './src/integrations/post-build.ts';
import { noPreloadHelper } from './src/integrations/no-preload-helper.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/headers.ts';
import { normalizeBase } from './src/lib/urls.ts';

// Two variables configure a build (see README, "Configuration"):
// SITE_URL: absolute origin for canonical URLs, sitemap and feed;
// BASE_PATH: the sub-path the site is served under, "/" by default.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = normalizeBase(process.env.BASE_PATH ?? '/');

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	build: { format: 'directory' },
	// The build tests run builds side by side; each gets its own cache folder.
	...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
	integrations: [mdx(), sitemap(), postBuild()],
	markdown: {
		processor: satteri({ hastPlugins: [validateComponents, rebaseLinks(base)] }),
		shikiConfig: {
			// Colours come from CSS variables mapped to classes (no inline styles): see src/lib/shiki.ts.
			theme: createCssVariablesTheme({ name: 'css-variables', variablePrefix: '--shiki-', fontStyle: true }),
			// null: no inline overflow/wrap style on <pre>; CSS handles scrolling.
			wrap: null,
			transformers: [transformerMetaHighlight(), transformerNotationDiff(), transformerCodeFrame(), transformerStyleClasses()],
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
