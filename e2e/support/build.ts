import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const ROOT = join(import.meta.dirname, '..', '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface BuildResult {
	/** The exit code: 0 when the build succeeded. */
	code: number | null;
	/** stdout and stderr together, in order. */
	output: string;
	seconds: number;
}

/**
 * Runs `astro build` into `outDir` with extra environment variables (CONTENT_DIR,
 * BASE_PATH, ASTRO_CACHE_DIR…), without colours so output can be matched.
 * Used by the build tests and the benchmark.
 */
export async function astroBuild(env: Record<string, string>, outDir: string): Promise<BuildResult> {
	const unlock = await oneBuildAtATime();
	const start = performance.now();
	return new Promise<BuildResult>((done) => {
		const child = spawn(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
			cwd: ROOT,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('close', (code) => done({ code, output, seconds: (performance.now() - start) / 1000 }));
	}).finally(unlock);
}

const LOCK = join(ROOT, '.astro', 'e2e-build.lock');

/**
 * Waits until no other build of this project started by the tests runs, and takes the turn; the returned function
 * gives it back. Astro puts a build's server chunks in <root>/.astro/.prerender/ when the output folder is outside
 * the project (the tests build into temporary folders), so two such builds at once, from Playwright's two workers,
 * deleted each other's chunks ("Cannot find module .astro/.prerender/chunks/…"). The lock file holds its owner's
 * process id: a lock whose process is gone (a killed run) is taken over.
 */
async function oneBuildAtATime(): Promise<() => void> {
	mkdirSync(dirname(LOCK), { recursive: true });
	const giveUp = Date.now() + 15 * 60_000;
	for (;;) {
		try {
			writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
			return () => rmSync(LOCK, { force: true });
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		let owner = 0;
		try {
			owner = Number(readFileSync(LOCK, 'utf8').trim());
		} catch {
			continue; // Given back meanwhile: try again.
		}
		if (!alive(owner)) rmSync(LOCK, { force: true });
		else if (Date.now() > giveUp) throw new Error(`Waited 15 minutes for another build of this project (process ${owner}, ${LOCK}); delete the file if that process is not a build.`);
		else await sleep(250);
	}
}

function alive(pid: number): boolean {
	if (!Number.isInteger(pid) || pid <= 0) return false;
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}
