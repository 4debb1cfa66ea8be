// The OpenAPI document: valid OpenAPI 3.1, covering every route the app serves under /api/v1 and
// /feeds with the methods it exports, and describing what the API really answers.
import { readdirSync } from "node:fs";
import path from "node:path";
import { validate, compileErrors, dereference } from "@readme/openapi-parser";
import Ajv2020 from "ajv/dist/2020";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as documentRoute } from "@/app/api/v1/openapi.json/route";
import { prisma } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed/load";
import { getEntries, getEntryById } from "../support/api";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Every route.ts under app/api/v1 and app/feeds, as an OpenAPI path ("[id]" → "{id}"). */
function routeFiles(dir = "app"): { file: string; path: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) return routeFiles(full);
    if (item.name !== "route.ts") return [];
    const route = "/" + path.relative("app", dir).split(path.sep).map((s) => s.replace(/^\[(.+)\]$/, "{$1}")).join("/");
    // The public API; /api/editor/* is the pages' own same-origin mutation door, not an API for others.
    return route.startsWith("/api/v1/") || route.startsWith("/feeds/") ? [{ file: full, path: route }] : [];
  });
}

type Doc = { openapi: string; paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>> };
let doc: Doc;

beforeAll(async () => {
  await seedDatabase(prisma);
  doc = await documentRoute().json();
});

describe("GET /api/v1/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    expect(doc.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
  });

  it("documents every route with exactly the methods it serves", async () => {
    const routes = routeFiles();
    expect(routes.map((r) => r.path)).toContain("/api/v1/entries/{id}");
    for (const route of routes) {
      const served = Object.keys(await import(/* @vite-ignore */ path.resolve(route.file))).filter((k) =>
        (METHODS as readonly string[]).includes(k),
      );
      const documented = Object.keys(doc.paths[route.path] ?? {}).map((m) => m.toUpperCase());
      expect(documented.sort(), `${route.path} in the document`).toEqual(served.sort());
    }
    expect(Object.keys(doc.paths).sort()).toEqual(routes.map((r) => r.path).sort());
  });

  it("describes the entries the API really answers", async () => {
    const full = (await dereference(structuredClone(doc) as never)) as unknown as Doc;
    const ajv = new Ajv2020({ strict: false });
    ajv.addFormat("date-time", true);
    const schemaOf = (p: string, status = "200") => full.paths[p].get.responses[status].content!["application/json"].schema;

    const list = ajv.compile(schemaOf("/api/v1/entries"));
    const { body } = await getEntries("?pageSize=100");
    expect(list(body), JSON.stringify(list.errors)).toBe(true);

    const one = ajv.compile(schemaOf("/api/v1/entries/{id}"));
    const agreement = body.data.find((e) => e.kind === "agreement")!;
    expect(one((await getEntryById(agreement.id)).body), JSON.stringify(one.errors)).toBe(true);

    const error = ajv.compile(schemaOf("/api/v1/entries", "400"));
    expect(error((await getEntries("?kind=rumour")).body), JSON.stringify(error.errors)).toBe(true);
  });
});
