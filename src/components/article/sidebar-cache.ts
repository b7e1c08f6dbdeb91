import { sidebarGroups, type SidebarGroup } from '../../lib/navigation';
import type { Article } from '../../lib/articles';

/** Each topic's first window, computed once per list of articles (every article page shows the same ones). */
const cache = new WeakMap<readonly Article[], Map<string, SidebarGroup>>();

export function topicStart(articles: readonly Article[], group: SidebarGroup): SidebarGroup {
	let byTopic = cache.get(articles);
	if (!byTopic) cache.set(articles, (byTopic = new Map()));
	let start = byTopic.get(group.id);
	if (!start) byTopic.set(group.id, (start = sidebarGroups(articles, group.id).find((g) => g.id === group.id) ?? group));
	return start;
}
