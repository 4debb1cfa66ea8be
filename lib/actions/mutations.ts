import "server-only";
// Every mutation the editor pages can make, with the least role it needs. The route
// app/api/editor/[mutation] serves them; the role matrix test walks this list, so a mutation
// added here is tested for every role that lacks it.
import { changePassword, createUser, setRole, signIn } from "../accounts/accounts";
import { createActor, mergeActors, unmergeActors, updateActor } from "../actors/write";
import { SESSION_COOKIE, deleteSession } from "../auth/sessions";
import {
  createEntry,
  deleteEntry,
  publishEntry,
  restoreEntry,
  returnEntry,
  revertEntry,
  submitEntry,
  updateEntry,
} from "../entries/write";
import { createSource, updateSource } from "../sources/write";
import { mutation, type Mutation } from "./safe-action";

export const MUTATIONS: Mutation[] = [
  mutation("account.sign-in", "anyone", async (ctx, input) => {
    const { token, expiresAt, user } = await signIn(input, ctx);
    ctx.setCookie({ name: SESSION_COOKIE, value: token, expires: expiresAt });
    return { name: user.name, role: user.role };
  }),
  mutation("account.sign-out", "analyst", async (ctx) => {
    if (ctx.sessionToken) await deleteSession(ctx.sessionToken);
    ctx.setCookie({ name: SESSION_COOKIE, value: "", maxAge: 0 });
  }),
  mutation("account.password", "analyst", (ctx, input) => changePassword(ctx.caller!, input, ctx.sessionToken ?? undefined)),
  mutation("user.create", "admin", (ctx, input) => createUser(ctx.caller!, input)),
  mutation("user.role", "admin", (ctx, input) => setRole(ctx.caller!, input)),

  mutation("entry.create", "analyst", (ctx, input) => createEntry(ctx.caller!, input)),
  mutation("entry.update", "analyst", (ctx, input) => updateEntry(ctx.caller!, input)),
  mutation("entry.submit", "analyst", (ctx, input) => submitEntry(ctx.caller!, input)),
  mutation("entry.publish", "editor", (ctx, input) => publishEntry(ctx.caller!, input)),
  mutation("entry.return", "editor", (ctx, input) => returnEntry(ctx.caller!, input)),
  mutation("entry.delete", "editor", (ctx, input) => deleteEntry(ctx.caller!, input)),
  mutation("entry.restore", "editor", (ctx, input) => restoreEntry(ctx.caller!, input)),
  mutation("entry.revert", "editor", (ctx, input) => revertEntry(ctx.caller!, input)),

  mutation("actor.create", "analyst", (ctx, input) => createActor(ctx.caller!, input)),
  mutation("actor.update", "editor", (ctx, input) => updateActor(ctx.caller!, input)),
  mutation("actor.merge", "editor", (ctx, input) => mergeActors(ctx.caller!, input)),
  mutation("actor.unmerge", "editor", (ctx, input) => unmergeActors(ctx.caller!, input)),

  mutation("source.create", "analyst", (ctx, input) => createSource(ctx.caller!, input)),
  mutation("source.update", "editor", (ctx, input) => updateSource(ctx.caller!, input)),
];

export const MUTATION_BY_NAME = new Map(MUTATIONS.map((m) => [m.name, m]));
