import "server-only";
// Every mutation the editor pages can make, with the least role it needs. The route
// app/api/editor/[mutation] serves them; the role matrix test walks this list, so a mutation
// added here is tested for every role that lacks it.
import { changePassword, createUser, setRole, signIn, signOut } from "../accounts/accounts";
import { createActor, deleteActor, mergeActors, restoreActor, unmergeActors, updateActor } from "../actors/write";
import {
  createEntry,
  deleteEntry,
  publishEntry,
  restoreEntry,
  returnEntry,
  revertEntry,
  submitEntry,
  updateEntry,
  withdrawEntry,
} from "../entries/write";
import { acceptProposal, addAgreementStep } from "../extract/accept";
import { createPlace, updatePlace } from "../places/write";
import { createSource, deleteSource, restoreSource, updateSource } from "../sources/write";
import { createSynonymSet, deleteSynonymSet, restoreSynonymSet, updateSynonymSet } from "../thesaurus/write";
import { createToken, revokeToken } from "../tokens/tokens";
import { mutation, type Mutation } from "./safe-action";

export const MUTATIONS: Mutation[] = [
  mutation("account.sign-in", "anyone", async (ctx, input) => {
    const { cookies, user } = await signIn(input, ctx);
    cookies.forEach(ctx.setCookie);
    return { name: user.name, role: user.role };
  }),
  mutation("account.sign-out", "analyst", async (ctx) => {
    (await signOut(ctx.caller!, ctx.headers)).forEach(ctx.setCookie);
  }),
  mutation("account.password", "analyst", async (ctx, input) => {
    (await changePassword(ctx.caller!, input, ctx.headers)).forEach(ctx.setCookie);
  }),
  mutation("user.create", "admin", (ctx, input) => createUser(ctx.caller!, input)),
  mutation("user.role", "admin", (ctx, input) => setRole(ctx.caller!, input)),

  mutation("entry.create", "analyst", (ctx, input) => createEntry(ctx.caller!, input)),
  mutation("entry.update", "analyst", (ctx, input) => updateEntry(ctx.caller!, input)),
  mutation("entry.submit", "analyst", (ctx, input) => submitEntry(ctx.caller!, input)),
  mutation("entry.withdraw", "analyst", (ctx, input) => withdrawEntry(ctx.caller!, input)),
  mutation("entry.publish", "editor", (ctx, input) => publishEntry(ctx.caller!, input)),
  mutation("entry.return", "editor", (ctx, input) => returnEntry(ctx.caller!, input)),
  mutation("entry.delete", "editor", (ctx, input) => deleteEntry(ctx.caller!, input)),
  mutation("entry.restore", "editor", (ctx, input) => restoreEntry(ctx.caller!, input)),
  mutation("entry.revert", "editor", (ctx, input) => revertEntry(ctx.caller!, input)),

  mutation("actor.create", "analyst", (ctx, input) => createActor(ctx.caller!, input)),
  mutation("actor.update", "editor", (ctx, input) => updateActor(ctx.caller!, input)),
  mutation("actor.merge", "editor", (ctx, input) => mergeActors(ctx.caller!, input)),
  mutation("actor.unmerge", "editor", (ctx, input) => unmergeActors(ctx.caller!, input)),
  mutation("actor.delete", "editor", (ctx, input) => deleteActor(ctx.caller!, input)),
  mutation("actor.restore", "editor", (ctx, input) => restoreActor(ctx.caller!, input)),

  mutation("place.create", "editor", (ctx, input) => createPlace(ctx.caller!, input)),
  mutation("place.update", "editor", (ctx, input) => updatePlace(ctx.caller!, input)),

  mutation("source.create", "analyst", (ctx, input) => createSource(ctx.caller!, input)),
  mutation("source.update", "editor", (ctx, input) => updateSource(ctx.caller!, input)),
  mutation("source.delete", "editor", (ctx, input) => deleteSource(ctx.caller!, input)),
  mutation("source.restore", "editor", (ctx, input) => restoreSource(ctx.caller!, input)),

  // From an article (/entries/new/from-article): accepting a card adds the source and chosen actors
  // and returns the form's values; a reported agreement step goes into the existing entry.
  mutation("extract.accept", "analyst", (ctx, input) => acceptProposal(ctx.caller!, input)),
  mutation("extract.add-step", "analyst", (ctx, input) => addAgreementStep(ctx.caller!, input)),

  // The search thesaurus (/thesaurus).
  mutation("synonym.create", "editor", (ctx, input) => createSynonymSet(ctx.caller!, input)),
  mutation("synonym.update", "editor", (ctx, input) => updateSynonymSet(ctx.caller!, input)),
  mutation("synonym.delete", "editor", (ctx, input) => deleteSynonymSet(ctx.caller!, input)),
  mutation("synonym.restore", "editor", (ctx, input) => restoreSynonymSet(ctx.caller!, input)),

  // Personal API tokens, from the account page only (never with a token).
  mutation("token.create", "analyst", (ctx, input) => createToken(ctx.caller!, input)),
  mutation("token.revoke", "analyst", (ctx, input) => revokeToken(ctx.caller!, input)),
];

export const MUTATION_BY_NAME = new Map(MUTATIONS.map((m) => [m.name, m]));
