import { css, customElement, html, nothing, state } from '@umbraco-cms/backoffice/external/lit';
import { UMB_DOCUMENT_WORKSPACE_CONTEXT } from '@umbraco-cms/backoffice/document';
import { GovElement, govStyles } from '../shared/gov-element.js';
import { termsOf } from '../shared/vocabulary.js';
import {
	exportConsultationComments,
	getConsultationComments,
	getConsultationSummary,
	GovApiError,
	moderateComment,
	tagComment,
	type ConsultationComment,
	type ConsultationSummary,
} from '../shared/api.js';

/** What the view needs of the document workspace: reading and setting a property of the document being edited. */
export interface StatementTarget {
	getPropertyValue<T = unknown>(alias: string): T | undefined;
	setPropertyValue<T = unknown>(alias: string, value: T): Promise<void>;
}

/** The rich-text value of 意见采纳情况 as the back office keeps it (markup, and blocks when there are any). */
type RichTextValue = { markup?: string; blocks?: unknown };

/**
 * 征集意见: on a 意见征集 document, every comment received (with the commenter's contact, for the drafting team),
 * moderated one by one (公开 only when the commenter agreed; 不公开, 重复 or 不当言论 with a reason) and tagged with how it
 * was taken up, the figures of the 意见采纳情况 with its opening sentence, and an .xlsx of all comments.
 */
@customElement('gov-workspace-view-consultation')
export class GovConsultationViewElement extends GovElement {
	@state() private _unique?: string | null;
	@state() private _items?: ConsultationComment[];
	@state() private _summary?: ConsultationSummary;
	@state() private _error?: string;
	@state() private _busy = false;
	@state() private _notice?: string;
	/** What the clerk has typed as the 不公开 reason of each comment (by comment number), bound from the inputs. */
	@state() private _reasons: Record<string, string> = {};
	/** What the clerk has typed as the topic of each comment (by comment number); the stored topic until then. */
	@state() private _topics: Record<string, string> = {};
	/** The document being edited (set from the workspace context). */
	workspace?: StatementTarget;

	constructor() {
		super();
		this.consumeContext(UMB_DOCUMENT_WORKSPACE_CONTEXT, (ctx) => {
			if (!ctx) return;
			this.workspace = ctx;
			this.observe(ctx.unique, (unique) => {
				this._unique = unique;
				void this.load();
			});
		});
	}

