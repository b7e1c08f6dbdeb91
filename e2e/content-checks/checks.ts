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
 * Package index URLs the official PyTorch install page uses for 2.14 (docs/facts.md §12: CPU, CUDA 12.6 / 13.0 /
 * 13.2, and ROCm 7.14 per the 2.14 row of RELEASE.md, pytorch/pytorch PR #194367). TensorFlow installs from PyPI.
 */
export const ALLOWED_INDEX_URLS = [
	'https://download.pytorch.org/whl/cpu',
	'https://download.pytorch.org/whl/cu126',
	'https://download.pytorch.org/whl/cu130',
	'https://download.pytorch.org/whl/cu132',
	// PyTorch 2.14's ROCm index: pytorch/pytorch RELEASE.md, 2.14 row (PR #194367)
	'https://download.pytorch.org/whl/rocm7.14',
	// Intel GPU (XPU) build: https://docs.pytorch.org/docs/stable/notes/get_start_xpu.html
	'https://download.pytorch.org/whl/xpu',
] as const;

/**
 * The local version tag PyTorch's default PyPI build keeps in `torch.__version__` on Linux (and WSL2): PyPI
 * promotion strips the tag from the wheel's metadata only, so the CUDA 13.0 build still prints `+cu130`
 * (docs/facts.md, E2).
 */
export const PYPI_DEFAULT_LINUX_TAG = 'cu130';

/** The local version tag (`cu130`, `rocm7.14`, `cpu`) of wheels from a download.pytorch.org index, or undefined. */
export function indexTag(url: string): string | undefined {
	return /^https:\/\/download\.pytorch\.org\/whl\/([a-z0-9.]+)$/.exec(url)?.[1];
}

/** The `--index-url` / `--extra-index-url` value of an install command's arguments, or undefined for plain PyPI. */
export function indexUrlOf(args: readonly string[]): string | undefined {
	const at = args.findIndex((a) => a === '--index-url' || a === '--extra-index-url');
	return at === -1 ? undefined : args[at + 1];
}

/**
 * Local version tags printed in text such as `2.14.1+rocm7.14 True` or `torch-2.14.1+cu130`: each tag must be one an
 * allowed index (or the default PyPI build) produces, so an output line cannot outlive the index it belongs to.
 */
export function versionTagProblems(text: string): string[] {
	const known = new Set<string>([PYPI_DEFAULT_LINUX_TAG, ...ALLOWED_INDEX_URLS.map((u) => indexTag(u) ?? '')]);
	return [...text.matchAll(/\b\d+\.\d+\.\d+\+([a-z][a-z0-9]*(?:\.[0-9]+)*)/g)]
		.map((m) => m[1] ?? '')
		.filter((tag) => !known.has(tag))
		.map((tag) => `version tag +${tag} matches no official PyTorch index`);
}

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
	// torch.onnx.export's default exporter needs these two (PyTorch docs: torch.onnx).
	'onnx',
	'onnxscript',
	// XProf, TensorFlow's profiler UI (openxla/xprof README).
	'xprof',
	// https://github.com/huggingface/safetensors (README: "pip install safetensors")
	'safetensors',
	// https://github.com/keras-team/keras (README: "Keras 2 remains available as the tf-keras package")
	'tf-keras',
	// https://github.com/jax-ml/jax (README, installation: "pip install -U jax" for CPU)
	'jax',
	// Vendor and companion packages, each with the official page that names the command:
	'torchao', // https://docs.pytorch.org/ao/stable/ ("pip install torchao")
	'litert-quantizer', // https://pypi.org/project/litert-quantizer/ (LiteRT migration guide)
	'vllm', // https://github.com/vllm-project/vllm README ("pip install vllm")
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
