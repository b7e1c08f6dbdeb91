import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertArticles, descendants, starlightPackage, STARLIGHT_VERSION, toStarlightMarkdown, vmHwmKiB } from './starlight';

const ARTICLE = `---
title: "Overview: a test"
description: "What it is."
topic: foundations
order: 1
tags: [pytorch]
sources:
  - title: "A source"
    url: "https://example.com/"
---
import Extra from '../src/components/Extra.astro';
export const meta = { x: 1 };

<InShort>
Short answer, kept.
</InShort>

Text with an escaped \\{brace\\}.

<Callout type="correction" title="TorchServe is archived">
The callout's text.
</Callout>

<FrameworkTabs>
<div slot="pytorch">

\`\`\`python title="model.py"
import torch
export_me = 1
<Tab label="not a tag">
\`\`\`

</div>
<div slot="keras">

\`\`\`python
import keras
\`\`\`

</div>
</FrameworkTabs>

<Tabs syncKey="k" label="JAX or torch.func">
<Tab label="JAX">
First tab.
</Tab>
<Tab label="torch.func">
Second tab.
</Tab>
</Tabs>

A line with an inline <Badge text="new" /> component.
`;

describe('toStarlightMarkdown', () => {
	const out = toStarlightMarkdown(ARTICLE, 'content/overview.mdx');

	it('keeps only title and description in the frontmatter', () => {
		expect(out.startsWith('---\ntitle: "Overview: a test"\ndescription: "What it is."\n---\n')).toBe(true);
		expect(out).not.toMatch(/topic:|sources:|example\.com/);
	});

	it('drops imports, exports and component tags but keeps their text, titles and labels in order', () => {
		expect(out).not.toMatch(/^import Extra|^export const/m);
		expect(out).not.toMatch(/<\/?(InShort|Callout|FrameworkTabs|Tabs|Badge)\b|<div slot|<\/div>/);
		expect(out).toContain('Short answer, kept.');
		expect(out).toContain('**TorchServe is archived**\n\nThe callout\'s text.');
		expect(out).toContain('A line with an inline  component.');
		const order = ['**JAX**', 'First tab.', '**torch.func**', 'Second tab.'].map((text) => out.indexOf(text));
		expect(order.every((at, i) => at >= 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);
	});

	it('leaves code fences unchanged, including lines that look like imports or tags', () => {
		expect(out).toContain('```python title="model.py"\nimport torch\nexport_me = 1\n<Tab label="not a tag">\n```');
		expect(out).toContain('```python\nimport keras\n```');
	});

	it('names the file when the frontmatter or its title is missing', () => {
		expect(() => toStarlightMarkdown('# no frontmatter', 'content/x.mdx')).toThrow('content/x.mdx: no frontmatter');
		expect(() => toStarlightMarkdown('---\ndescription: "d"\n---\nText', 'content/y.mdx')).toThrow('content/y.mdx: no title');
	});
});

describe('convertArticles', () => {
	it('writes each article as .md under the same slug, skipping _ files', () => {
		const dir = mkdtempSync(join(tmpdir(), 'starlight-convert-'));
		try {
			mkdirSync(join(dir, 'content', 'install'), { recursive: true });
			writeFileSync(join(dir, 'content', 'overview.mdx'), ARTICLE);
			writeFileSync(join(dir, 'content', 'install', 'linux.mdx'), ARTICLE);
			writeFileSync(join(dir, 'content', '_draft.mdx'), ARTICLE);
			expect(convertArticles(join(dir, 'content'), join(dir, 'docs'))).toBe(2);
			expect(readFileSync(join(dir, 'docs', 'install', 'linux.md'), 'utf8')).toContain('Short answer, kept.');
			expect(() => readFileSync(join(dir, 'docs', '_draft.md'))).toThrow();
			expect(() => convertArticles(join(dir, 'docs'), join(dir, 'again'))).toThrow(/No articles/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('Starlight install and memory helpers', () => {
	it('pins Starlight and the given astro version exactly', () => {
		expect(JSON.parse(starlightPackage('7.3.5')).dependencies).toEqual({ '@astrojs/starlight': STARLIGHT_VERSION, astro: '7.3.5' });
	});
	it('reads VmHWM from /proc status text', () => {
		expect(vmHwmKiB('Name:\tnode\nVmPeak:\t 999 kB\nVmHWM:\t  812345 kB\nVmRSS:\t 1 kB\n')).toBe(812345);
		expect(vmHwmKiB('Name:\tnode\n')).toBeNull();
	});
	it('finds a process tree', () => {
		const parents = new Map([[10, 1], [11, 10], [12, 11], [13, 1], [14, 10]]);
		expect(descendants(parents, 10).sort()).toEqual([10, 11, 12, 14]);
	});
});
