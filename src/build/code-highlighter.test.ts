import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storeDir } from './file-cache';
import { createCodeHighlighter, highlightKey } from './code-highlighter';

describe('highlightKey', () => {
	const key = highlightKey('setup', 'print(1)', 'python', 'title="a.py"');
	it('is stable', () => expect(highlightKey('setup', 'print(1)', 'python', 'title="a.py"')).toBe(key));
	it.each([
		['the setup', ['setup 2', 'print(1)', 'python', 'title="a.py"']],
		['the code', ['setup', 'print(2)', 'python', 'title="a.py"']],
		['the language', ['setup', 'print(1)', 'py', 'title="a.py"']],
		['the meta string', ['setup', 'print(1)', 'python', 'title="b.py"']],
		['a missing meta string', ['setup', 'print(1)', 'python', undefined]],
	] as const)('changes with %s', (_, [setup, code, lang, meta]) => expect(highlightKey(setup, code, lang, meta)).not.toBe(key));
});

describe('createCodeHighlighter', () => {
	const dir = mkdtempSync(join(tmpdir(), 'highlight-test-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('highlights with classes, never inline styles, inside the code frame', async () => {
		const html = await createCodeHighlighter(null, 'setup').highlight('import torch  # hi', 'python', 'title="a.py"');
		expect(html).toMatch(/^<figure class="code" data-lang="python"><figcaption class="code__bar"/);
		expect(html).toContain('<span class="t-keyword">import</span>');
		expect(html).toContain('data-language="python"');
		expect(html).not.toContain('style=');
	});

	it('shows an unknown language as plain text instead of failing', async () => {
		const html = await createCodeHighlighter(null, 'setup').highlight('x', 'no-such-language', undefined);
		expect(html).toContain('<code>');
		expect(html).toContain('data-language="plaintext"');
	});

	it('keeps each result in the cache folder and serves it from there next time', async () => {
		const first = createCodeHighlighter(dir, 'setup');
		const html = await first.highlight('x = 1', 'python', undefined);
		const folder = storeDir(dir, 'highlight', 'setup');
		const files = readdirSync(folder);
		expect(files).toHaveLength(1);
		// A new highlighter (a new build) reads the file instead of running Shiki: prove it by changing the file.
		writeFileSync(join(folder, files[0] ?? ''), '<p>from the cache</p>');
		expect(await createCodeHighlighter(dir, 'setup').highlight('x = 1', 'python', undefined)).toBe('<p>from the cache</p>');
		expect(await createCodeHighlighter(dir, 'setup').highlight('x = 2', 'python', undefined)).not.toBe(html);
		expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
	});
});
