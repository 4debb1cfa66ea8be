// npx tsx scripts/bench/first-load-js.ts (after `npm run build`): the JavaScript each reader page
// loads first, from the build's own manifests: the root main files every page loads plus the
// chunks of the layout and the page (entryJSFiles of its client reference manifest), each gzipped
// at level 9 as a server would send it, and which of our client components each chunk holds.
// Lighthouse is not installed here: this counts bytes, it does not time a page load.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const NEXT = ".next";
const routes = ["/page", "/entries/page", "/entries/[slug]/page", "/timeline/page", "/sectors/[slug]/page", "/actors/[slug]/page"];
const build = JSON.parse(readFileSync(path.join(NEXT, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
const size = new Map<string, { raw: number; gzip: number }>();
const sizeOf = (file: string) => {
  if (!size.has(file)) {
    const body = readFileSync(path.join(NEXT, file.replace(/^\/_next\//, "")));
    size.set(file, { raw: body.byteLength, gzip: gzipSync(body, { level: 9 }).byteLength });
  }
  return size.get(file)!;
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

type Manifest = { clientModules: Record<string, { chunks: string[] }>; entryJSFiles: Record<string, string[]> };
const holder = globalThis as unknown as { __RSC_MANIFEST: Record<string, Manifest> };
const componentsIn = new Map<string, Set<string>>();

console.log("| page | scripts | raw | gzip |\n| --- | ---: | ---: | ---: |");
for (const route of routes) {
  const file = path.join(NEXT, "server/app", `${route}_client-reference-manifest.js`);
  if (!existsSync(file)) continue;
  holder.__RSC_MANIFEST = {};
  new Function(readFileSync(file, "utf8"))();
  const manifest = holder.__RSC_MANIFEST[route];
  const page = `[project]/app${route}`;
  const files = new Set([...build.rootMainFiles, ...(manifest.entryJSFiles["[project]/app/layout"] ?? []), ...(manifest.entryJSFiles[page] ?? [])]);
  for (const [module, { chunks }] of Object.entries(manifest.clientModules)) {
    if (!module.startsWith("[project]/components") && !module.startsWith("[project]/app")) continue;
    for (const chunk of chunks) {
      const key = chunk.replace(/^\/_next\//, "");
      componentsIn.set(key, (componentsIn.get(key) ?? new Set()).add(module.replace("[project]/", "").replace(/ <.*$/, "")));
    }
  }
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    raw += sizeOf(f).raw;
    gzip += sizeOf(f).gzip;
  }
  console.log(`| ${route.replace(/\/page$/, "") || "/"} | ${files.size} | ${kb(raw)} | ${kb(gzip)} |`);
}
console.log("\n| script | raw | gzip | our client components in it |\n| --- | ---: | ---: | --- |");
for (const [file, s] of [...size].sort((a, b) => b[1].gzip - a[1].gzip)) {
  console.log(`| ${path.basename(file)} | ${kb(s.raw)} | ${kb(s.gzip)} | ${[...(componentsIn.get(file) ?? [])].join(", ") || (build.rootMainFiles.includes(file) ? "framework (React, Next router)" : "")} |`);
}
