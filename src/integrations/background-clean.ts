import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { canMoveAside } from '../lib/out-dir';

/** A real folder (not a link to one) without a `.git` inside. */
function movable(outDir: string): boolean {
	return (lstatSync(outDir, { throwIfNoEntry: false })?.isDirectory() ?? false) && !existsSync(join(outDir, '.git'));
}

/**
 * Astro empties the output folder before it bundles, synchronously, so
 * nothing else runs meanwhile: half a second for the 3,500 files of a
 * 1,000-article site on the benchmark machine. This moves the previous output
 * into the build cache folder as the build starts (a rename: instant on one
 * file system), so Astro finds nothing to empty, and deletes it there while
 * Vite bundles. The build still starts from an empty folder. Astro empties
 * the folder itself, as always, when the move is not possible or not wanted:
 * nothing to move, another file system, an output folder that holds the
 * project or the cache (src/lib/out-dir.ts), a symbolic link (moving it would
 * replace the link with a folder) or a folder with a `.git` in it (which
 * Astro means to keep). Whatever an interrupted build left in the trash goes
 * with the next build's.
 */
export function backgroundClean(cacheDir: string): AstroIntegration {
	const trashRoot = join(cacheDir, 'field-guide-trash');
	let outDir = '';
	let root = '';
	let removal: Promise<unknown> = Promise.resolve();
	return {
		name: 'field-guide:background-clean',
		hooks: {
			'astro:config:done': ({ config }) => {
				// Without the trailing slash, which would make lstat and rename follow a link.
				outDir = resolve(fileURLToPath(config.outDir));
				root = resolve(fileURLToPath(config.root));
			},
			'astro:build:start': () => {
				const trash = existsSync(trashRoot) ? readdirSync(trashRoot).map((name) => join(trashRoot, name)) : [];
				if (movable(outDir) && canMoveAside(outDir, root, cacheDir)) {
					const target = join(trashRoot, `${process.pid}-${Date.now()}`);
					try {
						mkdirSync(trashRoot, { recursive: true });
						renameSync(outDir, target);
						trash.push(target);
					} catch {
						// Left where it is: Astro empties it.
					}
				}
				removal = Promise.all(trash.map((folder) => rm(folder, { recursive: true, force: true })));
			},
			'astro:build:done': async () => {
				await removal;
			},
		},
	};
}
