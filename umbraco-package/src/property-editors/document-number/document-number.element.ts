import { customElement, html, property, state } from '@umbraco-cms/backoffice/external/lit';
import type { UmbPropertyEditorUiElement } from '@umbraco-cms/backoffice/property-editor';
import { UmbFormControlMixin } from '@umbraco-cms/backoffice/validation';
import { GovElement, govStyles } from '../../shared/gov-element.js';
import { parseDocumentNumber, type DocumentNumberResult } from './document-number.rules.js';

/** 发文字号: parses while typing, shows the normalized form and warnings, flags errors inline. Stores the normalized form when valid. */
@customElement('gov-document-number-input')
export class GovDocumentNumberInputElement
	extends UmbFormControlMixin<string | undefined, typeof GovElement, undefined>(GovElement, undefined)
	implements UmbPropertyEditorUiElement
{
	@property({ type: Boolean, reflect: true }) readonly = false;
	@property({ type: Boolean }) mandatory = false;

	@state() private _text = '';
	@state() private _result?: DocumentNumberResult;

	constructor() {
		super();
		this.addValidator('valueMissing', () => this.t('docnum_empty'), () => this.mandatory && !this._text);
		this.addValidator('customError', () => this.t('docnum_' + this._result?.error), () => !!this._result && !this._result.valid);
	}

	@property()
	public override set value(v: string | undefined) {
		this._text = v ?? '';
		this._result = this._text ? parseDocumentNumber(this._text) : undefined;
	}
	public override get value(): string | undefined {
		if (!this._text) return undefined;
		return this._result?.valid ? this._result.normalized : this._text;
	}

	#onInput(e: Event) {
		this._text = (e.target as HTMLInputElement).value;
		this._result = this._text ? parseDocumentNumber(this._text) : undefined;
		this.changed();
	}

	override render() {
		const r = this._result;
		const errorId = 'docnum-msg';
		return html`
			<uui-input
				id="docnum"
				class="wide"
				label=${this.t('docnum_label')}
				.value=${this._text}
				?error=${!!r && !r.valid}
				placeholder=${this.t('docnum_placeholder')}
				?readonly=${this.readonly}
				aria-invalid=${r && !r.valid ? 'true' : 'false'}
				aria-describedby=${errorId}
				@input=${this.#onInput}></uui-input>
			<div id=${errorId} aria-live="polite">
				${r?.valid
					? html`<div class="ok">${this.t('docnum_normalized')}：<strong data-normalized>${r.normalized}</strong></div>
							${r.warnings.map((w) => html`<div class="warning" data-warning=${w}>${this.t('docnum_' + w)}</div>`)}`
					: r
						? html`<div class="error" role="alert" data-error=${r.error}>${this.t('docnum_' + r.error)}</div>`
						: this.mandatory
							? html`<div class="warning">${this.t('docnum_empty')}</div>`
							: ''}
			</div>
		`;
	}

	static override styles = govStyles;
}

export default GovDocumentNumberInputElement;

declare global {
	interface HTMLElementTagNameMap {
		'gov-document-number-input': GovDocumentNumberInputElement;
	}
}
