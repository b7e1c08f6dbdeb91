/**
 * The frontmatter fence of an MDX or Markdown file, for code that reads a file's text outside the content
 * collection (reading time, the Markdown copies, scripts/new-article.ts). The collection itself parses
 * frontmatter with its zod schema; this only finds the block.
 */

/** A frontmatter block at the very start of a file (after a byte-order mark, if any); group 1 is its YAML. */
const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** An MDX or Markdown file's text after its frontmatter (the whole text when it has none). */
export function withoutFrontmatter(source: string): string {
	return source.replace(FRONTMATTER, '');
}

/** The YAML of an MDX or Markdown file's frontmatter ('' when it has none). */
export function frontmatterOf(source: string): string {
	return FRONTMATTER.exec(source)?.[1] ?? '';
}
