import { FRAMEWORKS } from './choices';
import { withoutFrontmatter } from './frontmatter';
import { withBase } from './urls';

/**
 * Plain-Markdown copies of the articles for readers who work with LLM tools
 * (`/<slug>.md`, `llms.txt`, `llms-full.txt`): the MDX source with every
 * component turned into Markdown, and every link made absolute.
 *
 * - `<InShort>` becomes a blockquote headed "In short".
 * - `<Callout type title>` becomes a blockquote headed by its title (or type).
 * - `<FrameworkTabs>` becomes a section per framework (`### PyTorch`), and
 *   `<Tabs>`/`<Tab label>` a section per label, one level under the heading
 *   they sit in (at least `###`).
 * - Links written from the site root (`/debugging/`) and fragments (`#x`)
 *   get the site's origin and base path; code is left exactly as written.
 */

export interface MarkdownSite {
	/** The site's origin, `https://example.org`. */
	origin: string;
	/** The base path, `/` or `/field-guide/`. */
	base: string;
}

export interface ArticleInfo {
	title: string;
	description: string;
	/** The article's site path, `/debugging/`. */
	path: string;
	updated: Date;
	sources: readonly { title: string; url: string }[];
}

const CALLOUT_TITLES: Record<string, string> = { note: 'Note', tip: 'Tip', warning: 'Warning', correction: 'Correction' };
const COMPONENT = /<\/?(InShort|Callout|FrameworkTabs|Tabs|Tab)\b/;

/** An absolute URL for a site path. */
export function absoluteUrl(path: string, site: MarkdownSite): string {
	return new URL(withBase(path, site.base), site.origin).href;
}

function attribute(tag: string, name: string): string | undefined {
	return new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)')`).exec(tag)?.slice(1).find((v) => v !== undefined);
}

/** Root-relative links and fragments made absolute, outside inline code. */
function absoluteLinks(line: string, pageUrl: string, site: MarkdownSite): string {
	return line
		.split(/(`+[^`]*`+)/)
		.map((part, i) =>
			i % 2 === 1
				? part
				: part
						.replace(/\]\((\/(?!\/)[^)\s]*)/g, (_, path: string) => `](${absoluteUrl(path, site)}`)
						.replace(/\]\((#[^)\s]*)/g, (_, hash: string) => `](${pageUrl}${hash}`),
		)
		.join('');
}

/**
 * The body of an MDX article (frontmatter removed) as Markdown. Throws,
 * naming `file`, when a component is left that this does not know.
 */
export function mdxToMarkdown(body: string, pageUrl: string, site: MarkdownSite, file: string): string {
	const out: string[] = [];
	let fence: string | undefined;
	let quote: string[] | undefined;
	let headingLevel = 2;
	const sectionHeading = (label: string) => `${'#'.repeat(Math.min(6, Math.max(3, headingLevel + 1)))} ${label}`;
	const emit = (line: string) => (quote ? quote : out).push(line);

	for (const [index, line] of body.split('\n').entries()) {
		const trimmed = line.trim();
		if (fence) {
			emit(line);
			if (trimmed.startsWith(fence) && trimmed.replace(/[`~]/g, '') === '') fence = undefined;
			continue;
		}
		const opening = /^(`{3,}|~{3,})\s*([\w+-]*)(.*)$/.exec(trimmed);
		if (opening) {
			fence = opening[1];
			const title = attribute(opening[3] ?? '', 'title');
			if (title) {
				emit(`**${title}**`);
				emit('');
			}
			emit(`${line.slice(0, line.indexOf(fence ?? ''))}${fence}${opening[2] ?? ''}`);
			continue;
		}
		const heading = /^(#{1,6})\s/.exec(line);
		if (heading) headingLevel = heading[1]?.length ?? 2;

		if (trimmed === '<InShort>') {
			quote = ['**In short**', ''];
		} else if (trimmed.startsWith('<Callout')) {
			const type = attribute(trimmed, 'type') ?? 'note';
			quote = [`**${attribute(trimmed, 'title') ?? CALLOUT_TITLES[type] ?? type}**`, ''];
		} else if (trimmed === '</InShort>' || trimmed === '</Callout>') {
			while (quote && quote.at(-1)?.trim() === '') quote.pop();
			out.push(...(quote ?? []).map((l) => (l === '' ? '>' : `> ${l}`)));
			quote = undefined;
		} else if (/^<(FrameworkTabs|Tabs)(\s[^>]*)?>$/.test(trimmed) || /^<\/(FrameworkTabs|Tabs)>$/.test(trimmed) || trimmed === '</div>' || trimmed === '</Tab>') {
			// The group itself leaves nothing; its sections are headed below.
		} else if (/^<div slot=/.test(trimmed)) {
			const slot = attribute(trimmed, 'slot');
			emit(sectionHeading(FRAMEWORKS.find((f) => f.id === slot)?.label ?? slot ?? ''));
		} else if (trimmed.startsWith('<Tab ')) {
			emit(sectionHeading(attribute(trimmed, 'label') ?? ''));
		} else if (/^\{\/\*.*\*\/\}$/.test(trimmed)) {
			// An MDX comment.
		} else if (COMPONENT.test(line)) {
			throw new Error(`${file}:${index + 1}: cannot turn "${trimmed}" into Markdown (components go on lines of their own).`);
		} else {
			emit(absoluteLinks(line, pageUrl, site));
		}
	}
	return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/** A whole article as a Markdown document: title, summary, where it lives, the body, its sources. */
export function articleMarkdown(info: ArticleInfo, source: string, site: MarkdownSite, file: string): string {
	const url = absoluteUrl(info.path, site);
	const sources = info.sources.map((s) => `- [${s.title}](${s.url})`).join('\n');
	return [
		`# ${info.title}`,
		'',
		`> ${info.description}`,
		'',
		`Web page: ${url}. Updated ${info.updated.toISOString().slice(0, 10)}.`,
		'',
		mdxToMarkdown(withoutFrontmatter(source), url, site, file).trimEnd(),
		...(sources ? ['', '## Sources', '', sources] : []),
		'',
	].join('\n');
}

/** `llms.txt` (llmstxt.org): the site's title and summary, then a link to the Markdown copy of every article, by section. */
export function llmsTxt(
	title: string,
	summary: string,
	sections: readonly { label: string; articles: readonly { title: string; description: string; path: string }[] }[],
	site: MarkdownSite,
): string {
	const lines = [`# ${title}`, '', `> ${summary}`, '', `Every article is also plain Markdown at its address with \`.md\` instead of the final slash; ${absoluteUrl('/llms-full.txt', site)} has them all in one file.`];
	for (const section of sections) {
		if (section.articles.length === 0) continue;
		lines.push('', `## ${section.label}`, '');
		for (const article of section.articles) lines.push(`- [${article.title}](${absoluteUrl(markdownPath(article.path), site)}): ${article.description}`);
	}
	return `${lines.join('\n')}\n`;
}

/** The Markdown copy's site path for an article path: `/debugging/` → `/debugging.md`. */
export function markdownPath(path: string): string {
	return `${path.replace(/\/+$/, '')}.md`;
}
