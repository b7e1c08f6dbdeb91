import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { HIGHLIGHTED_CODE, codeFences } from './mdx-plugins';

describe('codeFences', () => {
	const cacheDir = mkdtempSync(join(tmpdir(), 'code-fences-test-'));
	afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
	const fence = '```python title="train.py" {2}\nimport torch\nx = "a \\"quoted\\" {brace} `tick` ${dollar}"\n```\n';

	it('leaves MDX fences as plain code in a <HighlightedCode> element, highlighted when the page renders', async () => {
		const { code } = await mdxToJs(fence, { hastPlugins: [codeFences({ cacheDir, setup: 'test' })] });
		expect(code).toContain(HIGHLIGHTED_CODE);
		expect(code).not.toContain('t-keyword');
		// The props carry the code exactly, quotes, braces, backticks and all.
		const props = /code: ("(?:[^"\\]|\\.)*")/.exec(code)?.[1];
		expect(JSON.parse(props ?? '""')).toBe('import torch\nx = "a \\"quoted\\" {brace} `tick` ${dollar}"');
		expect(code).toContain('lang: "python"');
		expect(code).toContain('meta: "title=\\"train.py\\" {2}"');
	});

	it('highlights plain Markdown fences where they are, which has no components', async () => {
		const { html } = await markdownToHtml(fence, { hastPlugins: [codeFences({ cacheDir, setup: 'test' })] });
		expect(html).toMatch(/^<figure class="code" data-lang="python">/);
		expect(html).toContain('<span class="t-keyword">import</span>');
		expect(html).not.toContain(HIGHLIGHTED_CODE);
	});
});
