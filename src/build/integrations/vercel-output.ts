import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseHeadersFile } from '../headers';
import type { Env } from '../site-env';
import { sharedRedirects } from '../../lib/redirects';
import { vercelOutputConfig } from '../vercel-output';

/**
 * On Vercel (the build sees VERCEL=1), writes Vercel's Build Output API folder
 * beside the output folder: `.vercel/output/` at the project root for `dist/`
 * (src/build/vercel-output.ts). `static/` holds the site, under the base path;
 * `config.json` has the headers of `_headers`, the renamed articles'
 * permanent redirects, trailing slashes and the 404 page. Vercel then deploys
 * that folder, so `redirectFrom` gives real redirects there with nothing to
 * keep in sync by hand. Elsewhere it does nothing.
 *
 * Listed after post-build (its checks have passed and `_headers` is written)
 * and before the staged build, whose swap into `dist/` comes last; it reads
 * the output folder's name before the staged build changes it.
 */
export function vercelOutput(env: Env): AstroIntegration {
	let target = '';
	let base = '/';
	return {
		name: 'field-guide:vercel-output',
		hooks: {
			'astro:config:setup': ({ command, config }) => {
				if (command !== 'build' || env.VERCEL !== '1') return;
				target = join(dirname(resolve(fileURLToPath(config.outDir))), '.vercel', 'output');
			},
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!target) return;
				const site = fileURLToPath(dir);
				const headers = parseHeadersFile(await readFile(join(site, '_headers'), 'utf8'));
				const hostFiles = new Set(['_headers', '_redirects'].map((name) => join(site, name)));
				await rm(target, { recursive: true, force: true });
				await cp(site, join(target, 'static', base), { recursive: true, filter: (source) => !hostFiles.has(source) });
				const notFoundPage = existsSync(join(site, '404.html')) ? `${base}404.html` : undefined;
				// Renamed articles (src/pages/[...old].astro): old path (no base) -> new path (with base).
				const redirects = sharedRedirects();
				const config = vercelOutputConfig({ headers, redirects, base, notFoundPage });
				await writeFile(join(target, 'config.json'), `${JSON.stringify(config, null, 2)}\n`);
				logger.info(`Vercel: wrote ${target} (Build Output API: the site, its headers and ${redirects.length} redirect${redirects.length === 1 ? '' : 's'}).`);
			},
		},
	};
}
