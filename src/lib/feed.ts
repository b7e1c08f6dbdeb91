/**
 * Text for an RSS `<description>`. Feed readers treat a description as HTML
 * (RSS 2.0: "entity-encoded HTML is allowed"), and @astrojs/rss only
 * XML-escapes it, so a frontmatter description with `<b>` or `&amp;` would be
 * rendered as markup. Escaping it as HTML first makes readers show the text as
 * written.
 */
export function feedDescription(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}
