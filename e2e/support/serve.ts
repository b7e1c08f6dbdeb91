/**
 * A small static file server that behaves like a plain static host: it serves
 * dist/ under the base path, applies the `_headers` file (so the
 * Content-Security-Policy header is enforced in tests as in production),
 * redirects directory URLs to their trailing-slash form, and answers unknown
 * paths with 404.html and status 404.
 *
 *   node --experimental-strip-types e2e/support/serve.ts [dir] [--port 4321] [--base /]
 *
 * Hand-written rather than `sirv` or `serve-handler` with a `_headers` layer:
 * sirv lists the folder once at startup (its readme: it "performs all its work
 * upfront"), so it would serve the old file list after a rebuild replaced dist/,
 * and it answers `/overview` from `overview/index.html` where a static host
 * redirects; serve-handler brings seven pinned dependencies and its own
 * rewrite and header rules. Either still needs the `_headers` reader, the
 * 404.html page, the method check and the realpath containment below, so a
 * library would add code and dependencies without removing any of this.
 *
 * Robustness (issue #18): every request runs inside one error boundary, so no
 * request can stop the server: 400 for a target that does not parse, 405 for
 * methods other than GET and HEAD, 404 for a file that vanished between the
 * lookup and the read (a rebuild), and a response whose stream fails is ended,
 * never left hanging. Nothing outside the folder is reachable: the path is
 * checked with `path.relative` against the folder's real path, after symlinks
 * are resolved. `_headers` and `_redirects` are not served. The folder and
 * `_headers` are looked up again on each request (a stat each), so a rebuild
 * that swaps dist/ is served with its own headers.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { open, readFile, realpath, stat, type FileHandle } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseHeadersFile, headersFor, type HeaderRule } from '../../src/build/headers.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
};

/** Files a static host reads as configuration and never serves (Cloudflare Pages, Netlify). */
const CONFIG_FILES = new Set(['_headers', '_redirects']);
const ALLOWED_METHODS = 'GET, HEAD';

/** A request the server refuses with a status and a short text. */
class HttpError extends Error {
	readonly status: number;
	readonly headers: Record<string, string>;
	constructor(status: number, message: string, headers: Record<string, string> = {}) {
		super(message);
		this.status = status;
		this.headers = headers;
	}
}

/** A failure that means "no such file" (gone, or a file where a folder was expected). */
function isMissing(error: unknown): boolean {
	const code = (error as NodeJS.ErrnoException | null)?.code;
	return code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP' || code === 'ENAMETOOLONG';
}

/** `path` if it lies inside `root` (both absolute, resolved), else null. */
export function inside(root: string, path: string): string | null {
	const rel = relative(root, path);
	if (rel === '') return path;
	if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null;
	return path;
}

/** The real path of `path` if it exists and, symlinks resolved, lies inside `realRoot`; null otherwise. */
async function realInside(realRoot: string, path: string): Promise<string | null> {
	if (!inside(realRoot, path)) return null;
	try {
		return inside(realRoot, await realpath(path));
	} catch (error) {
		if (isMissing(error)) return null;
		throw error;
	}
}

/** The `_headers` rules of a folder, read again only when the file changes. */
function headerRules(): (realRoot: string) => Promise<HeaderRule[]> {
	let key = '';
	let rules: HeaderRule[] = [];
	return async (realRoot) => {
		const file = join(realRoot, '_headers');
		const info = await stat(file).catch(() => null);
		const current = info ? `${file}:${info.mtimeMs}:${info.size}:${info.ino}` : '';
		if (current !== key) {
			// No _headers file: serve without extra headers, as a host would.
			rules = info ? parseHeadersFile(await readFile(file, 'utf8').catch(() => '')) : [];
			key = current;
		}
		return rules;
	};
}

