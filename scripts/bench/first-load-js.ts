// npx tsx scripts/bench/first-load-js.ts (after `npm run build`): the JavaScript each reader page
// loads first, from the build's own manifests: the root main files every page loads plus the
// chunks of the layout and the page (entryJSFiles of its client reference manifest), each gzipped
// at level 9 as a server would send it, and which of our client components each chunk holds.
// With --bare it first builds the floor: a one-page App Router app with no client component, in
// .bench-bare/ (inside the project, so that it builds with the project's node_modules), measured
// the same way. Lighthouse is not installed here: this counts bytes, it does not time a page load.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const BARE = ".bench-bare";
if (process.argv.includes("--bare")) {
  mkdirSync(path.join(BARE, "app"), { recursive: true });
  writeFileSync(
    path.join(BARE, "app/layout.tsx"),
    `export default function RootLayout({ children }: { children: React.ReactNode }) {\n  return (<html lang="en"><body>{children}</body></html>);\n}\n`,
  );
  writeFileSync(path.join(BARE, "app/page.tsx"), `export default function Page() {\n  return (<main><h1>Hello</h1><p>A page with no client component.</p></main>);\n}\n`);
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build", BARE], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) throw new Error("the bare app did not build; see above");
}

const routes = ["/page", "/entries/page", "/entries/[slug]/page", "/timeline/page", "/sectors/[slug]/page", "/actors/[slug]/page"];
const size = new Map<string, { raw: number; gzip: number }>();
const sizeOf = (next: string, file: string) => {
  if (!size.has(file)) {
    const body = readFileSync(path.join(next, file.replace(/^\/_next\//, "")));
    size.set(file, { raw: body.byteLength, gzip: gzipSync(body, { level: 9 }).byteLength });
  }
  return size.get(file)!;
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

type Manifest = { clientModules: Record<string, { chunks: string[] }>; entryJSFiles: Record<string, string[]> };
const holder = globalThis as unknown as { __RSC_MANIFEST: Record<string, Manifest> };
const componentsIn = new Map<string, Set<string>>();

console.log("| page | scripts | raw | gzip |\n| --- | ---: | ---: | ---: |");
const builds: [string, string, string[]][] = [[".next", "", routes]];
if (process.argv.includes("--bare")) builds.push([path.join(BARE, ".next"), "the floor: a page with no client component", ["/page"]]);
for (const [NEXT, label, pages] of builds) {
const build = JSON.parse(readFileSync(path.join(NEXT, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
for (const route of pages) {
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
    raw += sizeOf(NEXT, f).raw;
    gzip += sizeOf(NEXT, f).gzip;
  }
  console.log(`| ${label || route.replace(/\/page$/, "") || "/"} | ${files.size} | ${kb(raw)} | ${kb(gzip)} |`);
}
}
console.log("\n| script | raw | gzip | our client components in it |\n| --- | ---: | ---: | --- |");
for (const [file, s] of [...size].sort((a, b) => b[1].gzip - a[1].gzip)) {
  console.log(`| ${path.basename(file)} | ${kb(s.raw)} | ${kb(s.gzip)} | ${[...(componentsIn.get(file) ?? [])].join(", ") || (!componentsIn.has(file) ? "framework (React, Next router)" : "")} |`);
}
