/**
 * `npm run new -- "Title of the article" <topic>`: writes content/<slug>.mdx,
 * a draft with everything an article needs (frontmatter with today's date and
 * the next `order` in the topic, <InShort>, one <FrameworkTabs>, ## Verdict),
 * like `hugo new`. The slug is the title in kebab-case unless `--slug` gives
 * one. It refuses a slug that is taken: an article, an article's old slug
 * (`redirectFrom`), or a site page. The placeholder sources fail the build
 * once `draft: true` is removed (src/lib/schema.ts), so they cannot ship.
 *
 *   npm run new -- "Loading models safely" production
 *   npm run new -- "Loading models safely" production --slug model-security
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { articleTemplate, slugify, takenSlugs } from '../src/lib/new-article.ts';
import { nextOrder } from '../src/lib/article-order.ts';
import { frontmatterOf } from '../src/lib/frontmatter.ts';
import { TOPIC_IDS, type TopicId } from '../src/lib/topics.ts';

const CONTENT = process.env.CONTENT_DIR ?? join(import.meta.dirname, '..', 'content');
const USAGE = `Usage: npm run new -- "Title of the article" <topic> [--slug kebab-case-slug]\nTopics: ${TOPIC_IDS.join(', ')}`;

function fail(message: string): never {
	console.error(`${message}\n\n${USAGE}`);
	process.exit(1);
}

const args = process.argv.slice(2);
const slugAt = args.indexOf('--slug');
const slugOption = slugAt >= 0 ? args[slugAt + 1] : undefined;
const [title, topic] = slugAt < 0 ? args : args.filter((_, i) => i !== slugAt && i !== slugAt + 1);
if (title === undefined || title.trim() === '') fail('Give the article a title.');
if (topic === undefined || !(TOPIC_IDS as readonly string[]).includes(topic)) fail(`Give one of the topics${topic === undefined ? '' : ` (not "${topic}")`}.`);
if (title.length > 56) fail(`The title is ${title.length} characters; titles are at most 56 (search results cut longer ones).`);

/**
 * Every article (drafts too) with the fields this script needs. The build reads frontmatter through the content
 * collection; this script runs without Astro, so it parses the YAML block itself, with a YAML parser.
 */
const articles = readdirSync(CONTENT, { recursive: true, withFileTypes: true })
	.filter((entry) => entry.isFile() && entry.name.endsWith('.mdx') && !entry.name.startsWith('_'))
	.map((entry) => {
		const path = join(entry.parentPath, entry.name);
		const block = frontmatterOf(readFileSync(path, 'utf8'));
		let data: { topic?: unknown; order?: unknown; redirectFrom?: unknown } = {};
		try {
			data = (parse(block) as typeof data | null) ?? {};
		} catch (error) {
			fail(`${relative(process.cwd(), path)}: its frontmatter is not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : error}).`);
		}
		const id = relative(CONTENT, path).split(sep).join('/').replace(/\.mdx$/, '');
		const redirectFrom = Array.isArray(data.redirectFrom) ? data.redirectFrom.map(String) : [];
		return { id, file: relative(process.cwd(), path), redirectFrom, data: { title: id, topic: String(data.topic) as TopicId, order: Number(data.order) } };
	});

const slug = slugOption ?? slugify(title);
const taken = takenSlugs(slug, articles);
if (taken !== null) fail(`Cannot create content/${slug}.mdx: ${taken}. Choose another title or pass --slug.`);
const file = join(CONTENT, `${slug}.mdx`);
if (existsSync(file)) fail(`${file} exists.`);

const order = nextOrder(articles, topic as TopicId);
const today = new Date().toISOString().slice(0, 10);
writeFileSync(file, articleTemplate({ title, topic: topic as TopicId, order, date: today }), { flag: 'wx' });
console.log(`Created ${file} (topic ${topic}, order ${order}, draft). It shows in \`npm run dev\`; remove \`draft: true\` to publish it.`);
