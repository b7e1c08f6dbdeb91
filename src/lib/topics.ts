/**
 * The fixed list of topics (themes) an article belongs to, in reading order.
 * The content schema accepts only these ids; the home page and navigation
 * group articles by them.
 */
export const TOPICS = [
	{ id: 'foundations', label: 'Foundations' },
	{ id: 'development', label: 'Writing and debugging code' },
	{ id: 'production', label: 'Production and scale' },
	{ id: 'ecosystem', label: 'Ecosystem and adoption' },
	{ id: 'getting-started', label: 'Getting started' },
] as const;

export type TopicId = (typeof TOPICS)[number]['id'];

export const TOPIC_IDS = TOPICS.map((topic) => topic.id) as [TopicId, ...TopicId[]];

export function topicLabel(id: TopicId): string {
	const topic = TOPICS.find((t) => t.id === id);
	if (!topic) throw new Error(`Unknown topic "${id}"`);
	return topic.label;
}
