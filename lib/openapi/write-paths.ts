// The write API's part of the OpenAPI document, from the very schemas the domain functions parse
// with (lib/entries/input.ts, lib/actors/input.ts, lib/sources/input.ts, lib/import/http.ts).
import { z } from "zod";
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject } from "zod-openapi";
import { actorCreateInput, actorDeleteInput, actorMergeInput, actorRestoreInput, actorUpdateInput } from "../actors/input";
import { entryCreateInput, entryDecisionInput, entryFieldsObject, entryRevertInput, entryUpdateInput } from "../entries/input";
import { importQuery } from "../import/http";
import { sourceCreateInput, sourceDeleteInput, sourceRestoreInput, sourceUpdateInput } from "../sources/input";
import { errorSchema } from "./schemas";

const json = (schema: z.ZodType) => ({ "application/json": { schema } });
const security = [{ bearerToken: [] }];
const ifMatch = z.object({
  "if-match": z.string().optional().meta({ description: 'The version you started from, e.g. "3" (or send a `version` field)', example: '"3"' }),
});

/**
 * An entry as the write API answers it: the fields in the shape a change sends them (the form's
 * schema, rendered as its input since its cleaning transforms have no JSON Schema), plus state and version.
 */
const fieldsJsonSchema = (() => {
  const { $schema: _s, ...schema } = z.toJSONSchema(entryFieldsObject, { io: "input", target: "draft-2020-12", unrepresentable: "any" }) as Record<string, unknown> & {
    properties: Record<string, unknown>;
    required: string[];
  };
  return {
    ...schema,
    properties: {
      ...schema.properties,
      id: { type: "string" },
      slug: { type: "string" },
      state: { type: "string", enum: ["draft", "in_review", "published"] },
      deleted: { type: "boolean" },
      reviewNote: { type: ["string", "null"] },
      version: { type: "integer", description: "Send it back (If-Match or `version`) with the next change" },
    },
    required: [...schema.required, "id", "slug", "state", "deleted", "version"],
  };
})();
export const entrySnapshotSchema = z
  .object({})
  .loose()
  .meta({
    id: "EntryWritten",
    description: "An entry as written: the fields a change sends, plus its state and version",
    override: ({ jsonSchema }: { jsonSchema: Record<string, unknown> }) => Object.assign(jsonSchema, fieldsJsonSchema),
  });

const mergeFieldList = { type: "array", items: { type: "string", enum: ["kind", "title", "summary", "date", "sectors", "places", "actors", "citations", "agreement", "statement"] } };
/** The answer to PATCH: the entry as written, and whether it was merged with saves made since its version. */
const entryUpdatedSchema = z
  .object({})
  .loose()
  .meta({
    id: "EntryUpdated",
    description: "An entry as written, and how a change sent from an older version was merged",
    override: ({ jsonSchema }: { jsonSchema: Record<string, unknown> }) =>
      Object.assign(jsonSchema, {
        ...fieldsJsonSchema,
        properties: {
          ...fieldsJsonSchema.properties,
          merged: { type: "boolean", description: "true when the change started from an older version and was merged with the saves made since" },
          mergedFields: {
            type: "object",
            description: "Only when merged: the version the change started from, the fields taken from it (`yours`) and those kept from the saves made since (`theirs`)",
            properties: { fromVersion: { type: "integer" }, yours: mergeFieldList, theirs: mergeFieldList },
            required: ["fromVersion", "yours", "theirs"],
          },
        },
        required: [...fieldsJsonSchema.required, "merged"],
      }),
  });

const actorSchema = z
  .object({ id: z.string(), slug: z.string(), name: z.string(), kind: z.string(), country: z.string().nullable(), titles: z.array(z.string()), version: z.number().int() })
  .meta({ id: "ActorWritten" });
const sourceSchema = z
  .object({ id: z.string(), title: z.string(), publisher: z.string().nullable(), url: z.string().nullable(), reliability: z.string().nullable(), version: z.number().int() })
  .meta({ id: "SourceWritten" });

