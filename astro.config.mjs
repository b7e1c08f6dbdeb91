// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { codeFences, headingAnchors, rebaseLinks, scrollableTables, validateComponents } from './src/build/mdx-plugins.ts';
import { highlightSetup } from './src/build/code-highlighter.ts';
import { lastmodByPath } from './src/lib/article-index.ts';
import { preflight, PreflightError } from './src/build/preflight.ts';
import { postBuild } from './src/build/integrations/post-build.ts';
import { stagedBuild } from './src/build/integrations/staged-build.ts';
import { vercelOutput } from './src/build/integrations/vercel-output.ts';
import { noPreloadHelper } from './src/build/integrations/no-preload-helper.ts';
import { choicesStylesheet } from './src/build/choices-css.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/build/headers.ts';
import { resolveSiteEnv } from './src/build/site-env.ts';
import { siteEnvironment } from './src/build/integrations/report-site.ts';
import { buildCacheDir, storeDir } from './src/build/file-cache.ts';
import { cardSetup } from './src/build/og-card.ts';
import { cachePrune } from './src/build/integrations/cache-prune.ts';
import { cacheMdx } from './src/build/mdx-cache.ts';
import { pipelineKey } from './src/build/pipeline.ts';
import { sharedRedirects } from './src/lib/redirects.ts';

// Where the site is deployed (see docs/deploy.md): SITE_URL and BASE_PATH, else what the host sets during
// its build (Netlify, Vercel, Cloudflare Pages, GitHub Actions); whether it is a preview; the repository.
const siteEnv = resolveSiteEnv(process.env);
const { site, base } = siteEnv;
const contentDir = process.env.CONTENT_DIR ?? './content';
// Missing or empty content, two files with one URL, non-UTF-8 files, symlinks: one clear error before anything
// reads them. Printed and exited here, because Astro would wrap a thrown error in "Unable to load your Astro config"
// and a stack trace.
try {
	preflight({ content: contentDir, publicDir: './public' });
} catch (error) {
	if (!(error instanceof PreflightError)) throw error;
	console.error(error.message);
	process.exit(1);
}
// Astro's cache folder (node_modules/.astro unless ASTRO_CACHE_DIR says otherwise): highlighting, cards, incremental builds.
const cacheDir = buildCacheDir();
// The Markdown pipeline's fingerprint (src/build/pipeline.ts): keys the compiled-MDX cache and every article page.
const root = fileURLToPath(new URL('.', import.meta.url));
const pipeline = pipelineKey(root, { base });
// The highlighting setup's fingerprint (src/build/code-highlighter.ts): keys highlighted code and the pages that show it.
const highlighting = highlightSetup(root);
// The Open Graph card setup's fingerprint (src/build/og-card.ts): names the card store's folder.
const cards = cardSetup(root);
/** A URL of this site as a path without the base path, as the article index and the redirects write it: `/debugging/`. */
const sitePath = (/** @type {string} */ url) => new URL(url).pathname.slice(base.length - 1);
/** @type {Map<string, string> | undefined} */
let dates;
/** @type {Set<string> | undefined} */
let oldPaths;

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	build: { format: 'directory', concurrency: 4 },
	cacheDir,
	integrations: [
		siteEnvironment(siteEnv, process.env),
		mdx({ optimize: true }),
		sitemap({
			// Not the old addresses of renamed articles (src/pages/[...old].astro): they only redirect.
			filter(page) {
				oldPaths ??= new Set(sharedRedirects().map((rule) => rule.from));
				return !oldPaths.has(sitePath(page));
			},
			// <lastmod> for articles comes from their `updated` date, read from the article index the pages built.
			serialize(item) {
				dates ??= lastmodByPath();
				const updated = dates.get(sitePath(item.url));
				return updated ? { ...item, lastmod: updated } : item;
			},
		}),
		postBuild(),
		// The build cache's stores: other fingerprints' folders and entries unused for 14 days go (src/build/file-cache.ts).
		cachePrune(cacheDir, { highlight: highlighting, mdx: pipeline, og: cards }),
		// On Vercel only: the checked site, its headers and redirects as Vercel's Build Output API (.vercel/output/).
		vercelOutput(process.env),
		// Last: the build goes to a staging folder and replaces dist/ only after every step above has passed.
		stagedBuild(),
	],
	markdown: {
		// Compiled MDX is kept between builds, keyed by the file and the pipeline (src/build/mdx-cache.ts).
		processor: cacheMdx(satteri({ hastPlugins: [validateComponents, codeFences({ cacheDir, setup: highlighting }), headingAnchors, scrollableTables, rebaseLinks(base)] }), {
			dir: storeDir(cacheDir, 'mdx', pipeline),
			pipeline,
		}),
		// Code fences become <HighlightedCode> in MDX (codeFences, above), highlighted as pages render, through a cache.
		syntaxHighlight: false,
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
		// Article pages put the pipeline's fingerprint in their incremental-build key; <HighlightedCode> keys its cache with the highlighting setup's.
		// __SITE_ENV__: what pages show of the deployment; Astro's config hash includes `define`, so a change re-renders every page.
		define: {
			__PIPELINE_KEY__: JSON.stringify(pipeline),
			__HIGHLIGHT_SETUP__: JSON.stringify(highlighting),
			__CARD_SETUP__: JSON.stringify(cards),
			__SITE_ENV__: JSON.stringify({ preview: Boolean(siteEnv.preview), repositoryUrl: siteEnv.repositoryUrl ?? null, branch: siteEnv.branch }),
		},
		plugins: [
			tailwindcss(),
			noPreloadHelper(),
			// The CSS that shows each synced choice before paint, from the registry (src/lib/choices.ts).
			choicesStylesheet(),
		],
		build: {
			rolldownOptions: {
				// Astro marks every MDX module "use astro:head-inject" and Rolldown warns about each one:
				// a notice per article that says nothing actionable. Other notices pass.
				onLog(level, log, handler) {
					if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
					handler(level, log);
				},
				// Every article in one server-side chunk instead of one chunk each: writing and then importing a
				// thousand files cost a large build about 1.5 s. Only the build's own render code has MDX; the
				// browser bundles are the same either way.
				output: { codeSplitting: { groups: [{ name: 'articles', test: /\.mdx($|\?)/ }] } },
			},
		},
	},
	devToolbar: { enabled: false },
	// A rebuild re-renders only pages whose data or code changed (keys: src/build/cache-keys.ts).
	experimental: { incrementalBuild: true },
});
