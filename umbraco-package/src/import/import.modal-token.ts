import { UmbModalToken } from '@umbraco-cms/backoffice/modal';

export interface GovImportModalData {
	/** The 政策文件 column the action was used on. */
	parentUnique: string | null;
	/** Its entity type (`document`), for the tree-reload event after a draft is created. */
	parentEntityType?: string;
}

/** The draft the dialog created (or updated). */
export interface GovImportModalValue {
	id: string;
	name: string;
	created: boolean;
}

export const GOV_IMPORT_MODAL = new UmbModalToken<GovImportModalData, GovImportModalValue>('Gov.Modal.Import', {
	modal: { type: 'sidebar', size: 'medium' },
});