const errors = {
  "400": { description: "Invalid input: the issues name each field and why", content: json(errorSchema) },
  "401": { description: "No valid API token: create one on your account page", content: json(errorSchema) },
  "403": { description: "Your role does not allow this", content: json(errorSchema) },
};
const notFound = { "404": { description: "No such record", content: json(errorSchema) } };
const conflict = {
  "409": { description: "Someone changed it after the version you started from: `error.details.current` is the record now (its version also in ETag)", content: json(errorSchema) },
};
const inUse = (what: string) => ({
  "409": {
    description: `Someone changed it after the version you started from (\`error.details.current\`), or non-deleted entries still ${what} (\`error.details.entries\` lists their permalinks)`,
    content: json(errorSchema),
  },
});
const unprocessable = { "422": { description: "Well-formed but not possible now (e.g. publishing a deleted entry)", content: json(errorSchema) } };

const op = (o: Omit<ZodOpenApiOperationObject, "security">): ZodOpenApiOperationObject => ({ security, ...o });
const idPath = (what: string) => z.object({ id: z.string().meta({ description: `The ${what}'s id${what === "entry" ? " or permalink" : ""}` }) });
const bodyOf = (schema: z.ZodType) => ({ required: true, content: json(schema) });

export const writePaths: ZodOpenApiPathsObject = {
  "/api/v1/entries": {
    post: op({
      operationId: "createEntry",
      tags: ["Writing"],
      summary: "Log a new entry (as a draft)",
      description:
        "Needs an analyst's token or higher. The entry starts as a draft of the token's owner; its first revision is written with it. Fields that may be empty may be left out: `date` (or its `end`), `places`, `actors`, `agreement` and `statement` default to null or []. An entry whose title is spelled like one already recorded (drafts and entries in review included) is refused with 409 and the matches in `error.details.matches`, unless the body says `\"allowDuplicate\": true` (or the query `?allowDuplicate=true`).",
      requestBody: bodyOf(
        z.object({ ...entryCreateInput.shape, allowDuplicate: z.boolean().default(false).meta({ description: "Create it even if it looks like an entry already recorded" }) }),
      ),
      responses: {
        "201": { description: "Created; Location (readable with the same token) and ETag name it", content: json(entrySnapshotSchema) },
        ...errors,
        "409": { description: "It looks like an entry already recorded: `error.details.matches` lists them (id, slug, title, state, why, location)", content: json(errorSchema) },
        ...unprocessable,
      },
    }),
  },
  "/api/v1/entries/{id}": {
    patch: op({
      operationId: "updateEntry",
      tags: ["Writing"],
      summary: "Change an entry",
      description:
        "Fields left out keep their value. Analysts change only their own drafts; editors anything. Carries the version it started from. " +
        "A change from an older version is merged like a wiki merges: if it touches none of the fields changed since that version, it is saved on top of the current one and answered with `merged: true` and `mergedFields`; " +
        "if it changes a field that was also changed since (differently), it is refused with 409 and `error.details.conflicts` names each such field (`error.details.current` is the entry now).",
      requestParams: { path: idPath("entry"), header: ifMatch },
      requestBody: bodyOf(entryUpdateInput.partial({ id: true, version: true })),
      responses: {
        "200": { description: "Changed; a new revision (or none when nothing changed)", content: json(entryUpdatedSchema) },
        ...errors,
        ...notFound,
        "409": {
          description:
            "A field you changed was also changed since the version you started from: `error.details.conflicts` lists them (`field`, `label`), `error.details.current` is the entry now (its version also in ETag)",
          content: json(errorSchema),
        },
        ...unprocessable,
      },
    }),
    delete: op({
      operationId: "deleteEntry",
      tags: ["Writing"],
      summary: "Delete an entry (reversibly)",
      description: "Editors. The entry leaves the record and the read API; POST …/restore brings it back with its history. `reason` and `version` may also come as query parameters.",
      requestParams: { path: idPath("entry"), header: ifMatch },
      requestBody: { content: json(entryDecisionInput.partial({ id: true, version: true })) },
      responses: { "200": { description: "Deleted", content: json(entrySnapshotSchema) }, ...errors, ...notFound, ...conflict, ...unprocessable },
    }),
  },
  "/api/v1/entries/{id}/{action}": {
    post: op({
      operationId: "entryAction",
      tags: ["Writing"],
      summary: "Submit, withdraw, publish, return, restore or revert an entry",
      description: "submit: analysts hand a draft to the editors. withdraw: its author takes an entry in review back as a draft, to edit it again. publish, return (to its author, as a draft), restore (a deleted entry), revert (to `toVersion`): editors.",
      requestParams: {
        path: idPath("entry").extend({ action: z.enum(["submit", "withdraw", "publish", "return", "restore", "revert"]) }),
        header: ifMatch,
      },
      requestBody: bodyOf(entryRevertInput.partial({ id: true, version: true, toVersion: true })),
      responses: { "200": { description: "Done; a new revision", content: json(entrySnapshotSchema) }, ...errors, ...notFound, ...conflict, ...unprocessable },
    }),
  },
  "/api/v1/actors": {
    post: op({
      operationId: "createActor",
      tags: ["Writing"],
      summary: "Add an actor, with every spelling of the name",
      requestBody: bodyOf(actorCreateInput),
      responses: { "201": { description: "Created", content: json(actorSchema) }, ...errors },
    }),
  },
  "/api/v1/actors/{id}": {
    patch: op({
      operationId: "updateActor",
      tags: ["Writing"],
      summary: "Change an actor (editors)",
      description: "Its version is the `version` of the last answer (or ETag).",
      requestParams: { path: idPath("actor"), header: ifMatch },
      requestBody: bodyOf(actorUpdateInput.partial({ id: true })),
      responses: { "200": { description: "Changed", content: json(actorSchema) }, ...errors, ...notFound, ...conflict, ...unprocessable },
    }),
    delete: op({
      operationId: "deleteActor",
      tags: ["Writing"],
      summary: "Delete an actor (editors; reversible)",
      description:
        "The actor leaves suggestions, pickers, the actor filter and its page; POST …/restore brings it back with every spelling. Refused while a non-deleted entry involves it: merge it into another actor, or remove it from those entries first. `reason` and `version` may also come as query parameters.",
      requestParams: { path: idPath("actor"), header: ifMatch },
      requestBody: { content: json(actorDeleteInput.partial({ id: true, version: true })) },
      responses: { "200": { description: "Deleted", content: json(actorSchema) }, ...errors, ...notFound, ...inUse("involve it"), ...unprocessable },
    }),
  },
  "/api/v1/actors/{id}/restore": {
    post: op({
      operationId: "restoreActor",
      tags: ["Writing"],
      summary: "Restore a deleted actor (editors)",
      requestParams: { path: idPath("actor"), header: ifMatch },
      requestBody: bodyOf(actorRestoreInput.partial({ id: true, version: true })),
      responses: { "200": { description: "Restored", content: json(actorSchema) }, ...errors, ...notFound, ...conflict, ...unprocessable },
    }),
  },
  "/api/v1/actors/{id}/merge": {
    post: op({
      operationId: "mergeActor",
      tags: ["Writing"],
      summary: "Merge a duplicate actor into another (editors; reversible)",
      description: "Every spelling, role and statement moves to `intoId`; POST …/unmerge puts them back.",
      requestParams: { path: idPath("actor") },
      requestBody: bodyOf(z.object({ intoId: actorMergeInput.shape.intoId, reason: actorMergeInput.shape.reason })),
      responses: { "200": { description: "Merged", content: json(z.object({}).loose()) }, ...errors, ...notFound, ...unprocessable },
    }),
  },
  "/api/v1/actors/{id}/unmerge": {
    post: op({
      operationId: "unmergeActor",
      tags: ["Writing"],
      summary: "Undo the latest merge of this actor (editors)",
      requestParams: { path: idPath("actor") },
      requestBody: bodyOf(z.object({ reason: z.string(), mergeId: z.string().optional() })),
      responses: { "200": { description: "Undone", content: json(z.object({}).loose()) }, ...errors, ...notFound, ...unprocessable },
    }),
  },
  "/api/v1/sources": {
    post: op({
      operationId: "createSource",
      tags: ["Writing"],
      summary: "Add a source (grading its reliability is for editors)",
      requestBody: bodyOf(sourceCreateInput),
      responses: { "201": { description: "Created", content: json(sourceSchema) }, ...errors },
    }),
  },
  "/api/v1/sources/{id}": {
    patch: op({
      operationId: "updateSource",
      tags: ["Writing"],
      summary: "Correct or grade a source (editors)",
      requestParams: { path: idPath("source"), header: ifMatch },
      requestBody: bodyOf(sourceUpdateInput.partial({ id: true })),
      responses: { "200": { description: "Changed", content: json(sourceSchema) }, ...errors, ...notFound, ...conflict },
    }),
    delete: op({
      operationId: "deleteSource",
      tags: ["Writing"],
      summary: "Delete a source (editors; reversible)",
      description:
        "The source leaves the entry form's picker; POST …/restore brings it back. Refused while a non-deleted entry cites it or names it for an agreement step. `reason` and `version` may also come as query parameters.",
      requestParams: { path: idPath("source"), header: ifMatch },
      requestBody: { content: json(sourceDeleteInput.partial({ id: true, version: true })) },
      responses: { "200": { description: "Deleted", content: json(sourceSchema) }, ...errors, ...notFound, ...inUse("cite it"), ...unprocessable },
    }),
  },
  "/api/v1/sources/{id}/restore": {
    post: op({
      operationId: "restoreSource",
      tags: ["Writing"],
      summary: "Restore a deleted source (editors)",
      requestParams: { path: idPath("source"), header: ifMatch },
      requestBody: bodyOf(sourceRestoreInput.partial({ id: true, version: true })),
      responses: { "200": { description: "Restored", content: json(sourceSchema) }, ...errors, ...notFound, ...conflict, ...unprocessable },
    }),
  },
  "/api/v1/backup": {
    get: op({
      operationId: "backup",
      tags: ["Import"],
      summary: "Download a full backup (admins)",
      description:
        "Every table, drafts, deleted entries, history and accounts included, as `{ format, version, exportedAt, migrations, tables: { <Table>: [rows] } }`, streamed. Restore it into an empty database with `npm run db:restore -- file.json`.",
      responses: { "200": { description: "The backup, as an attachment", content: json(z.object({ format: z.string(), version: z.number().int(), tables: z.record(z.string(), z.array(z.object({}).loose())) })) }, ...errors },
    }),
  },
  "/api/v1/imports": {
    post: op({
      operationId: "importEntries",
      tags: ["Import"],
      summary: "Dry run or import a CSV or JSON file (editors)",
      description:
        "The body is the file itself (the export's formats; columns in docs/import.md). By default a dry run: what would be created or updated, likely duplicates, and every invalid row with its row number, field and reason. With dryRun=false the import runs all or nothing (422 with the report if any row is invalid); send `Accept: application/x-ndjson` to get progress lines as it goes.",
      requestParams: { query: importQuery },
      requestBody: {
        required: true,
        content: { "text/csv": { schema: z.string() }, "application/json": { schema: z.array(z.object({}).loose()) } },
      },
      responses: {
        "200": { description: "The dry run's report (or, with Accept: application/x-ndjson, the import's progress lines)", content: json(z.object({ data: z.object({}).loose() })) },
        "201": { description: "Imported: what was created and updated", content: json(z.object({ data: z.object({}).loose() })) },
        ...errors,
        "409": { description: "An entry changed while importing: nothing was written", content: json(errorSchema) },
        "413": { description: "The file is too large: split it", content: json(errorSchema) },
        "422": { description: "Invalid rows (nothing written; error.report says which) or an unreadable file", content: json(errorSchema) },
      },
    }),
  },
};
