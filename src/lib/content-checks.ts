/**
 * Checks over the article sources that a build cannot make: code that must
 * parse, install commands that must match the official install pages, links
 * between articles. Used by content.test.ts.
 */

export interface CodeBlock {
	lang: string;
	meta: string;
	code: string;
	/** 1-based line of the opening fence in the file. */
	line: number;
}

/** Fenced code blocks of a Markdown/MDX file (``` fences, any indentation). */
export function codeBlocks(source: string): CodeBlock[] {
	const blocks: CodeBlock[] = [];
	const lines = source.split('\n');
	let i = 0;
	while (i < lines.length) {
		const open = /^(\s*)(`{3,})([\w+-]*)\s*(.*)$/.exec(lines[i] ?? '');
		i++;
		if (!open) continue;
		const [, indent = '', fence = '```', lang = '', meta = ''] = open;
		const start = i;
		while (i < lines.length && !(lines[i] ?? '').trimStart().startsWith(fence)) i++;
		const code = lines.slice(start, i).map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line));
		blocks.push({ lang: lang.toLowerCase(), meta, code: code.join('\n'), line: start });
		i++; // the closing fence
	}
	return blocks;
}

/** Article slugs linked from the text as root-relative links (`](/debugging/)` or `href="/debugging/"`). */
export function linkedSlugs(source: string): string[] {
	return [...source.matchAll(/(?:\]\(|href=")\/([a-z0-9-]+)\/(?:#[^)"]*)?[)"]/g)].map((m) => m[1] ?? '');
}

/**
 * Package index URLs the official PyTorch install page uses (facts.md §12:
 * CPU, CUDA 12.6 / 13.0 / 13.2, ROCm 7.2). TensorFlow installs from PyPI itself.
 */
export const ALLOWED_INDEX_URLS = [
	'https://download.pytorch.org/whl/cpu',
	'https://download.pytorch.org/whl/cu126',
	'https://download.pytorch.org/whl/cu130',
	'https://download.pytorch.org/whl/cu132',
	'https://download.pytorch.org/whl/rocm7.2',
	// PyTorch 2.14's ROCm index: pytorch/pytorch RELEASE.md, 2.14 row (PR #194367)
	'https://download.pytorch.org/whl/rocm7.14',
	// Intel GPU (XPU) build: https://docs.pytorch.org/docs/stable/notes/get_start_xpu.html
	'https://download.pytorch.org/whl/xpu',
] as const;

/** Package specifiers the official install pages (and the LiteRT/ExecuTorch pages) name. */
export const ALLOWED_PACKAGES = [
	'torch',
	'torchvision',
	'torch-tpu',
	'tensorflow',
	'tensorflow[and-cuda]',
	'tensorflow[tensorboard]',
	'tensorflow<2.11',
	'tensorflow-metal',
	'tensorboard',
	'keras',
	'ai-edge-litert',
	'litert-torch',
	'executorch',
] as const;

const INSTALL = /^(?:pip3?|python3? -m pip|py -m pip|uv pip) install\s+(.*)$/;

/** Problems with one shell line, or [] when it is not an install command or is fine. */
export function installProblems(line: string): string[] {
	const command = line.trim().replace(/^\$ /, '').replace(/\s+#.*$/, '');
	const match = INSTALL.exec(command);
	if (!match) return [];
	const words = (match[1] ?? '').match(/'[^']*'|"[^"]*"|\S+/g) ?? [];
	const problems: string[] = [];
	for (let i = 0; i < words.length; i++) {
		const word = (words[i] ?? '').replace(/^['"]|['"]$/g, '');
		if (word === '--index-url' || word === '--extra-index-url') {
			const url = (words[++i] ?? '').replace(/^['"]|['"]$/g, '');
			if (!(ALLOWED_INDEX_URLS as readonly string[]).includes(url)) problems.push(`index URL not on the official install pages: ${url}`);
		} else if (word.startsWith('-')) {
			if (!['-U', '--upgrade'].includes(word)) problems.push(`unexpected option ${word}`);
		} else if (!(ALLOWED_PACKAGES as readonly string[]).includes(word)) {
			problems.push(`package not named by the official install pages: ${word}`);
		}
	}
	if (words.length === 0) problems.push('install command without a package');
	return problems;
}
