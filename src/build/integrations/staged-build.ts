import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { canStage } from '../out-dir';

/** Where a build of `outDir` (`/project/dist`) is staged: `/project/.dist-build/next`, the same file system, so a rename moves it. */
export function stagingDirs(outDir: string): { work: string; staging: string } {
	const work = join(dirname(outDir), `.${basename(outDir)}-build`);
	return { work, staging: join(work, 'next') };
}

/** A real folder (not a link to one) without a `.git` inside, or nothing yet. */
function swappable(outDir: string): boolean {
	const stat = lstatSync(outDir, { throwIfNoEntry: false });
	return stat === undefined || (stat.isDirectory() && !existsSync(join(outDir, '.git')));
}

/**
 * A failed build keeps the last good site. `astro build` writes into a
 * staging folder beside the output folder (`.dist-build/next` for `dist`),
 * and only when the build and every post-build step (links, search index,
 * headers: src/build/integrations/post-build.ts, listed before this integration so
 * its `astro:build:done` runs first) have passed is the staging folder
 * renamed to `dist`. A build that throws never reaches that point: `dist/` is
 * untouched, and a preview serving it goes on serving the old site.
 *
 * The swap is two renames (old `dist` aside, staging into place), so a
 * request in between can miss. The previous site is deleted at the start of
 * the next build, while Vite bundles (as is whatever a failed build left in
 * staging): the old site's files are still there for a server that was in the
 * middle of sending one, and the delete costs the build no time.
 *
 * `astro dev` is not affected (it writes no output folder). Nor is an output
 * folder that cannot be swapped: a symbolic link (renaming would replace the
 * link with a folder), a folder with `.git` inside (Astro keeps `.git`), or
 * one that holds the project or the cache (src/build/out-dir.ts): Astro builds
 * in place there, as it always did.
 */
export function stagedBuild(): AstroIntegration {
	let outDir = '';
	let dirs = { work: '', staging: '' };
	let removal: Promise<unknown> = Promise.resolve();
	return {
		name: 'field-guide:staged-build',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'build') return;
				// Without the trailing slash, which would make lstat and rename follow a link.
				const out = resolve(fileURLToPath(config.outDir));
				if (!swappable(out) || !canStage(out, resolve(fileURLToPath(config.root)), resolve(fileURLToPath(config.cacheDir)))) return;
				outDir = out;
				dirs = stagingDirs(out);
				updateConfig({ outDir: pathToFileURL(`${dirs.staging}/`) });
			},
			'astro:build:start': () => {
				if (!outDir) return;
				mkdirSync(dirs.work, { recursive: true });
				// What an earlier build left: the site it replaced, or its own unfinished staging folder.
				if (existsSync(dirs.staging)) renameSync(dirs.staging, join(dirs.work, `failed-${process.pid}-${Date.now()}`));
				const leftovers = readdirSync(dirs.work).map((name) => join(dirs.work, name));
				removal = Promise.all(leftovers.map((folder) => rm(folder, { recursive: true, force: true })));
			},
			'astro:build:done': async ({ logger }) => {
				if (!outDir) return;
				await removal;
				if (existsSync(outDir)) renameSync(outDir, join(dirs.work, `previous-${process.pid}-${Date.now()}`));
				renameSync(dirs.staging, outDir);
				logger.info(`Every check passed: the new site is in ${outDir}.`);
			},
		},
	};
}
