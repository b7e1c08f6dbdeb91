import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { fingerprint } from './pipeline';

/**
 * SVG to PNG with resvg, on worker threads.
 *
 * Drawing and compressing a 1200 x 630 card takes about 14 ms of CPU, all of
 * it synchronous: on the build's main thread a thousand cards took 15 s, one
 * card at a time. A few workers draw them side by side on every core while
 * Astro waits. The worker's code is a string (below) so that it runs the same
 * from the source and from Astro's bundled build; it loads resvg from the path
 * resolved here.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvg);
parentPort.on('message', ({ id, svg, options }) => {
	try {
		parentPort.postMessage({ id, png: new Resvg(svg, options).render().asPng() });
	} catch (error) {
		parentPort.postMessage({ id, error: String(error && error.message ? error.message : error) });
	}
});
`;

interface Job {
	resolve: (png: Buffer) => void;
	reject: (error: Error) => void;
}

interface Rasterizer {
	worker: Worker;
	jobs: Map<number, Job>;
}

/**
 * What decides a card's pixels besides its SVG (which keys each card): this rasteriser, the card route (its
 * fonts and options) and the packages' versions. It names the card store's folder (storeDir in file-cache.ts).
 */
export function cardSetup(root: string): string {
	return fingerprint(root, { files: ['src/build/rasterize.ts', 'src/pages/og/[slug].png.ts'], packages: ['@resvg/resvg-js', '@expo-google-fonts/inter'] });
}

const RESVG = createRequire(import.meta.url).resolve('@resvg/resvg-js');
const POOL_SIZE = Math.max(1, Math.min(4, availableParallelism()));
const pool: Rasterizer[] = [];
let nextId = 0;

function start(): Rasterizer {
	const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { resvg: RESVG } });
	const rasterizer: Rasterizer = { worker, jobs: new Map() };
	worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
		const job = rasterizer.jobs.get(id);
		rasterizer.jobs.delete(id);
		// An idle worker must not keep a finished build's process alive.
		if (rasterizer.jobs.size === 0) worker.unref();
		if (png) job?.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
		else job?.reject(new Error(`resvg: ${error ?? 'no image'}`));
	});
	worker.on('error', (error) => {
		// A crashed worker fails its own cards; the next card starts a new one.
		const index = pool.indexOf(rasterizer);
		if (index !== -1) pool.splice(index, 1);
		for (const job of rasterizer.jobs.values()) job.reject(error);
	});
	return rasterizer;
}

/** An idle worker; else a new one, up to one per core (at most 4); else the least busy. */
function pick(): Rasterizer {
	const idle = pool.find((rasterizer) => rasterizer.jobs.size === 0);
	if (idle) return idle;
	if (pool.length < POOL_SIZE) {
		const rasterizer = start();
		pool.push(rasterizer);
		return rasterizer;
	}
	return pool.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
}

/** The PNG of `svg`, as resvg draws it with `options`. */
export function rasterize(svg: string, options: ResvgRenderOptions): Promise<Buffer> {
	const rasterizer = pick();
	const id = nextId++;
	return new Promise((resolve, reject) => {
		rasterizer.jobs.set(id, { resolve, reject });
		rasterizer.worker.ref();
		rasterizer.worker.postMessage({ id, svg, options });
	});
}
