/**
 * A small static file server that behaves like a plain static host: it serves
 * dist/ under the base path, applies the `_headers` file (so the
 * Content-Security-Policy header is enforced in tests as in production),
 * redirects directory URLs to their trailing-slash form, and answers unknown
 * paths with 404.html and status 404.
 *
 *   node --experimental-strip-types e2e/support/serve.ts [dir] [--port 4321] [--base /]
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { parseHeadersFile, headersFor, type HeaderRule } from '../../src/lib/headers.ts';

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

async function isFile(path: string): Promise<boolean> {
	return (await stat(path).catch(() => null))?.isFile() ?? false;
}

async function isDirectory(path: string): Promise<boolean> {
	return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}

export async function startServer(dir: string, port: number, base = '/'): Promise<Server> {
	const root = resolve(dir);
	const prefix = base.endsWith('/') ? base : `${base}/`;
	let rules: HeaderRule[] = [];
	try {
		rules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8'));
	} catch {
		// No _headers file: serve without extra headers, as a host would.
	}
	const server = createServer(async (request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const send = async (status: number, file: string) => {
			for (const [name, value] of headersFor(rules, url.pathname)) response.setHeader(name, value);
			response.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
			response.end(request.method === 'HEAD' ? undefined : await readFile(file));
		};
		const notFound = async () => {
			const page = join(root, '404.html');
			if (await isFile(page)) return send(404, page);
			response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
		};
		if (!url.pathname.startsWith(prefix) && `${url.pathname}/` !== prefix) return notFound();
		let path: string;
		try {
			path = decodeURIComponent(url.pathname.slice(prefix.length - 1));
		} catch {
			return notFound();
		}
		const file = normalize(join(root, path));
		if (!file.startsWith(root)) return notFound();
		if (path.endsWith('/') || `${url.pathname}/` === prefix) {
			const index = join(file, 'index.html');
			return (await isFile(index)) ? send(200, index) : notFound();
		}
		if (await isFile(file)) return send(200, file);
		if (await isDirectory(file)) {
			response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
			return;
		}
		return notFound();
	});
	await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
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
	await startServer(dir, port, normalized);
	console.log(`Serving ${dir} at http://localhost:${port}${normalized} (Ctrl+C to stop)`);
}
