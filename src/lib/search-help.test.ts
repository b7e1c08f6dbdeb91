import { describe, expect, it } from 'vitest';
import { searchHelp, sharedWords, words } from './search-help';

const TITLES = [
	{ title: 'Installing PyTorch and TensorFlow', url: '/installation/' },
	{ title: 'Distributed training: DDP, FSDP2 and tf.distribute', url: '/distributed-training/' },
	{ title: 'Training and serving large models', url: '/large-models/' },
	{ title: 'Choosing between PyTorch and TensorFlow in late 2026', url: '/choosing/' },
	{ title: 'Mixed precision and quantization', url: '/mixed-precision-quantization/' },
];

describe('words', () => {
	it('keeps letters and digits, lower-cased, without common words or framework names', () => {
		expect(words('How do I train on 2 GPUs with PyTorch?')).toEqual(['train', '2', 'gpus']);
		expect(words('tf.distribute, FSDP2!')).toEqual(['distribute', 'fsdp2']);
	});
});

describe('sharedWords', () => {
	it('counts each query word once, whole words or one starting the other (4 letters or more)', () => {
		expect(sharedWords('distributed training training', TITLES[1]?.title ?? '')).toBe(2);
		expect(sharedWords('install', 'Installing PyTorch')).toBe(1);
		expect(sharedWords('in', 'Installing PyTorch')).toBe(0);
		expect(sharedWords('mix', 'Mixed precision')).toBe(0);
	});
	it('forgives a typo after the first five letters, not before', () => {
		expect(sharedWords('distribuited trainning', TITLES[1]?.title ?? '')).toBe(2);
		expect(sharedWords('tarining', TITLES[1]?.title ?? '')).toBe(0);
	});
});

describe('searchHelp', () => {
	it('lists the titles sharing the most words first, at most `limit`', () => {
		const help = searchHelp('distributed training on many machines', TITLES);
		expect(help.closest.map((t) => t.url)).toEqual(['/distributed-training/', '/large-models/']);
		expect(searchHelp('training models distributed', TITLES, 1).closest.map((t) => t.url)).toEqual(['/distributed-training/']);
	});
	it('keeps the list order between titles that share as many words', () => {
		expect(searchHelp('training', TITLES).closest.map((t) => t.url)).toEqual(['/distributed-training/', '/large-models/']);
	});
	it('suggests nothing for words no title has, or only framework names and filler', () => {
		expect(searchHelp('qwxzvy', TITLES).closest).toEqual([]);
		expect(searchHelp('how to pytorch tensorflow', TITLES).closest).toEqual([]);
	});
	it.each([
		['pip install torch cuda 13', true, false],
		['set up a GPU on WSL2', true, false],
		['conda environment broken', true, false],
		['pytorch vs tensorflow', false, true],
		['which framework should I learn', false, true],
		['jax or keras for research', false, true],
		['install tensorflow or pytorch', true, true],
		['gradient checkpointing memory', false, false],
	])('%j: install selector %s, decision guide %s', (query, install, choose) => {
		const help = searchHelp(query, TITLES);
		expect([help.install, help.choose]).toEqual([install, choose]);
	});
});
