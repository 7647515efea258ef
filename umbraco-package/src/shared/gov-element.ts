import { css } from '@umbraco-cms/backoffice/external/lit';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import { UmbChangeEvent } from '@umbraco-cms/backoffice/event';
import { UmbTextStyles } from '@umbraco-cms/backoffice/style';
import type { Term } from '../generated/vocabulary.js';
import { termName } from './vocabulary.js';

/** Base of the GovOpen elements: Umbraco's localization under the `govopen_` keys, and the change event Umbraco listens to. */
export class GovElement extends UmbLitElement {
	/** `this.localize.term('govopen_' + key)`: the GovOpen dictionaries are registered by the localization manifests. */
	protected t(key: string, ...args: unknown[]): string {
		return this.localize.term(`govopen_${key}`, ...args);
	}

	/** A vocabulary term's name in the back office's language (Chinese unless English). */
	protected termName(term: Term): string {
		return termName(term, this.localize.lang());
	}

	protected changed(): void {
		this.dispatchEvent(new UmbChangeEvent());
	}
}

/** UmbTextStyles plus the few layout rules the editors share; messages carry a symbol so they never rely on colour alone. */
export const govStyles = [
	UmbTextStyles,
	css`
		:host {
			display: block;
		}
		.row {
			display: flex;
			flex-wrap: wrap;
			gap: var(--uui-size-space-3);
			align-items: flex-end;
		}
		.field {
			display: flex;
			flex-direction: column;
			gap: var(--uui-size-space-1);
			margin-block: var(--uui-size-space-2);
		}
		uui-textarea,
		uui-input.wide {
			width: 100%;
		}
		.error {
			color: var(--uui-color-danger-standalone);
		}
		.error::before {
			content: '✗ ';
		}
		.warning {
			color: var(--uui-color-warning-standalone);
		}
		.warning::before {
			content: '⚠ ';
		}
		.ok {
			color: var(--uui-color-positive-standalone);
		}
		.ok::before {
			content: '✓ ';
		}
	`,
];
