import { readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync, createReadStream } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { findBrokenLinks, formatBrokenLinks, type BuiltPage } from '../lib/links';
import { hashesFromHtml, headerPolicy, headersFile } from '../lib/headers';

/**
 * Pagefind cuts its word index into chunks of about 20,000 word positions
 * (34 KB each here), and a query downloads the chunk that holds its word:
 * a quarter of the first query's bytes. At 5,000 positions a chunk is about
 * 9 KB, which keeps the first query within its budget (issue #8); a larger
 * site gets more chunks, not larger ones. Pagefind reads the size from this
 * variable, which it calls unstable: e2e/search.spec.ts checks the size of
 * the chunks a query fetches, so a Pagefind that stops reading it fails the
 * tests instead of quietly fetching four times as much. A value set in the
 * environment wins.
 */
const INDEX_CHUNK_SIZE = '5000';

async function listFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * Runs after `astro build`, in order: fail on broken internal links, write
 * `_headers` with the union of the pages' CSP hashes, build the Pagefind index.
 * So `npm run build` leaves a complete, checked site in dist/.
 */
export function postBuild(): AstroIntegration {
	let site = 'http://localhost:4321';
	let base = '/';
	let outDirUrl = new URL('file:///dist/');
	return {
		name: 'field-guide:post-build',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ?? site;
				base = config.base;
				outDirUrl = config.outDir;
			},
			// In `astro dev` there is no fresh index; serve the one the last build wrote, if any.
			'astro:server:setup': ({ server }) => {
				const prefix = `${base.endsWith('/') ? base : `${base}/`}pagefind/`;
				server.middlewares.use((request, response, next) => {
					const path = request.url?.split('?')[0] ?? '';
					if (!path.startsWith(prefix)) return next();
					const file = join(fileURLToPath(outDirUrl), 'pagefind', path.slice(prefix.length));
					if (!file.startsWith(join(fileURLToPath(outDirUrl), 'pagefind')) || !existsSync(file)) {
						response.statusCode = 404;
						return response.end('No search index: run `npm run build` once.');
					}
					if (file.endsWith('.js')) response.setHeader('Content-Type', 'text/javascript');
					createReadStream(file).pipe(response);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const paths = await listFiles(outDir);
				const toSitePath = (file: string) => `/${relative(outDir, file).split(sep).join('/')}`;
				const files = new Set(paths.map(toSitePath));
				const pages: BuiltPage[] = await Promise.all(
					paths.filter((p) => p.endsWith('.html')).map(async (p) => ({ file: toSitePath(p), html: await readFile(p, 'utf8') })),
				);

				const broken = findBrokenLinks(pages, files, site, base);
				if (broken.length > 0) throw new Error(formatBrokenLinks(broken));
				logger.info(`Links: ${pages.length} pages checked, no broken internal links.`);

				const scripts = new Set<string>();
				const styles = new Set<string>();
				for (const page of pages) {
					const hashes = hashesFromHtml(page.html);
					hashes.script.forEach((h) => scripts.add(h));
					hashes.style.forEach((h) => styles.add(h));
				}
				await writeFile(join(outDir, '_headers'), headersFile(headerPolicy(scripts, styles), base));

				process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
				const { index, errors } = await pagefind.createIndex({});
				if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: outDir });
				if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
				const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
				if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
				await pagefind.close();
				logger.info(`Search index: ${added.page_count} pages.`);
			},
		},
	};
}
