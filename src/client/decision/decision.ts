import { answersToSearch, parseAnswers, recommend, type Answers, type ScoredCriterion } from '../../lib/decision';

/**
 * <site-decision-guide>: reads the form, scores it, shows the matching reasons and
 * keeps the URL in step. The scores come from the form's data attributes
 * (rendered from src/data/decision.ts), so the data is not shipped twice.
 */
class DecisionGuide extends HTMLElement {
	#form: HTMLFormElement | null = null;
	#criteria: ScoredCriterion[] = [];

	connectedCallback(): void {
		const form = (this.#form = this.querySelector<HTMLFormElement>('[data-decision-form]'));
		if (!form) return;
		this.#criteria = [...form.querySelectorAll<HTMLElement>('[data-criterion]')].map((fieldset) => ({
			id: fieldset.dataset.criterion ?? '',
			weight: Number(fieldset.dataset.weight),
			options: [...fieldset.querySelectorAll<HTMLInputElement>('input[type=radio]')].map((input) => ({
				id: input.value,
				score: { pytorch: Number(input.dataset.pytorch), tensorflow: Number(input.dataset.tensorflow) },
			})),
		}));
		const initial = parseAnswers(location.search, this.#criteria);
		this.#write(initial);
		this.#render(initial);
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
			const answers = this.#read();
			this.#render(answers);
			history.replaceState(history.state, '', `${location.pathname}${answersToSearch(answers, this.#criteria)}${location.hash}`);
		});
	}

	#read(): Answers {
		const data = new FormData(this.#form ?? undefined);
		const answers: Answers = { choice: {}, weight: {} };
		for (const criterion of this.#criteria) {
			answers.choice[criterion.id] = String(data.get(criterion.id) ?? criterion.options[0]?.id ?? '');
			answers.weight[criterion.id] = Number(data.get(`${criterion.id}.weight`) ?? criterion.weight);
		}
		return answers;
	}

	#write(answers: Answers): void {
		const form = this.#form;
		if (!form) return;
		for (const criterion of this.#criteria) {
			const radio = form.querySelector<HTMLInputElement>(`input[name="${criterion.id}"][value="${answers.choice[criterion.id]}"]`);
			if (radio) radio.checked = true;
			const select = form.querySelector<HTMLSelectElement>(`select[name="${criterion.id}.weight"]`);
			if (select) select.value = String(answers.weight[criterion.id]);
		}
	}

	#render(answers: Answers): void {
		const result = recommend(answers, this.#criteria);
		this.querySelector('[data-verdict]')?.setAttribute('data-verdict', result.verdict);
		for (const framework of ['pytorch', 'tensorflow'] as const) {
			const total = this.querySelector(`[data-total="${framework}"]`);
			if (total) total.textContent = String(result[framework]);
		}
		const list = this.querySelector('.decision__reasons');
		for (const item of this.querySelectorAll<HTMLElement>('[data-reason]')) item.hidden = true;
		for (const contribution of result.contributions) {
			const item = this.querySelector<HTMLElement>(`[data-reason="${contribution.criterion}=${contribution.option}"]`);
			if (!item || !list) continue;
			item.hidden = false;
			const points = item.querySelector('[data-points]');
			if (points) points.textContent = `PyTorch +${contribution.pytorch}, TensorFlow +${contribution.tensorflow}`;
			list.append(item); // largest contribution first
		}
		const empty = this.querySelector<HTMLElement>('[data-when-empty]');
		if (empty) empty.hidden = result.contributions.length > 0;
	}
}

// A page script, bundled on its own: it guards its definition itself rather than share a module with the site bundle.
if (!customElements.get('site-decision-guide')) customElements.define('site-decision-guide', DecisionGuide);
