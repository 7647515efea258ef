import { UmbEntityActionBase } from '@umbraco-cms/backoffice/entity-action';
import { umbOpenModal } from '@umbraco-cms/backoffice/modal';
import { GOV_IMPORT_MODAL } from './import.modal-token.js';

/** Entity action "从公文导入" on a node: opens the import dialog for that parent. */
export class GovImportEntityAction extends UmbEntityActionBase<never> {
	override async execute() {
		await umbOpenModal(this, GOV_IMPORT_MODAL, { data: { parentUnique: this.args.unique ?? null, parentEntityType: this.args.entityType } });
	}
}

export { GovImportEntityAction as api };
