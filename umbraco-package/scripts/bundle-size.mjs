// Sizes of the built client (raw and gzip), for docs/benchmarks.md. Run after `npm run build`.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dir = new URL('../../src/GovOpen.Umbraco/wwwroot/App_Plugins/GovOpen/', import.meta.url).pathname;
let raw = 0;
let gz = 0;
const rows = [];
for (const f of readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) {
	const b = readFileSync(join(dir, f));
	const g = gzipSync(b).length;
	raw += b.length;
	gz += g;
	rows.push(`| ${f.replace(/-[A-Za-z0-9_-]{8}\.js$/, '.js')} | ${(b.length / 1024).toFixed(1)} | ${(g / 1024).toFixed(1)} |`);
}
console.log('| file | KiB | KiB gzip |\n|---|---|---|');
console.log(rows.join('\n'));
console.log(`| **total (${rows.length} files)** | **${(raw / 1024).toFixed(1)}** | **${(gz / 1024).toFixed(1)}** |`);
const entry = readFileSync(join(dir, 'govopen.js'), 'utf8');
const umbracoImports = [...entry.matchAll(/from\s*"(@umbraco[^"]*)"/g)].length;
console.log(`\nEntry module govopen.js: ${(entry.length / 1024).toFixed(1)} KiB; every @umbraco-cms/* import stays external (${umbracoImports} bare imports in the entry).`);
