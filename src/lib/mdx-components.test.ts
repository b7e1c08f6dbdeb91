import { describe, expect, it } from 'vitest';
import { componentProblem, type ComponentUse } from './mdx-components';

const use = (name: string, attributes: ComponentUse['attributes'] = {}, children: ComponentUse['children'] = [], hasLooseText = false): ComponentUse => ({ name, attributes, children, hasLooseText });
const slot = (s: string | undefined) => ({ name: 'div', slot: s });

describe('componentProblem', () => {
	it('accepts well-formed components', () => {
		expect(componentProblem(use('FrameworkTabs', {}, [slot('pytorch'), slot('tensorflow')]))).toBeNull();
		expect(componentProblem(use('Tabs', {}, [{ name: 'Tab', slot: undefined }, { name: 'Tab', slot: undefined }]))).toBeNull();
		expect(componentProblem(use('Tab', { label: 'Linux' }))).toBeNull();
		expect(componentProblem(use('Callout', { type: 'correction' }))).toBeNull();
	});
	it.each([
		[use('FrameworkTabs', {}, [slot('pytorch'), slot('jax')]), 'unknown slot "jax"'],
		[use('FrameworkTabs', {}, [slot('pytorch'), slot(undefined)]), 'no slot'],
		[use('FrameworkTabs', {}, [slot('pytorch')]), 'exactly one slot="tensorflow" (found 0)'],
		[use('FrameworkTabs', {}, [slot('pytorch'), slot('pytorch'), slot('tensorflow')]), 'exactly one slot="pytorch" (found 2)'],
		[use('FrameworkTabs', {}, [slot('pytorch'), slot('tensorflow')], true), 'may only contain'],
		[use('Tab', {}), 'missing its `label`'],
		[use('Tab', { label: ' ' }), 'missing its `label`'],
		[use('Tabs', {}, [{ name: 'Tab', slot: undefined }]), 'at least two'],
		[use('Tabs', {}, [{ name: 'p', slot: undefined }, { name: 'Tab', slot: undefined }]), 'may only contain <Tab'],
		[use('Callout', { type: 'danger' }), 'type "danger"'],
		[use('Callout', {}), 'type ""'],
	])('reports %#', (component, message) => expect(componentProblem(component)).toContain(message));
});
