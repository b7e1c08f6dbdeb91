import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { AuthorError, HIGHLIGHTED_CODE, codeFences, validateComponents } from './mdx-plugins';

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

describe('validateComponents', () => {
	const compile = (mdx: string) => mdxToJs(mdx, { hastPlugins: [validateComponents], fileURL: new URL('file:///site/content/a.mdx') } as Parameters<typeof mdxToJs>[1]);
	const failure = async (mdx: string) => {
		try {
			await compile(mdx);
		} catch (error) {
			return error as AuthorError;
		}
		throw new Error('compiled without an error');
	};

	it('names an unknown component, the five that exist, and the line', async () => {
		const error = await failure('# Title\n\nText.\n\n<Aside type="note">\nHi\n</Aside>\n');
		expect(error.message).toMatch(/a\.mdx:5:1: <Aside> is not a component of this site\. Articles can use <FrameworkTabs>, <Tabs>, <Tab>, <Callout>, <InShort>, with no import\. For a note or warning, write <Callout type="note">/);
		expect([error.line, error.column]).toEqual([5, 1]);
	});
	it('finds an unknown component inside text and inside another component', async () => {
		expect((await failure('Some <Badge>new</Badge> text.\n')).message).toMatch(/:1:6: <Badge> is not a component/);
		expect((await failure('<Callout type="tip">\n\n<Note>x</Note>\n\n</Callout>\n')).message).toMatch(/:3:1: <Note> is not a component/);
	});
	it('gives the line of a wrong slot or callout type', async () => {
		expect((await failure('Text.\n\n<Callout type="danger">\nx\n</Callout>\n')).message).toMatch(/a\.mdx:3:1: <Callout> has type "danger"/);
		const tabs = '<FrameworkTabs>\n<div slot="pytorch">\n\nA\n\n</div>\n<div slot="jax">\n\nB\n\n</div>\n</FrameworkTabs>\n';
		expect((await failure(`Text.\n\n${tabs}`)).line).toBe(3);
	});
	it('lets the five components and plain HTML through', async () => {
		expect(await compile('<InShort>\nA\n</InShort>\n\n<Callout type="note">\nB <kbd>K</kbd>\n</Callout>\n\n<div>x</div>\n')).toHaveProperty('code');
	});
});
