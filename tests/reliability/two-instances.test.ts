// Two app instances on one database, as `npm start` on several machines behind a load balancer:
// a session opened on one is good on the other (and closed on both), the sign-in limit counts
// attempts on both, an edit on one is seen on the other, and of saves from the same version sent
// to both, exactly one wins.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PASSWORD, makeAccounts, portBase, printTable, startApp, startCluster, type App, type Cluster, type Tokens } from "./support/harness";

let cluster: Cluster, a: App, b: App, tokens: Tokens;

beforeAll(async () => {
  cluster = await startCluster();
  tokens = await makeAccounts(cluster.url);
  [a, b] = await Promise.all([startApp(portBase + 5, cluster.url), startApp(portBase + 6, cluster.url)]);
});
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await cluster?.remove();
});

/** A mutation as the pages send it: same-origin POST /api/editor/<name> with the session cookie. */
async function mutate(app: App, name: string, body: unknown, cookie?: string, ip = "198.51.100.20") {
  const response = await fetch(`${app.base}/api/editor/${name}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: app.base, "sec-fetch-site": "same-origin", "x-forwarded-for": ip, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  const cookies = response.headers.getSetCookie().map((c) => c.split(";")[0]).filter((c) => !c.endsWith("="));
  return { status: response.status, json: (await response.json()) as { data?: Record<string, unknown>; error?: { message: string } }, cookie: cookies.join("; ") };
}

describe("two app instances on one database", () => {
  it("a session opened on one instance works on the other, and signing out on the other closes it on both", async () => {
    const signIn = await mutate(a, "account.sign-in", { email: tokens.emails.editor, password: PASSWORD });
    expect(signIn.status).toBe(200);
    expect(signIn.cookie).toMatch(/session_token=/);
    const onB = await mutate(b, "token.create", { name: "made on instance B" }, signIn.cookie);
    expect(onB.status).toBe(200);
    const signOut = await mutate(b, "account.sign-out", {}, signIn.cookie);
    expect(signOut.status).toBe(200);
    expect((await mutate(a, "token.create", { name: "after sign-out" }, signIn.cookie)).status).toBe(401);
  });

  it("the sign-in limit counts failed attempts on both instances together", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push((await mutate(i % 2 ? b : a, "account.sign-in", { email: tokens.emails.analyst, password: "wrong password, again" }, undefined, `198.51.100.${30 + i}`)).status);
    }
    // The right password is refused too once the account's limit is reached, on either instance.
    const right = await mutate(b, "account.sign-in", { email: tokens.emails.analyst, password: PASSWORD }, undefined, "198.51.100.99");
    printTable("Sign-in limit across two instances (10 per account per 15 minutes)", [
      ["answers to 12 wrong passwords, alternating A and B", statuses.join(" ")],
      ["then the right password on B", right.status],
    ]);
    expect(statuses.slice(0, 10).every((s) => s === 401 || s === 400)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    expect(right.status).toBe(429);
  });

  it("an edit on one instance is seen on the other, and of parallel saves from one version sent to both, exactly one wins", async () => {
    const list = (await (await fetch(`${a.base}/api/v1/entries?pageSize=1`)).json()) as { data: { id: string; version: number }[] };
    const { id, version } = list.data[0];
    const save = (app: App, i: number) =>
      fetch(`${app.base}/api/v1/entries/${id}`, {
        method: "PATCH",
        headers: { authorization: `Bearer ${tokens.editor}`, "content-type": "application/json", "if-match": `"${version}"` },
        body: JSON.stringify({ summary: `Corrected by save ${i} on instance ${app === a ? "A" : "B"}.`, reason: "two-instance test" }),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { data?: { version: number; summary: string }; error?: { details?: { current?: { version: number } } } } }));
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => save(i % 2 ? b : a, i)));
    const won = results.filter((r) => r.status === 200);
    const conflicts = results.filter((r) => r.status === 409);
    expect(won).toHaveLength(1);
    expect(conflicts).toHaveLength(19);
    expect(conflicts.every((c) => c.body.error?.details?.current?.version === version + 1)).toBe(true);
    // Both instances read the winner.
    for (const app of [a, b]) {
      const entry = (await (await fetch(`${app.base}/api/v1/entries/${id}`)).json()) as { version: number; summary: string };
      expect(entry).toMatchObject({ version: version + 1, summary: won[0].body.data!.summary });
    }
    printTable("Parallel saves from one version, 10 to each instance", [
      ["saved", won.length],
      ["refused with 409 and the current version", conflicts.length],
    ]);
  });
});
