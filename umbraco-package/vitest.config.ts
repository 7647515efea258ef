import { defineConfig } from 'vitest/config';

const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

// Component tests in Debian's Chromium (never a downloaded browser).
export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		setupFiles: ['test/setup.ts'],
		globals: true,
		testTimeout: 30_000,
		browser: {
			enabled: true,
			provider: 'playwright',
			headless: true,
			api: { host: '127.0.0.1' },
			screenshotFailures: false,
			// Wide enough for the back office's own layout, so screenshots (kept for docs/editors-guide.zh-CN.md) are not clipped.
			viewport: { width: 1280, height: 900 },
			instances: [{ browser: 'chromium', launch: { executablePath: '/usr/bin/chromium', args } }],
		},
	},
	server: { fs: { allow: ['..'] } },
	optimizeDeps: { include: ['ajv', '@umbraco-cms/backoffice/lit-element', '@umbraco-cms/backoffice/external/lit', '@umbraco-cms/backoffice/event', '@umbraco-cms/backoffice/document', '@umbraco-cms/backoffice/auth', '@umbraco-cms/backoffice/external/uui', '@umbraco-cms/backoffice/localization-api', '@umbraco-cms/backoffice/validation', '@umbraco-cms/backoffice/style', '@umbraco-cms/backoffice/modal', '@umbraco-cms/backoffice/entity-action', '@umbraco-cms/backoffice/action', '@umbraco-cms/backoffice/entity', '@umbraco-cms/backoffice/extension-registry', '@umbraco-cms/backoffice/observable-api', '@umbraco-cms/backoffice/media', '@umbraco-cms/backoffice/components'] },
});
