// Helpers for the editor's mutations: accounts made as the command line makes them, and requests
// to POST /api/editor/<mutation> built as a browser on this site (or another) would send them.
import { NextRequest } from "next/server";
import { POST } from "@/app/api/editor/[mutation]/route";
import { createUser } from "@/lib/accounts/accounts";
import { cliCaller, type Caller } from "@/lib/auth/caller";
import type { Role } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";

export const SITE = "http://record.test";
export const PASSWORD = "correct horse battery staple";

type Options = { cookie?: string | null; origin?: string | null; ip?: string };

export async function post(name: string, body: unknown, { cookie, origin = SITE, ip = "198.51.100.7" }: Options = {}) {
  const headers = new Headers({ "content-type": "application/json", host: new URL(SITE).host, "x-forwarded-for": ip });
  if (origin) headers.set("origin", origin);
  if (cookie) headers.set("cookie", cookie);
  const request = new NextRequest(`${SITE}/api/editor/${name}`, { method: "POST", headers, body: JSON.stringify(body) });
  const response = await POST(request, { params: Promise.resolve({ mutation: name }) });
  const json = (await response.json()) as { data?: unknown; error?: { message: string; issues: unknown[]; details?: unknown } };
  return { status: response.status, json, setCookie: response.headers.get("set-cookie") };
}

export type Account = { caller: Caller; cookie: string; email: string };

/** A user of the role, signed in through the sign-in mutation; its cookie for later requests. */
export async function account(role: Role, email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.org`): Promise<Account> {
  const user = await createUser(cliCaller(), { email, name: `Test ${role}`, role, password: PASSWORD });
  const { status, setCookie } = await post("account.sign-in", { email, password: PASSWORD }, { ip: `203.0.113.${Math.floor(Math.random() * 250)}` });
  if (status !== 200 || !setCookie) throw new Error(`sign-in failed with ${status}`);
  return { caller: { userId: user.id, email, role, via: "session", ip: null }, cookie: setCookie.split(";")[0], email };
}

/** Ids of a few seeded actors and sources, to build entries from. */
export async function seedRefs() {
  const [actors, sources] = await Promise.all([
    prisma.actor.findMany({ orderBy: { slug: "asc" }, take: 3, select: { id: true, name: true } }),
    prisma.source.findMany({ orderBy: { title: "asc" }, take: 2, select: { id: true, title: true } }),
  ]);
  return { actors, sources };
}

export function eventInput(refs: Awaited<ReturnType<typeof seedRefs>>, title = "Russian and Iranian oil ministers meet in Baku") {
  return {
    kind: "event" as const,
    title,
    summary: "The two ministers met on the margins of a regional energy forum.",
    date: { start: "2026-03", end: null },
    sectors: ["energy" as const],
    places: ["Baku"],
    actors: [{ actorId: refs.actors[0].id, role: "participant" }],
    citations: [{ sourceId: refs.sources[0].id, quote: "the ministers met in Baku", credibility: 2 }],
    agreement: null,
    statement: null,
  };
}
