import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import GithubSlugger from 'github-slugger';
import { defineHastPlugin } from 'satteri';
import type { HastPluginEntry } from 'satteri';
import { AUTHOR_COMPONENTS, componentProblem, unknownComponentProblem, type ComponentUse } from '../lib/mdx-components';
import { rebaseHref } from '../lib/urls';
import { createCodeHighlighter } from './code-highlighter';

interface JsxAttribute {
	type: string;
	name?: string;
	value?: unknown;
}
interface JsxNode {
	type: string;
	position?: { start: { line: number; column: number } } | undefined;
	name?: string | null;
	tagName?: string;
	value?: string;
	attributes?: JsxAttribute[];
	children?: JsxNode[];
}

function fileName(url: URL | undefined): string {
	return url ? relative(process.cwd(), fileURLToPath(url)) : '(unknown file)';
}

function describe(node: JsxNode): ComponentUse {
	const attributes: Record<string, string | undefined> = {};
	for (const attribute of node.attributes ?? []) {
		if (attribute.type === 'mdxJsxAttribute' && attribute.name) {
			attributes[attribute.name] = typeof attribute.value === 'string' ? attribute.value : undefined;
		}
	}
	const children: ComponentUse['children'] = [];
	let hasLooseText = false;
	for (const child of node.children ?? []) {
		if (child.type === 'text') {
			if ((child.value ?? '').trim() !== '') hasLooseText = true;
		} else if (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement' || child.type === 'element') {
			const slot = child.attributes?.find((a) => a.name === 'slot')?.value;
			children.push({ name: child.name ?? child.tagName ?? '', slot: typeof slot === 'string' ? slot : undefined });
		}
	}
	return { name: node.name ?? '', attributes, children, hasLooseText };
}

/**
 * An author error: "file:line:column: what is wrong". The `line` and `column`
 * properties give Astro's MDX step the location it prints under the message.
 */
export class AuthorError extends Error {
	line: number | undefined;
	column: number | undefined;
	constructor(file: string, node: JsxNode, problem: string) {
		const start = node.position?.start;
		super(`${file}${start ? `:${start.line}:${start.column}` : ''}: ${problem}`);
		this.name = 'AuthorError';
		this.line = start?.line;
		this.column = start?.column;
	}
}

/** Every node of a tree, depth first. */
function walk(node: JsxNode, visit: (node: JsxNode) => void): void {
	visit(node);
	for (const child of node.children ?? []) walk(child, visit);
}

/**
 * Fails the build, naming the file and line, when an author component is used
 * wrongly, or when a component that does not exist is used (a capitalised tag
 * other than the five in AUTHOR_COMPONENTS), before the page renders.
 */
export const validateComponents = defineHastPlugin({
	name: 'field-guide:validate-components',
	options: { position: true },
	// Unknown names cannot be filtered for, so the tree is walked once.
	before(root, ctx) {
		walk(root as unknown as JsxNode, (node) => {
			if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
			const problem = unknownComponentProblem(node.name ?? '');
			if (problem !== null) throw new AuthorError(fileName(ctx.fileURL), node, problem);
		});
	},
	mdxJsxFlowElement: {
		filter: [...AUTHOR_COMPONENTS],
		visit(node, ctx) {
			const problem = componentProblem(describe(node as unknown as JsxNode));
			if (problem !== null) throw new AuthorError(fileName(ctx.fileURL), node as unknown as JsxNode, problem);
		},
	},
});

/** Prefixes root-relative links written in Markdown (`/debugging/`) with the site's base path. */
export function rebaseLinks(base: string): HastPluginEntry {
	if (base === '/' || base === '') return null;
	return defineHastPlugin({
		name: 'field-guide:rebase-links',
		element: {
			filter: ['a', 'img'],
			visit(node, ctx) {
				const attribute = node.tagName === 'a' ? 'href' : 'src';
				const value = node.properties[attribute];
				if (typeof value === 'string') ctx.setProperty(node, attribute, rebaseHref(value, base));
			},
		},
	});
}

