import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeBlocks, installProblems, linkedSlugs, versionTagProblems } from './checks';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');
const articles = readdirSync(CONTENT)
	.filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
	.map((name) => ({ name, slug: name.replace(/\.mdx$/, ''), source: readFileSync(join(CONTENT, name), 'utf8') }));
const slugs = new Set(articles.map((a) => a.slug));
/** Site pages that are not articles, which articles may link to. */
const PAGES = new Set(['install', 'search', 'choose', 'api-map', 'tags']);

describe('content-checks helpers', () => {
	it('finds fenced blocks with language, meta and line', () => {
		expect(codeBlocks('a\n```python title="x.py"\nprint(1)\n```\n\n  ```bash\n  ls\n  ```\n')).toEqual([
			{ lang: 'python', meta: 'title="x.py"', code: 'print(1)', line: 2 },
			{ lang: 'bash', meta: '', code: 'ls', line: 6 },
		]);
	});
	it.each([
		['pip3 install torch torchvision --index-url https://download.pytorch.org/whl/cu126', []],
		["python3 -m pip install 'tensorflow[and-cuda]'", []],
		['$ pip install -U tensorflow  # upgrade', []],
		['pip3 install torch --index-url https://download.pytorch.org/whl/cu999', ['index URL not on the official install pages: https://download.pytorch.org/whl/cu999']],
		['pip3 install torch --index-url https://example.com/simple', ['index URL not on the official install pages: https://example.com/simple']],
		['pip install torchaudio', ['package not named by the official install pages: torchaudio']],
		['pip install vllm  # vendor package with its source', []],
		['echo pip install anything', []],
	])('%s', (line, expected) => expect(installProblems(line)).toEqual(expected));
	it('reads article links', () => expect(linkedSlugs('See [a](/debugging/) and [b](/overview/#x) and [c](https://x.org/y/).')).toEqual(['debugging', 'overview']));
});

describe('articles', () => {
	it('content/ has articles to check', () => expect(articles.length).toBeGreaterThan(0));

	it('every Python block parses as Python 3', () => {
		const blocks = articles.flatMap((a) => codeBlocks(a.source).filter((b) => b.lang === 'python' || b.lang === 'py').map((b) => ({ where: `${a.name}:${b.line}`, code: b.code })));
		expect(blocks.length).toBeGreaterThan(20);
		const script = 'import ast, json, sys\nfor b in json.load(sys.stdin):\n    try:\n        ast.parse(b["code"])\n    except SyntaxError as e:\n        print(f\'{b["where"]}: {e.msg} (line {e.lineno} of the block)\')\n';
		const run = spawnSync('python3', ['-c', script], { input: JSON.stringify(blocks), encoding: 'utf8' });
		// No python3 is a failure, not a skip: the check must run.
		expect(run.error, 'python3 must be installed to check the examples').toBeUndefined();
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout.trim().split('\n').filter(Boolean)).toEqual([]);
	}, 60_000); // one python3 process for every block; slow when the machine is busy

	it('every install command uses a package and index URL from the official install pages', () => {
		const problems = articles.flatMap((a) =>
			codeBlocks(a.source)
				.filter((b) => ['bash', 'sh', 'shell', 'console', 'powershell'].includes(b.lang))
				.flatMap((b) => b.code.split('\n').flatMap((line, i) => installProblems(line).map((p) => `${a.name}:${b.line + 1 + i}: ${p}`))),
		);
		expect(problems).toEqual([]);
	});

	it.each(articles.map((a) => [a.slug, a] as const))('%s links to another article, and only to articles that exist', (_slug, article) => {
		const linked = linkedSlugs(article.source);
		expect(linked.filter((s) => s !== article.slug && slugs.has(s)).length).toBeGreaterThan(0);
		expect(linked.filter((s) => !slugs.has(s) && !PAGES.has(s))).toEqual([]);
	});

	it.each(articles.map((a) => [a.slug, a] as const))('%s opens with "In short" and ends with a verdict', (_slug, article) => {
		const body = article.source.replace(/^---[\s\S]*?---\s*/, '');
		expect(body.startsWith('<InShort>')).toBe(true);
		expect(body).toMatch(/\n## Verdict\n[\s\S]+$/);
		expect(body.split('\n## ').at(-1)?.startsWith('Verdict')).toBe(true);
	});
});

describe('articles: PyTorch version tags', () => {
	it('every version tag in an article (such as +rocm7.14 or +cu130) belongs to an official index', () => {
		const problems = articles.flatMap((a) =>
			a.source.split('\n').flatMap((line, i) => versionTagProblems(line).map((p) => `${a.name}:${i + 1}: ${p}`)),
		);
		expect(problems).toEqual([]);
	});
});
