import { css } from '@umbraco-cms/backoffice/external/lit';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import { UmbChangeEvent } from '@umbraco-cms/backoffice/event';
import { term } from './term.js';

/** Base of the GovOpen elements: localized labels and the change event Umbraco listens to. */
export abstract class GovElement extends UmbLitElement {
	protected t(key: string): string {
		return term(this as unknown as { localize?: { term(key: string): string } }, key);
	}

	protected changed(): void {
		this.dispatchEvent(new UmbChangeEvent());
	}
}

/** Shared styles: visible focus, error and warning text that never relies on colour alone. */
export const govStyles = css`
	:host {
		display: block;
		font-family: inherit;
	}
	label {
		display: block;
		font-weight: 600;
		margin: 6px 0 2px;
	}
	input,
	select,
	textarea {
		font: inherit;
		padding: 4px 6px;
		border: 1px solid #6b6b6b;
		border-radius: 3px;
		min-width: 12em;
		box-sizing: border-box;
	}
	textarea {
		width: 100%;
		min-height: 3em;
	}
	button {
		font: inherit;
		padding: 3px 10px;
		border: 1px solid #1b264f;
		border-radius: 3px;
		background: #f3f3f5;
		cursor: pointer;
	}
	:focus-visible {
		outline: 3px solid #0b57d0;
		outline-offset: 2px;
	}
	.error {
		color: #a4161a;
	}
	.error::before {
		content: '✗ ';
	}
	.warning {
		color: #7a4f01;
	}
	.warning::before {
		content: '⚠ ';
	}
	.ok {
		color: #1b5e20;
	}
	.ok::before {
		content: '✓ ';
	}
	.badge {
		display: inline-block;
		border: 1px solid currentColor;
		border-radius: 3px;
		padding: 0 6px;
		font-size: 0.85em;
	}
	.row {
		display: flex;
		flex-wrap: wrap;
		gap: 8px;
		align-items: flex-end;
	}
	fieldset {
		border: 1px solid #d0d0d0;
		border-radius: 4px;
		margin: 8px 0;
		padding: 6px 10px;
	}
	legend {
		font-weight: 600;
	}
`;
