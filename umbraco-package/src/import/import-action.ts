import { UmbEntityActionBase } from '@umbraco-cms/backoffice/entity-action';
import { umbOpenModal, UmbModalToken } from '@umbraco-cms/backoffice/modal';
import type { ExtractedDocument } from '../shared/api.js';

export const GOV_IMPORT_MODAL = new UmbModalToken<{ parentUnique: string | null }, ExtractedDocument>('Gov.Modal.Import', {
	modal: { type: 'sidebar', size: 'medium' },
});

/** Entity action "从公文导入" on a node: opens the import dialog for that parent. */
export class GovImportEntityAction extends UmbEntityActionBase<never> {
	override async execute() {
		await umbOpenModal(this, GOV_IMPORT_MODAL, { data: { parentUnique: this.args.unique ?? null } });
	}
}

export { GovImportEntityAction as api };