	#message(x: unknown) {
		return x instanceof GovApiError ? x.messageIn(this.localize.lang()) : String(x);
	}

	/** Loads the comments and the figures (also after each change). */
	async load() {
		if (!this._unique) return;
		try {
			this._items = (await getConsultationComments(this._unique)).items;
			this._summary = await getConsultationSummary(this._unique);
			this._error = undefined;
		} catch (x) {
			this._error = this.#message(x);
		}
	}

	async #act(run: () => Promise<void>) {
		this._busy = true;
		try {
			await run();
			await this.load();
		} catch (x) {
			this._error = this.#message(x);
		} finally {
			this._busy = false;
		}
	}

	moderate(c: ConsultationComment, status: string) {
		const reason = status === 'published' ? undefined : (this._reasons[c.number] ?? '');
		return this.#act(() => moderateComment(this._unique!, c.number, status, reason));
	}

	tag(c: ConsultationComment, adoption: string) {
		const topic = this._topics[c.number] ?? c.topic ?? undefined;
		return this.#act(() => tagComment(this._unique!, c.number, adoption, topic ?? undefined, c.adoptionNote ?? undefined));
	}

	/**
	 * Puts the draft statement (Core's, from the tagging) into the document's 意见采纳情况 field for the editor to check
	 * and save; never over text already written there, and not while comments are undecided.
	 */
	async insertStatement() {
		const draft = this._summary?.draft;
		if (!this.workspace || !draft) return;
		const current = this.workspace.getPropertyValue<RichTextValue>('feedback');
		if ((current?.markup ?? '').replace(/<[^>]*>/g, '').trim()) {
			this._notice = undefined;
			this._error = this.t('consult_statementExists');
			return;
		}
		try {
			await this.workspace.setPropertyValue<RichTextValue>('feedback', { ...(current ?? {}), markup: draft });
			this._error = undefined;
			this._notice = this.t('consult_statementInserted');
		} catch (x) {
			this._error = this.#message(x);
		}
	}

	async export() {
		if (!this._unique) return;
		try {
			const blob = await exportConsultationComments(this._unique);
			const a = document.createElement('a');
			a.href = URL.createObjectURL(blob);
			a.download = 'comments.xlsx';
			a.click();
			URL.revokeObjectURL(a.href);
		} catch (x) {
			this._error = this.#message(x);
		}
	}

	override render() {
		const s = this._summary;
		return html`<uui-box headline=${this.t('consult_title')} headline-variant="h2">
			${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
			${s
				? html`<p role="status" data-summary>${s.sentence}</p>
						${s.issues.map((i) => html`<p class="warning" data-code=${i.code}>${i.message}</p>`)}`
				: nothing}
			${this._notice ? html`<p role="status" data-notice>${this._notice}</p>` : nothing}
			<uui-button id="insert-statement" look="primary" label=${this.t('consult_insertStatement')}
				?disabled=${this._busy || !this.workspace || !s?.draft || (s?.issues.length ?? 0) > 0} @click=${() => this.insertStatement()}></uui-button>
			<uui-button id="export" look="secondary" label=${this.t('consult_export')} ?disabled=${!this._unique} @click=${() => this.export()}></uui-button>
			${this._items?.length === 0 ? html`<p data-empty>${this.t('consult_none')}</p>` : nothing}
			<ol>
				${(this._items ?? []).map(
					(c) => html`<li data-comment=${c.number} data-status=${c.status}>
						<p><strong>${c.number}</strong> ${c.clause ? html`（${c.clause}）` : nothing} ${c.name ?? this.t('consult_anonymous')} ${c.contact ? html`· ${c.contact}` : nothing}
							· ${c.publishConsent ? this.t('consult_consent') : this.t('consult_noConsent')}</p>
						<p class="text">${c.text}</p>
						<p>${this.t('consult_status')}：${this.termName(termsOf('commentStatus').find((t) => t.alias === c.status)!)}${c.moderationReason ? html`（${c.moderationReason}）` : nothing}</p>
						<div class="row">
							<uui-button look="primary" compact data-action="published" ?disabled=${this._busy || !c.publishConsent} label=${this.t('consult_publish')} @click=${() => this.moderate(c, 'published')}></uui-button>
							<label for="reason-${c.number}">${this.t('consult_reason')}</label>
							<uui-input id="reason-${c.number}" label=${this.t('consult_reason')} .value=${this._reasons[c.number] ?? ''}
								@input=${(e: Event) => (this._reasons = { ...this._reasons, [c.number]: (e.target as HTMLInputElement).value })}></uui-input>
							${['hidden', 'duplicate', 'abusive'].map(
								(status) => html`<uui-button look="secondary" compact data-action=${status} ?disabled=${this._busy}
									label=${this.termName(termsOf('commentStatus').find((t) => t.alias === status)!)} @click=${() => this.moderate(c, status)}></uui-button>`,
							)}
						</div>
						<div class="row">
							<label for="topic-${c.number}">${this.t('consult_topic')}</label>
							<uui-input id="topic-${c.number}" label=${this.t('consult_topic')} .value=${this._topics[c.number] ?? c.topic ?? ''}
								@input=${(e: Event) => (this._topics = { ...this._topics, [c.number]: (e.target as HTMLInputElement).value })}></uui-input>
							<label for="adoption-${c.number}">${this.t('consult_adoption')}</label>
							<uui-select id="adoption-${c.number}" label=${this.t('consult_adoption')} ?disabled=${this._busy}
								.options=${termsOf('commentAdoption').map((t) => ({ name: this.termName(t), value: t.alias, selected: t.alias === c.adoption }))}
								@change=${(e: Event) => this.tag(c, (e.target as HTMLSelectElement).value)}></uui-select>
						</div>
					</li>`,
				)}
			</ol>
		</uui-box>`;
	}

	static override styles = [
		govStyles,
		css`
			.text {
				white-space: pre-wrap;
			}
			li[data-status='abusive'],
			li[data-status='duplicate'] {
				opacity: 0.7;
			}
		`,
	];
}

export default GovConsultationViewElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-workspace-view-consultation': GovConsultationViewElement;
	}
}
