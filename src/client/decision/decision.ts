import { answersToSearch, parseAnswers, recommend, type Answers, type ScoredCriterion } from '../../lib/decision';

/**
 * The decision guide's behaviour: read the form, score it, show the matching
 * reasons, keep the URL in step. The scores come from the form's data
 * attributes (rendered from src/data/decision.ts), so the data is not shipped twice.
 */
const root = document.querySelector<HTMLElement>('[data-decision]');
const form = root?.querySelector<HTMLFormElement>('[data-decision-form]');
const CRITERIA: ScoredCriterion[] = [...(form?.querySelectorAll<HTMLElement>('[data-criterion]') ?? [])].map((fieldset) => ({
	id: fieldset.dataset.criterion ?? '',
	weight: Number(fieldset.dataset.weight),
	options: [...fieldset.querySelectorAll<HTMLInputElement>('input[type=radio]')].map((input) => ({
		id: input.value,
		score: { pytorch: Number(input.dataset.pytorch), tensorflow: Number(input.dataset.tensorflow) },
	})),
}));

function read(): Answers {
	const data = new FormData(form ?? undefined);
	const answers: Answers = { choice: {}, weight: {} };
	for (const criterion of CRITERIA) {
		answers.choice[criterion.id] = String(data.get(criterion.id) ?? criterion.options[0]?.id ?? '');
		answers.weight[criterion.id] = Number(data.get(`${criterion.id}.weight`) ?? criterion.weight);
	}
	return answers;
}

function write(answers: Answers): void {
	if (!form) return;
	for (const criterion of CRITERIA) {
		const radio = form.querySelector<HTMLInputElement>(`input[name="${criterion.id}"][value="${answers.choice[criterion.id]}"]`);
		if (radio) radio.checked = true;
		const select = form.querySelector<HTMLSelectElement>(`select[name="${criterion.id}.weight"]`);
		if (select) select.value = String(answers.weight[criterion.id]);
	}
}

function render(answers: Answers): void {
	if (!root) return;
	const result = recommend(answers, CRITERIA);
	root.querySelector('[data-verdict]')?.setAttribute('data-verdict', result.verdict);
	for (const framework of ['pytorch', 'tensorflow'] as const) {
		const total = root.querySelector(`[data-total="${framework}"]`);
		if (total) total.textContent = String(result[framework]);
	}
	const list = root.querySelector('.decision__reasons');
	for (const item of root.querySelectorAll<HTMLElement>('[data-reason]')) item.hidden = true;
	for (const contribution of result.contributions) {
		const item = root.querySelector<HTMLElement>(`[data-reason="${contribution.criterion}=${contribution.option}"]`);
		if (!item || !list) continue;
		item.hidden = false;
		const points = item.querySelector('[data-points]');
		if (points) points.textContent = `PyTorch +${contribution.pytorch}, TensorFlow +${contribution.tensorflow}`;
		list.append(item); // largest contribution first
	}
	const empty = root.querySelector<HTMLElement>('[data-when-empty]');
	if (empty) empty.hidden = result.contributions.length > 0;
}

if (form) {
	const initial = parseAnswers(location.search, CRITERIA);
	write(initial);
	render(initial);
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		const status = document.getElementById('status');
		try {
			await navigator.clipboard.writeText(location.href);
			if (status) status.textContent = 'Link copied';
		} catch {
			if (status) status.textContent = 'Copy the address from the address bar to share these answers';
		}
	});
	form.addEventListener('change', () => {
		const answers = read();
		render(answers);
		history.replaceState(history.state, '', `${location.pathname}${answersToSearch(answers, CRITERIA)}${location.hash}`);
	});
}
