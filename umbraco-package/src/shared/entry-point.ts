import type { UmbEntryPointOnInit } from '@umbraco-cms/backoffice/extension-api';
import { UMB_AUTH_CONTEXT } from '@umbraco-cms/backoffice/auth';
import { setApiConnection } from './api.js';

/**
 * Points every GovOpen API call at the Umbraco server with the signed-in user's token and credentials. The server
 * URL may differ from the page's origin (a separate back-office host): `getOpenApiConfiguration()` gives the URL the
 * back office itself calls (node_modules/@umbraco-cms/backoffice/dist-cms/packages/core/auth/auth.context.js).
 */
export const onInit: UmbEntryPointOnInit = (host) => {
	host.consumeContext(UMB_AUTH_CONTEXT, (auth) => {
		setApiConnection(
			auth
				? () => {
						const c = auth.getOpenApiConfiguration();
						return { base: c.base ?? auth.getServerUrl(), credentials: c.credentials, token: c.token };
					}
				: undefined,
		);
	});
};
