import { defineConfig } from 'vite';

// Library build into the plugin's static web assets; everything from @umbraco-cms is external (the back office provides it).
export default defineConfig({
	publicDir: 'public',
	build: {
		lib: { entry: 'src/manifests.ts', formats: ['es'], fileName: 'govopen' },
		outDir: '../src/GovOpen.Umbraco/wwwroot/App_Plugins/GovOpen',
		emptyOutDir: true,
		sourcemap: true,
		rollupOptions: { external: [/^@umbraco/] },
	},
});
