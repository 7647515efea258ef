import { UmbEntityActionBase } from '@umbraco-cms/backoffice/entity-action';
import { UmbLocalizationController } from '@umbraco-cms/backoffice/localization-api';
import { UMB_NOTIFICATION_CONTEXT } from '@umbraco-cms/backoffice/notification';
import { GovApiError, openConsultationFrom } from '../shared/api.js';

/** Where a document opens in the back office (relative to the back office's base address). */
export const documentEditPath = (key: string) => `section/content/workspace/document/edit/${key}`;

/**
 * Entity action "公开征求意见" on a 政策文件: the server makes an unpublished 意见征集 from the draft (Core's
 * ConsultationContent.OpenFor: its title, text and attachments, the kind its category gives, the earliest lawful
 * closing day) under the 意见征集栏目; the editor is taken to it to complete and publish it. A draft that has one
 * already opens that one.
 */
export class GovOpenConsultationEntityAction extends UmbEntityActionBase<never> {
	#localize = new UmbLocalizationController(this);

	override async execute() {
		const notifications = await this.getContext(UMB_NOTIFICATION_CONTEXT);
		const t = (key: string) => this.#localize.term('govopen_' + key);
		try {
			const opened = await openConsultationFrom(this.args.unique!);
			notifications?.peek('positive', {
				data: { headline: t(opened.existed ? 'consult_openExisted' : 'consult_opened'), message: opened.existed ? opened.name : `${opened.name}（${opened.opens} — ${opened.closes}）` },
			});
			window.history.pushState(null, '', documentEditPath(opened.key));
		} catch (x) {
			const message = x instanceof GovApiError ? x.messageIn(this.#localize.lang()) : String(x);
			notifications?.peek('danger', { data: { headline: t('consult_openFailed'), message } });
		}
	}
}

export { GovOpenConsultationEntityAction as api };
