import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_CONTENT } from './fixture-site.ts';

/**
 * The hardening fixture site (issue #18): the fixture articles, the entity
 * probe and a 2 MB article generated here (never committed) in 20 headed
 * parts, whose last paragraph holds the one rare word HUGE_WORD and whose
 * every sentence holds HUGE_EVERYWHERE. Used by e2e/hardening.spec.ts
 * (search finds it and the page stays responsive) and by `npm run bench`
 * (how long the first result takes, and the longest main-thread task).
 */
export const HUGE_WORD = 'zqxhuge';
/** A word only the 2 MB article has, in every sentence: 18,000 matches in one page, the heaviest excerpt to build. */
export const HUGE_EVERYWHERE = 'zqxbulk';

const PROBE = join(import.meta.dirname, '..', 'fixtures', 'hardening', 'entity-probe.mdx');

/** Copies the fixture articles into `content` and adds the entity probe and the 2 MB article. */
export function writeHardeningContent(content: string): void {
	cpSync(FIXTURE_CONTENT, content, { recursive: true });
	cpSync(PROBE, join(content, 'entity-probe.mdx'));
	// About 2 MB of paragraphs under 20 headings, the same frontmatter as the probe, the rare word once at the very end.
	// The headings make sections: Pagefind's own excerpt code split the whole text once per section with a match.
	const paragraph = `Tensors move between devices while the training loop runs, and the ${HUGE_EVERYWHERE} optimizer updates every parameter in place. `;
	const body = Array.from({ length: 2_000 }, (_, i) => `${i % 100 === 0 ? `## Part ${i / 100 + 1}\n\n` : ''}${paragraph.repeat(9)}Paragraph ${i}.`).join('\n\n');
	const frontmatter = readFileSync(PROBE, 'utf8').split(/^---$/m)[1] ?? '';
	const head = frontmatter.replace('title: "Entity probe"', 'title: "Huge article"').replace('order: 99', 'order: 100');
	writeFileSync(join(content, 'huge-article.mdx'), `---${head}---\n\n${body}\n\nThe last paragraph names ${HUGE_WORD} once.\n`);
}