/**
 * Gives every heading its id (GitHub-style slug, the same as Astro's own
 * heading-ids step, which keeps ids that exist; it runs after this) and every
 * h2 and h3 a link to itself, revealed on hover and focus so it can be
 * copied. The link has no text (CSS draws the "#"), so heading text in the
 * table of contents and in search stays clean.
 */
export const headingAnchors: HastPluginEntry = () => {
	const slugger = new GithubSlugger();
	return defineHastPlugin({
		name: 'field-guide:heading-anchors',
		element: {
			filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
			visit(node, ctx) {
				const text = ctx.textContent(node);
				const existing = node.properties.id;
				const id = typeof existing === 'string' && existing !== '' ? existing : slugger.slug(text);
				if (existing !== id) ctx.setProperty(node, 'id', id);
				if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
				ctx.appendChild(node, {
					type: 'element',
					tagName: 'a',
					properties: { className: ['anchor'], href: `#${id}`, ariaLabel: `Link to the section “${text}”`, dataPagefindIgnore: '' },
					children: [],
				});
			},
		},
	});
};

/**
 * Wraps every table in a focusable, horizontally scrollable group, so wide
 * comparison tables stay readable on a phone. Its header row stays out of the
 * search index: column names ("Situation Suggested framework Why") are not
 * text a search excerpt should show.
 */
export const scrollableTables = defineHastPlugin({
	name: 'field-guide:scrollable-tables',
	element: {
		filter: ['table', 'thead'],
		visit(node, ctx) {
			if (node.tagName === 'thead') return ctx.setProperty(node, 'dataPagefindIgnore', '');
			ctx.wrapNode(node, { raw: '<div class="table-scroll" role="group" aria-label="Table (scrolls sideways)" tabindex="0"></div>' });
		},
	},
});

/** The component a code fence becomes (src/components/content/HighlightedCode.astro); article pages pass it to the MDX. */
export const HIGHLIGHTED_CODE = 'HighlightedCode';

/**
 * Turns every code fence in MDX into a <HighlightedCode> element holding the
 * plain code, its language and its meta string; the component highlights it
 * when the page renders (src/build/code-highlighter.ts, through the build cache). In
 * plain Markdown, which has no components, the fence is highlighted here,
 * through the same cache. Either way it replaces Astro's own highlighting
 * step, which is switched off in astro.config.mjs.
 *
 * Why not highlight MDX here, at compile time: every compiled article is a
 * module that Vite and Rolldown bundle on every build, changed or not, and
 * Shiki's markup (a <span> per token) was about 40% of those modules' bytes.
 * Plain code keeps them small, which took about 1.3 s off a 1,000-article
 * rebuild here; a rebuild then highlights only the pages it renders again.
 */
export function codeFences({ cacheDir, setup }: { cacheDir: string; setup: string }): HastPluginEntry {
	const highlighter = createCodeHighlighter(cacheDir, setup);
	return defineHastPlugin({
		name: 'field-guide:code-fences',
		element: {
			filter: ['pre'],
			visit(node, ctx) {
				const code = node.children.find((child) => child.type === 'element' && child.tagName === 'code');
				if (code?.type !== 'element') return;
				const className: unknown = code.properties.className;
				const languageClass = Array.isArray(className) ? className.find((name): name is string => typeof name === 'string' && name.startsWith('language-')) : undefined;
				const data = code.data as { lang?: string; meta?: string } | undefined;
				const lang = data?.lang ?? languageClass?.slice('language-'.length) ?? 'plaintext';
				if (lang === 'math') return;
				const text = ctx.textContent(code).replace(/\n$/, '');
				const meta = typeof data?.meta === 'string' ? data.meta : undefined;
				if (ctx.sourceFormat !== 'mdx') return highlighter.highlight(text, lang, meta).then((value) => ({ type: 'raw' as const, value }));
				const attribute = (name: string, value: string) => ({ type: 'mdxJsxAttribute' as const, name, value });
				return {
					type: 'mdxJsxFlowElement' as const,
					name: HIGHLIGHTED_CODE,
					attributes: [attribute('code', text), attribute('lang', lang), ...(meta === undefined ? [] : [attribute('meta', meta)])],
					children: [],
				};
			},
		},
	});
}
