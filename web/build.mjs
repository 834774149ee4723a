// Build the web UI into web/dist: bundle src/app.js (ES modules + npm libraries) with esbuild and copy the
// static files plus the world outline (TopoJSON from the world-atlas package; no tiles or CDNs exist offline).
import { build } from "esbuild";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const out = "dist";
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: ["src/app.js"],
  bundle: true,
  minify: true,
  format: "esm",
  target: ["es2020"],
  outfile: `${out}/app.js`,
  legalComments: "linked",
  logLevel: "warning",
});
copyFileSync("src/index.html", `${out}/index.html`);
copyFileSync("src/style.css", `${out}/style.css`);
copyFileSync("src/i18n.json", `${out}/i18n.json`);
copyFileSync(require.resolve("world-atlas/countries-110m.json"), `${out}/countries-110m.json`);
// Swagger UI for the API docs at /docs (FastAPI's default page would load it from a CDN).
mkdirSync(`${out}/swagger`);
const swagger = dirname(require.resolve("swagger-ui-dist/package.json"));
for (const name of ["swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png", "LICENSE"]) {
  copyFileSync(join(swagger, name), `${out}/swagger/${name}`);
}
console.log("built web/dist");
