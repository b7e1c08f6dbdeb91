import { spawn } from 'node:child_process';
import { join } from 'node:path';

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
export function astroBuild(env: Record<string, string>, outDir: string): Promise<BuildResult> {
	const start = performance.now();
	return new Promise((done) => {
		const child = spawn(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
			cwd: ROOT,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('close', (code) => done({ code, output, seconds: (performance.now() - start) / 1000 }));
	});
}
