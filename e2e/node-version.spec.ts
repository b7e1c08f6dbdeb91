import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { satisfies } from '../scripts/check-node.mjs';

/**
 * A Node.js older than package.json "engines" stops `npm install` before it
 * downloads anything, and `npm start` with a message that says what to do.
 * Needs an old Node to try: the system one on the development machines
 * (/usr/bin/node, Node 20). Skipped where there is none.
 */
const ROOT = join(import.meta.dirname, '..');
const range = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
const OLD_BIN = process.env.OLD_NODE_BIN ?? '/usr/bin';
const oldVersion = existsSync(join(OLD_BIN, 'node')) ? spawnSync(join(OLD_BIN, 'node'), ['--version'], { encoding: 'utf8' }).stdout.trim() : '';
const usable = oldVersion !== '' && !satisfies(oldVersion, range) && existsSync(join(OLD_BIN, 'npm'));

test.describe('on a Node.js older than the floor', () => {
	test.skip(!usable, `needs an old Node.js and npm in ${OLD_BIN} (found ${oldVersion || 'none'})`);
	let dir = '';
	test.beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'field-guide-old-node-'));
		for (const file of ['package.json', 'package-lock.json', '.npmrc', '.nvmrc', 'scripts']) cpSync(join(ROOT, file), join(dir, file), { recursive: true });
	});
	test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

	/** Runs the old npm in the copy. Registry unreachable: a download attempt would show as a connection error. */
	const npm = (...args: string[]) => {
		const env = { ...process.env, PATH: `${OLD_BIN}:${process.env.PATH ?? ''}`, npm_config_registry: 'http://127.0.0.1:9/', npm_config_fetch_retries: '0' };
		const run = spawnSync(join(OLD_BIN, 'npm'), args, { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
		return { code: run.status, output: `${run.stdout}${run.stderr}` };
	};

	for (const command of ['install', 'ci']) {
		test(`npm ${command} stops before downloading, naming the version needed and nvm use`, () => {
			const { code, output } = npm(command);
			expect(code).not.toBe(0);
			expect(output).toContain('EBADENGINE');
			expect(output).toContain(`"node":"${range}"`);
			expect(output).toContain('nvm use');
			expect(output).toContain(oldVersion);
			expect(output).not.toMatch(/ECONNREFUSED|fetch|network/i);
			expect(existsSync(join(dir, 'node_modules'))).toBe(false);
		});
	}

	test('npm start says which version is needed and to run nvm use', () => {
		const { code, output } = npm('start');
		expect(code).not.toBe(0);
		expect(output).toContain(`This project needs Node.js ${range}; this is Node.js ${oldVersion}.`);
		expect(output).toContain('Run `nvm use` (it reads .nvmrc');
		expect(output).not.toContain('astro');
	});
});
