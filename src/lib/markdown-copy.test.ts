import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { withoutFrontmatter } from './frontmatter';
import { articleMarkdown, llmsTxt, markdownPath, mdxToMarkdown } from './markdown-copy';

const SITE = { origin: 'https://example.org', base: '/guide/' };
const PAGE = 'https://example.org/guide/overview/';
const convert = (mdx: string) => mdxToMarkdown(mdx, PAGE, SITE, 'overview.mdx');

describe('mdxToMarkdown', () => {
	test('InShort becomes a blockquote headed "In short"', () => {
		expect(convert('<InShort>\nFirst line.\n\nSecond `code`.\n</InShort>\n\nAfter.')).toBe('> **In short**\n>\n> First line.\n>\n> Second `code`.\n\nAfter.\n');
	});

	test('Callout becomes a blockquote headed by its title, or its type', () => {
		expect(convert('<Callout type="warning" title="Mind the gap">\nText.\n</Callout>')).toBe('> **Mind the gap**\n>\n> Text.\n');
		expect(convert('<Callout type="correction">\nText.\n</Callout>')).toBe('> **Correction**\n>\n> Text.\n');
	});

	test('FrameworkTabs become a section per framework, one level under the heading they are in', () => {
		const mdx = '## Training\n\n<FrameworkTabs>\n<div slot="pytorch">\n\nTorch text.\n\n</div>\n<div slot="tensorflow">\n\nTF text.\n\n</div>\n</FrameworkTabs>\n';
		expect(convert(mdx)).toBe('## Training\n\n### PyTorch\n\nTorch text.\n\n### TensorFlow\n\nTF text.\n');
		expect(convert(`### Deeper\n\n${mdx.slice(mdx.indexOf('<Frame'))}`)).toContain('#### PyTorch');
	});

	test('Tabs become a section per label', () => {
		expect(convert('<Tabs>\n<Tab label="Linux">\n\nA\n\n</Tab>\n<Tab label="macOS">\n\nB\n\n</Tab>\n</Tabs>')).toBe('### Linux\n\nA\n\n### macOS\n\nB\n');
		// A group's attributes (syncKey, label) leave nothing either.
		expect(convert('<Tabs syncKey="os" label="Operating system">\n<Tab label="Linux">\n\nA\n\n</Tab>\n</Tabs>')).toBe('### Linux\n\nA\n');
	});

	test('links from the site root and fragments become absolute; external links and code stay', () => {
		expect(convert('See [graphs](/computational-graphs/#eager), [above](#intro), [PyPI](https://pypi.org/) and `[x](/not-a-link/)`.')).toBe(
			'See [graphs](https://example.org/guide/computational-graphs/#eager), [above](https://example.org/guide/overview/#intro), [PyPI](https://pypi.org/) and `[x](/not-a-link/)`.\n',
		);
	});

	test('code blocks are kept as written (component-like text too); the title goes before, the line marks go', () => {
		const mdx = '```python title="model.py" {2-3}\n<InShort> stays\n[x](/y/)\n```\n';
		expect(convert(mdx)).toBe('**model.py**\n\n```python\n<InShort> stays\n[x](/y/)\n```\n');
	});

	test('a component it cannot convert fails, naming the file and line', () => {
		expect(() => convert('Text.\n\nInline <Callout type="note">no</Callout> here.')).toThrow(/^overview\.mdx:3: cannot turn/);
	});
});

describe('articleMarkdown and llms.txt', () => {
	const info = {
		title: 'Overview',
		description: 'What this is.',
		path: '/overview/',
		updated: new Date('2026-11-25'),
		sources: [{ title: 'Docs', url: 'https://docs.example/' }],
	};

	test('an article: title, summary, its web address, body, sources', () => {
		expect(articleMarkdown(info, '---\ntitle: x\n---\n\nBody [a](/b/).\n', SITE, 'overview.mdx')).toBe(
			'# Overview\n\n> What this is.\n\nWeb page: https://example.org/guide/overview/. Updated 2026-11-25.\n\nBody [a](https://example.org/guide/b/).\n\n## Sources\n\n- [Docs](https://docs.example/)\n',
		);
	});

	test('llms.txt links every article\'s Markdown copy, by section, skipping empty sections', () => {
		const text = llmsTxt('Guide', 'A guide.', [{ label: 'Basics', articles: [info] }, { label: 'Empty', articles: [] }], SITE);
		expect(text).toMatch(/^# Guide\n\n> A guide\.\n/);
		expect(text).toContain('## Basics\n\n- [Overview](https://example.org/guide/overview.md): What this is.\n');
		expect(text).toContain('https://example.org/guide/llms-full.txt');
		expect(text).not.toContain('Empty');
		expect(markdownPath('/a/b/')).toBe('/a/b.md');
	});

	test('every article of content/ converts with no component tag left', () => {
		const dir = join(import.meta.dirname, '..', '..', 'content');
		const files = readdirSync(dir).filter((f) => /^[^_].*\.mdx$/.test(f));
		expect(files.length).toBeGreaterThan(0);
		for (const file of files) {
			const markdown = mdxToMarkdown(withoutFrontmatter(readFileSync(join(dir, file), 'utf8')), PAGE, SITE, file);
			const prose = markdown.replace(/^(`{3,}|~{3,})[\s\S]*?^\1/gm, '');
			expect(prose, file).not.toMatch(/<\/?(InShort|Callout|FrameworkTabs|Tabs|Tab|div)\b/);
			expect(prose, file).not.toMatch(/\]\(\/(?!\/)/);
		}
	});
});
