import { defineConfig } from 'vite';

// Library build into the plugin's static web assets; everything from @umbraco-cms is external (the back office provides it).
export default defineConfig({
	publicDir: 'public',
	build: {
		lib: { entry: 'src/manifests.ts', formats: ['es'], fileName: 'govopen' },
		outDir: '../src/GovOpen.Umbraco/wwwroot/App_Plugins/GovOpen',
		emptyOutDir: true,
		// Maps for debugging the build, without the sourceMappingURL comment: the package leaves the .map files out.
		sourcemap: 'hidden',
		// Stable chunk names: hashed names changed on every build and left stale static-web-asset entries in
		// incremental `dotnet build`s. Serve App_Plugins with revalidation so browsers pick up upgrades.
		rollupOptions: { external: [/^@umbraco/], output: { chunkFileNames: '[name].js' } },
	},
});
