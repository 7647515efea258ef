import { css, customElement, html, nothing, property } from '@umbraco-cms/backoffice/external/lit';
import type { UmbPropertyEditorUiElement } from '@umbraco-cms/backoffice/property-editor';
import { UmbFormControlMixin } from '@umbraco-cms/backoffice/validation';
import { GovElement, govStyles } from '../../shared/gov-element.js';
import { focusMoved, moveItem, rowActions } from '../../shared/list-editing.js';
import { hasFlag, termsOf } from '../../shared/vocabulary.js';
import { isBlank } from '../../shared/text.js';

/** One matter of a 重大行政决策事项目录, as stored (GovOpen.Core DecisionCatalogue). A step holds its date (yyyy-MM-dd) or "n/a". */
export interface DecisionCatalogueRow {
	matter: string;
	department: string;
	planned: string;
	steps: Record<string, string>;
	consultation?: string | null;
	note?: string | null;
}

/** What a step holds when it does not apply (DecisionCatalogue.NotApplicableValue). */
export const NOT_APPLICABLE = 'n/a';

/** Steps that never lapse (合法性审查, 集体讨论决定): flagged `mandatory` in Core's vocabulary (DecisionCatalogue.MandatoryFlag). */
const MANDATORY = new Set(termsOf('decisionStep').filter((t) => hasFlag(t, 'mandatory')).map((t) => t.alias));

const empty = (): DecisionCatalogueRow => ({ matter: '', department: '', planned: '', steps: {}, consultation: null, note: '' });

/** The steps in their order, from the vocabulary generated from Core. */
const steps = () => termsOf('decisionStep').map((t) => t.alias);

/**
 * What keeps a row from meeting the server's rule (DecisionCatalogue.Validate), as codes: a missing matter,
 * department or planned completion; a mandatory step marked not applicable; 公众参与 left out without a note; a step
 * done before an earlier one, or dated before it.
 */
export function problemsOf(row: DecisionCatalogueRow): string[] {
	const problems: string[] = (['matter', 'department', 'planned'] as const).filter((k) => isBlank(row[k]));
	const all = steps();
	for (const s of all) if (MANDATORY.has(s) && row.steps[s] === NOT_APPLICABLE) problems.push('mandatory:' + s);
	if (row.steps.publicParticipation === NOT_APPLICABLE && isBlank(row.note)) problems.push('participationReason');
	let pending: string | null = null;
	let last = '';
	for (const s of all) {
		const v = row.steps[s] ?? '';
		if (/^\d{4}-\d{2}-\d{2}$/.test(v)) {
			if (pending || (last && v < last)) problems.push('order:' + s);
			last = v;
		} else if (v !== NOT_APPLICABLE) {
			pending ??= s;
		}
	}
	return problems;
}

/** The step a matter is at: the first neither done nor not applicable; null when every step is. */
export function currentStepOf(row: DecisionCatalogueRow): string | null {
	return steps().find((s) => !row.steps[s]) ?? null;
}

/**
 * 重大行政决策事项目录: per matter the 承办单位, 计划完成时间, and for each step (公众参与 → 专家论证 → 风险评估 →
 * 合法性审查 → 集体讨论决定 → 公布 → 执行 → 后评估) its date or 不适用; the current step is shown as the editor types.
 * Rows are reorderable with buttons (keyboard-operable); the site renders the catalogue as a table.
 */
