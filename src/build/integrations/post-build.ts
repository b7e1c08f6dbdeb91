import { spawn } from 'node:child_process';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { existsSync, createReadStream } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findBrokenLinks, formatBrokenLinks, type BuiltPage } from '../link-check';
import { oversizedPages, PAGE_WARN_BYTES } from '../page-size';
import { cspMetaFirst, cspMetaOwnHashes, hashesFromHtml, headerPolicy, headersFile, headersFileProblems } from '../headers';
import { redirectsFile, sharedRedirects } from '../../lib/redirects';

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

/**
 * Runs Pagefind's command line over the built site; it writes `pagefind/`
 * into it. The command line rather than Pagefind's Node API: on the
 * 1,000-article benchmark it took 3.1 s where the API took 3.5 s for the same
 * files. Resolves with what Pagefind printed; rejects with it when Pagefind
 * fails.
 */
function indexSite(site: string): Promise<string> {
	const cli = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, [cli, '--site', site], {
			env: { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: INDEX_CHUNK_SIZE, ...process.env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('error', fail);
		child.on('close', (code) => (code === 0 ? done(output) : fail(new Error(`Pagefind failed (exit code ${code}):\n${output}`))));
	});
}

/** Every file under `dir`, except in the top-level folders named in `skip`. */
async function listFiles(dir: string, skip: ReadonlySet<string>): Promise<string[]> {
	const top = await readdir(dir, { withFileTypes: true });
	const nested = await Promise.all(
		top.filter((e) => e.isDirectory() && !skip.has(e.name)).map((e) => readdir(join(dir, e.name), { recursive: true, withFileTypes: true })),
	);
	return [...top, ...nested.flat()].filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * Runs after `astro build`: builds the Pagefind index and, while Pagefind
 * works (it is a separate process), fails on broken internal links and writes
 * `_headers` with the union of the pages' CSP hashes. So `npm run build`
 * leaves a complete, checked site in dist/.
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
				// Pagefind reads only the pages, which are final: it runs while the links are checked.
				const indexing = indexSite(outDir);
				indexing.catch(() => {}); // Awaited below; a rejection while the links are checked must not go unhandled.
				try {
					// Not pagefind/, which Pagefind is writing meanwhile (no page links into it).
					const paths = await listFiles(outDir, new Set(['pagefind']));
					const toSitePath = (file: string) => `/${relative(outDir, file).split(sep).join('/')}`;
					const files = new Set(paths.map(toSitePath));
					const pages: BuiltPage[] = await Promise.all(
						paths.filter((p) => p.endsWith('.html')).map(async (p) => ({ file: toSitePath(p), html: await readFile(p, 'utf8') })),
					);

					// LINK_CHECK_SKIP (comma-separated site paths, e.g. "/choose/,/api-map/"): pages whose own links are not
					// checked. Only the component tests' fixture site sets it: it lacks the articles those pages cite.
					const unchecked = new Set((process.env.LINK_CHECK_SKIP ?? '').split(',').filter(Boolean).map((p) => `${p.replace(/\/+$/, '')}/index.html`));
					const broken = findBrokenLinks(pages.filter((p) => !unchecked.has(p.file)), files, site, base);
					if (broken.length > 0) throw new Error(formatBrokenLinks(broken));
					logger.info(`Links: ${pages.length} pages checked, no broken internal links.`);
					const large = oversizedPages(pages);
					if (large.length > 0) {
						logger.warn(`Pages over ${PAGE_WARN_BYTES / 1024} KB make search slow (a result loads the whole page's text): split them. ${large.join(', ')}`);
					}

					const scripts = new Set<string>();
					const styles = new Set<string>();
					for (const page of pages) {
						const hashes = hashesFromHtml(page.html);
						hashes.script.forEach((h) => scripts.add(h));
						hashes.style.forEach((h) => styles.add(h));
					}
					const headers = headersFile(headerPolicy(scripts, styles), base);
					const problems = headersFileProblems(headers);
					if (problems.length > 0) throw new Error(problems.join('\n'));
					await writeFile(join(outDir, '_headers'), headers);
					// Host redirects for renamed articles (Netlify, Cloudflare Pages); the pages at the old paths serve the others.
					await writeFile(join(outDir, '_redirects'), redirectsFile(sharedRedirects(), base));

					// The CSP <meta> right after <meta charset> (Astro puts it late in <head>), with only the page's own
					// hashes (Astro lists the whole site's on every page). Written to a temporary
					// file and renamed, so Pagefind, reading the pages meanwhile, sees the old or the new file, never half.
					await Promise.all(
						pages.map(async ({ file, html }) => {
							const moved = cspMetaOwnHashes(cspMetaFirst(html));
							if (moved === html) return;
							const path = join(outDir, file);
							await writeFile(`${path}.csp-tmp`, moved);
							await rename(`${path}.csp-tmp`, path);
						}),
					);
				} catch (error) {
					// Let Pagefind finish first: stopping npm's wrapper would leave Pagefind itself writing into dist/.
					await indexing.catch(() => {});
					throw error;
				}

				const output = await indexing;
				for (const line of output.split('\n').filter((l) => /warn|error/i.test(l))) logger.warn(`Pagefind: ${line.trim()}`);
				logger.info(`Search index: ${/Indexed (\d+) pages?/.exec(output)?.[1] ?? '?'} pages.`);
			},
		},
	};
}
