import type { UmbEntryPointOnInit } from '@umbraco-cms/backoffice/extension-api';
import { UMB_AUTH_CONTEXT } from '@umbraco-cms/backoffice/auth';
import { setAuthTokenProvider } from './api.js';

/** Signs every GovOpen API call with the signed-in user's token (the endpoints require back-office access). */
export const onInit: UmbEntryPointOnInit = (host) => {
	host.consumeContext(UMB_AUTH_CONTEXT, (auth) => {
		if (auth) setAuthTokenProvider(() => auth.getLatestToken());
	});
};