@customElement('gov-decision-catalogue-editor')
export class GovDecisionCatalogueEditorElement
	extends UmbFormControlMixin<DecisionCatalogueRow[] | undefined, typeof GovElement, undefined>(GovElement, undefined)
	implements UmbPropertyEditorUiElement
{
	@property({ type: Boolean, reflect: true }) readonly = false;

	constructor() {
		super();
		this.addValidator('customError', () => this.t('dc_invalid'), () => this._rows.some((r) => problemsOf(r).length > 0));
	}

	private get _rows(): DecisionCatalogueRow[] {
		return (this.value ?? []).map((r) => ({ ...empty(), ...r, steps: r.steps && typeof r.steps === 'object' ? { ...r.steps } : {} }));
	}

	#set(rows: DecisionCatalogueRow[]) {
		this.value = rows;
		this.changed();
	}

	#edit(i: number, patch: Partial<DecisionCatalogueRow>) {
		this.#set(this._rows.map((x, k) => (k === i ? { ...x, ...patch } : x)));
	}

	#step(i: number, step: string, value: string) {
		const row = this._rows[i];
		const next = { ...row.steps };
		if (value) next[step] = value;
		else delete next[step];
		this.#edit(i, { steps: next });
	}

	#move(i: number, delta: number) {
		const rows = moveItem(this._rows, i, delta);
		if (!rows) return;
		this.#set(rows);
		focusMoved(this, i + delta, delta);
	}

	#stepField(i: number, row: DecisionCatalogueRow, term: ReturnType<typeof termsOf>[number], problems: string[]) {
		const value = row.steps[term.alias] ?? '';
		const na = value === NOT_APPLICABLE;
		const id = `step-${term.alias}-${i}`;
		const invalid = problems.some((p) => p.endsWith(':' + term.alias)) || (term.alias === 'publicParticipation' && problems.includes('participationReason'));
		return html`<div class="step" data-step=${term.alias}>
			<label for=${id}>${this.termName(term)}</label>
			<uui-input id=${id} type="date" label=${this.termName(term)} .value=${na ? '' : value} ?disabled=${na} ?readonly=${this.readonly} aria-invalid=${invalid ? 'true' : 'false'}
				@change=${(e: Event) => this.#step(i, term.alias, (e.target as HTMLInputElement).value)}></uui-input>
			${MANDATORY.has(term.alias)
				? nothing
				: html`<uui-checkbox id="na-${term.alias}-${i}" label="${this.t('dc_notApplicable')}：${this.termName(term)}" ?checked=${na} ?disabled=${this.readonly}
						@change=${(e: Event) => this.#step(i, term.alias, (e.target as HTMLInputElement).checked ? NOT_APPLICABLE : '')}>${this.t('dc_notApplicable')}</uui-checkbox>`}
		</div>`;
	}

	override render() {
		const rows = this._rows;
		return html`
			<ol>
				${rows.map((row, i) => {
					const problems = problemsOf(row);
					const current = currentStepOf(row);
					const currentTerm = termsOf('decisionStep').find((t) => t.alias === current);
					return html`<li data-item=${i}>
						${(['matter', 'department', 'planned'] as const).map((key) => {
							const id = `${key}-${i}`;
							return html`<label for=${id}>${this.t('dc_' + key)} *</label>
								<uui-input id=${id} class="wide" label=${this.t('dc_' + key)} .value=${row[key] ?? ''} ?readonly=${this.readonly} required aria-invalid=${problems.includes(key) ? 'true' : 'false'}
									@input=${(e: Event) => this.#edit(i, { [key]: (e.target as HTMLInputElement).value })}></uui-input>`;
						})}
						<fieldset>
							<legend>${this.t('dc_steps')}</legend>
							${termsOf('decisionStep').map((t) => this.#stepField(i, row, t, problems))}
						</fieldset>
						<p data-current=${current ?? 'done'}>${this.t('dc_current')}：${currentTerm ? this.termName(currentTerm) : this.t('dc_done')}</p>
						<label for="consultation-${i}">${this.t('dc_consultation')}</label>
						<uui-input id="consultation-${i}" class="wide" label=${this.t('dc_consultation')} .value=${row.consultation ?? ''} ?readonly=${this.readonly}
							@input=${(e: Event) => this.#edit(i, { consultation: (e.target as HTMLInputElement).value || null })}></uui-input>
						<label for="note-${i}">${this.t('dc_note')}</label>
						<uui-textarea id="note-${i}" label=${this.t('dc_note')} .value=${row.note ?? ''} ?readonly=${this.readonly}
							aria-invalid=${problems.includes('participationReason') ? 'true' : 'false'}
							@input=${(e: Event) => this.#edit(i, { note: (e.target as HTMLInputElement).value })}></uui-textarea>
						${problems.length
							? html`<div class="error" role="alert" data-error=${problems.join(' ')}>${problems.map((p) => this.t('dc_problem_' + p.split(':')[0])).filter((v, k, a) => a.indexOf(v) === k).join('；')}</div>`
							: nothing}
						${rowActions((k) => this.t(k), { index: i, count: rows.length, name: row.matter, readonly: this.readonly, move: (d) => this.#move(i, d), remove: () => this.#set(rows.filter((_, k) => k !== i)) })}
					</li>`;
				})}
			</ol>
			<uui-button id="add" look="placeholder" label=${this.t('dc_add')} ?disabled=${this.readonly} @click=${() => this.#set([...rows, empty()])}></uui-button>
		`;
	}

	static override styles = [
		govStyles,
		css`
			.step {
				display: grid;
				grid-template-columns: 7em minmax(10em, 14em) auto;
				align-items: center;
				gap: var(--uui-size-space-3);
				margin-block: var(--uui-size-space-1);
			}
		`,
	];
}

export default GovDecisionCatalogueEditorElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-decision-catalogue-editor': GovDecisionCatalogueEditorElement;
	}
}
