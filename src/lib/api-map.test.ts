import { describe, expect, it } from 'vitest';
import { API_GROUPS, API_PAIRS } from '../data/api-map';
import { matches, searchText } from './api-filter';

const ARTICLES = ['overview', 'ease-of-use', 'computational-graphs', 'performance', 'debugging', 'visualization', 'code-examples', 'deployment', 'distributed-training', 'community-ecosystem', 'industry-adoption', 'installation', 'choosing', 'mixed-precision-quantization', 'large-models'];
const OFFICIAL = ['docs.pytorch.org', 'pytorch.org', 'www.tensorflow.org', 'keras.io', 'ai.google.dev'];

describe('API map data', () => {
	it('has at least 60 pairs, in every group', () => {
		expect(API_PAIRS.length).toBeGreaterThanOrEqual(60);
		for (const group of API_GROUPS) expect(API_PAIRS.filter((p) => p.group === group.id).length, group.id).toBeGreaterThanOrEqual(4);
	});
	it('has no duplicate entries', () => {
		expect(new Set(API_PAIRS.map((p) => p.id)).size).toBe(API_PAIRS.length);
		const pairs = API_PAIRS.map((p) => `${p.pytorch?.api ?? '-'} <-> ${p.tensorflow?.api ?? '-'}`);
		expect(pairs.filter((p, i) => pairs.indexOf(p) !== i)).toEqual([]);
	});
	it('points every URL at the official documentation', () => {
		const urls = API_PAIRS.flatMap((p) => [p.pytorch?.url, p.tensorflow?.url]).filter((u): u is string => u !== undefined);
		expect(urls.filter((u) => !u.startsWith('https://') || !OFFICIAL.includes(new URL(u).hostname))).toEqual([]);
	});
	it('explains the nearest idiom where a side has no equivalent, and links only to articles that exist', () => {
		for (const pair of API_PAIRS) {
			expect(pair.pytorch ?? pair.tensorflow, pair.id).not.toBeNull();
			if (pair.pytorch === null || pair.tensorflow === null) expect(pair.note?.length ?? 0, pair.id).toBeGreaterThan(20);
			if (pair.article !== undefined) expect(ARTICLES).toContain(pair.article);
		}
	});
	it('includes the pairs readers ask for first', () => {
		const apis = API_PAIRS.map((p) => `${p.pytorch?.api ?? ''} | ${p.tensorflow?.api ?? ''}`).join('\n');
		for (const name of ['nn.Module', 'keras.Model', 'GradientTape', 'DataLoader', 'tf.data.Dataset', 'torch.compile', 'jit_compile=True', 'DistributedDataParallel', 'MirroredStrategy', 'torch.export', 'tf.saved_model.save']) {
			expect(apis, name).toContain(name);
		}
	});
});

describe('API map filter', () => {
	const row = searchText(['Base class for a model', 'torch.nn.Module', 'keras.layers.Layer']);
	it.each([
		['nn.module', true],
		['Module', true],
		['keras layer', true],
		['module keras', true],
		['layer', true],
		['dataloader', false],
		['', true],
	])('%j -> %s', (query, expected) => expect(matches(row, query)).toBe(expected));
});