export async function startServer(dir: string, port: number, base = '/'): Promise<Server> {
	const root = resolve(dir);
	if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
		throw new Error(`No folder to serve at ${root}: run \`npm run build\` first, or name the folder to serve.`);
	}
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const rulesFor = headerRules();

	const handle = async (request: IncomingMessage, response: ServerResponse) => {
		if (request.method !== 'GET' && request.method !== 'HEAD') {
			throw new HttpError(405, 'Method not allowed', { Allow: ALLOWED_METHODS });
		}
		let url: URL;
		try {
			url = new URL(request.url ?? '/', 'http://localhost');
		} catch {
			throw new HttpError(400, 'Bad request target');
		}
		// Resolved on each request: a rebuild may have replaced the folder (a rename) since the last one.
		const realRoot = await realpath(root).catch((error: unknown) => {
			if (isMissing(error)) throw new HttpError(503, `The folder ${root} is missing (a rebuild in progress?)`);
			throw error;
		});
		const rules = await rulesFor(realRoot);

		/** Sends a file, opened before the headers go out: once open, a rebuild deleting it cannot cut the body. */
		const send = async (status: number, path: string): Promise<boolean> => {
			const real = await realInside(realRoot, path);
			if (!real) return false;
			let handle: FileHandle;
			try {
				handle = await open(real, 'r');
			} catch (error) {
				if (isMissing(error) || (error as NodeJS.ErrnoException).code === 'EISDIR') return false;
				throw error;
			}
			try {
				const info = await handle.stat();
				if (!info.isFile()) return false;
				for (const [name, value] of headersFor(rules, url.pathname)) response.setHeader(name, value);
				response.writeHead(status, {
					'Content-Type': TYPES[extname(real)] ?? 'application/octet-stream',
					'Content-Length': info.size,
				});
				if (request.method === 'HEAD' || info.size === 0) {
					response.end();
					return true;
				}
				// At most the announced length; a file rewritten shorter mid-read fails the response (it is cut
				// below), where ending it early would leave the client waiting for the missing bytes.
				let sent = 0;
				const body = handle.createReadStream({ autoClose: false, start: 0, end: info.size - 1 });
				await pipeline(body, async function* (chunks: AsyncIterable<Buffer>) {
					for await (const chunk of chunks) {
						sent += chunk.length;
						yield chunk;
					}
				}, response, { end: false });
				if (sent !== info.size) throw new Error(`${real} changed while it was sent`);
				response.end();
				return true;
			} finally {
				await handle.close().catch(() => {});
			}
		};
		const notFound = async () => {
			if (await send(404, join(realRoot, '404.html'))) return;
			response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
		};

		if (!url.pathname.startsWith(prefix) && `${url.pathname}/` !== prefix) return notFound();
		let path: string;
		try {
			path = decodeURIComponent(url.pathname.slice(prefix.length - 1));
		} catch {
			throw new HttpError(400, 'Bad percent-encoding in the path');
		}
		if (path.includes('\0')) throw new HttpError(400, 'Bad request target');
		const file = resolve(realRoot, `.${path}`);
		if (!inside(realRoot, file)) return notFound();
		if (CONFIG_FILES.has(relative(realRoot, file))) return notFound();

		if (path.endsWith('/') || `${url.pathname}/` === prefix) {
			if (await send(200, join(file, 'index.html'))) return;
			return notFound();
		}
		if (await send(200, file)) return;
		const real = await realInside(realRoot, file);
		if (real && (await stat(real).catch(() => null))?.isDirectory()) {
			response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
			return;
		}
		return notFound();
	};

	const server = createServer((request, response) => {
		handle(request, response).catch((error: unknown) => {
			if (response.headersSent) {
				// The body was cut (the file failed mid-read, or the client left): end the connection, never hang.
				response.destroy();
				return;
			}
			const known = error instanceof HttpError;
			if (!known) console.error(`serve: ${request.method} ${request.url}: ${(error as Error)?.message ?? error}`);
			const status = known ? error.status : 500;
			const text = known ? error.message : 'Internal server error';
			response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...(known ? error.headers : {}) });
			response.end(request.method === 'HEAD' ? undefined : `${text}\n`);
		});
	});
	// A malformed request line or header (below the handler): answer 400 and close, as Node does by default.
	server.on('clientError', (_error, socket) => {
		if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
		else socket.destroy();
	});
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () => {
			server.off('error', fail);
			done();
		});
	});
	return server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const args = process.argv.slice(2);
	const option = (name: string) => {
		const index = args.indexOf(name);
		return index >= 0 ? args[index + 1] : undefined;
	};
	const dir = args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'dist';
	const port = Number(option('--port') ?? process.env.PORT ?? 4321);
	const base = option('--base') ?? process.env.BASE_PATH ?? '/';
	const normalized = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
	try {
		await startServer(dir, port, normalized);
		console.log(`Serving ${dir} at http://localhost:${port}${normalized} (Ctrl+C to stop)`);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EADDRINUSE') console.error(`serve: port ${port} is in use: stop the other server or pass --port <number>.`);
		else if (code === 'EACCES') console.error(`serve: no permission to listen on port ${port}: pass --port <number> above 1023.`);
		else console.error(`serve: ${(error as Error).message}`);
		process.exit(1);
	}
}
