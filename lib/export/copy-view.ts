import "server-only";
// What the exports written by PostgreSQL share (lib/export/csv-copy.ts, json-copy.ts):
// 1. In one REPEATABLE READ transaction (a consistent snapshot however long the download), the
//    browse view's matches are numbered in the view's order into a temporary table `export_rows`
//    ("n", "id", and with `entryColumns` the entry's columns the exports read and its speaker's slug
//    and name), through the one filter-and-search path (entryFilters, orderBy) with bound parameters.
// 2. One `COPY (…) TO STDOUT` reads that table and streams its output straight to the response with
//    backpressure. COPY takes no parameters, and these statements have none.
//
// The JSON export takes the entry's columns along and groups the linked rows by "n", so its COPY
// reads every part in the view's order and merges them as they come. From ids alone, PostgreSQL
// hashed Entry against them (on disk, in 64 batches at a million entries) and then sorted the 1.2 GB
// of finished JSON back into the view's order. The CSV's rows are a third as wide: there, copying
// the columns cost more than the sort it saved (31.5 and 36.0 s against 29.5 and 34.8 s over HTTP
// for a million entries).
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { prisma } from "../db/client";
import { Prisma } from "../db/generated/client";
import { databaseUrl } from "../env";
import { entryFilters, orderBy } from "../entries/search";
import { effectiveSort } from "../entries/schemas";
import type { ExportQuery } from "./entries";
import { StreamCancelled, type Write } from "./stream";
import { ServiceBusyError } from "../auth/errors";

/**
 * A source's address as it leaves the record, as SQL: only a web address, the rule of the
 * Source_url_web_only constraint (WEB_URL_PATTERN and webUrl in lib/links/web-url.ts).
 */
export const webUrlSql = (url: string) => `CASE WHEN btrim(${url}) ~* '^https?://[^[:space:][:cntrl:]]+$' THEN btrim(${url}) END`;

/** Streams one COPY … TO STDOUT to `write`, and returns once the connection is ready for the next statement. */
async function copyOut(client: pg.Client, sql: string, write: Write) {
  const stream = copyTo(sql);
  // The stream ends at the data's end, before PostgreSQL's ReadyForQuery; wait for that too.
  const ready = new Promise<void>((resolve) => ((stream as unknown as { handleReadyForQuery: () => void }).handleReadyForQuery = () => resolve()));
  for await (const chunk of client.query(stream)) await write(chunk as Buffer);
  await ready;
}

/**
 * How many exports may run at once, across every instance: each holds a connection of its own and
 * a snapshot for as long as its download takes, so unread downloads must not use up PostgreSQL's
 * connections. A slot is a session advisory lock, let go when the export's connection closes.
 */
export const EXPORT_SLOTS = 4;
const SLOT_LOCKS = 0x45585054; // the advisory locks' first key ("EXPT"); the second is the slot

/**
 * The connection an export runs on, holding one of the export slots; a ServiceBusyError (503) when
 * every slot is taken. The caller ends it (`client.end()`), which frees the slot.
 */
export async function openExport(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl(), application_name: "record-export" });
  client.on("error", (error) => console.warn("Export connection:", error.message));
  await client.connect();
  try {
    for (let slot = 0; slot < EXPORT_SLOTS; slot++) {
      const { rows } = await client.query<{ taken: boolean }>("SELECT pg_try_advisory_lock($1::int, $2::int) AS taken", [SLOT_LOCKS, slot]);
      if (rows[0].taken) return client;
    }
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
  await client.end().catch(() => {});
  throw new ServiceBusyError(`${EXPORT_SLOTS} exports are being downloaded right now, the most the record serves at once: try again in a minute.`, 60);
}

/** The entry's columns the exports read (alias e), and its speaker's slug and name. */
const ENTRY_COLUMNS = [
  "id", "slug", "kind", "title", "summary", "dateStart", "dateEnd", "datePrecision", "sectors", "status", "durationYears",
  "speakerId", "quote", "quoteVerbatim", "quoteLanguage", "quoteOriginal", "reportedBy", "figures", "updatedAt", "version",
].map((column) => `e."${column}"`).join(", ") + `, speaker."slug" AS "speakerSlug", speaker."name" AS "speakerName"`;
const ENTRY_FROM = `FROM "Entry" e LEFT JOIN "Actor" speaker ON speaker."id" = e."speakerId"`;

/**
 * Runs `copySql` (a COPY … TO STDOUT reading export_rows) over the view's matches into `write`, on an
 * export's connection (openExport); returns how many matched.
 */
export async function copyView(client: pg.Client, query: ExportQuery, copySql: string, write: Write, { entryColumns = false } = {}): Promise<number> {
  const { where, search } = await entryFilters(query);
  const columns = entryColumns ? ENTRY_COLUMNS : `e."id"`;
  const from = entryColumns ? ENTRY_FROM : `FROM "Entry" e`;
  let backend: number | null = null;
  try {
    backend = (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0].pid;
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
    // The table takes its columns' types from Entry's and Actor's (no rows are read).
    await client.query(`CREATE TEMP TABLE export_rows ON COMMIT DROP AS SELECT 0::bigint AS "n", ${columns} ${from} WITH NO DATA`);
    await client.query(`ALTER TABLE export_rows ADD PRIMARY KEY ("n")`);
    const numbered = Prisma.sql`INSERT INTO export_rows
      SELECT row_number() OVER (ORDER BY ${orderBy(effectiveSort(query), search)}), ${Prisma.raw(columns)} ${Prisma.raw(from)} WHERE ${where}`;
    const total = (await client.query(numbered.text, numbered.values)).rowCount ?? 0;
    await client.query("ANALYZE export_rows");
    if (total > 0) await copyOut(client, copySql, write);
    await client.query("COMMIT");
    return total;
  } catch (error) {
    // A cancelled download stops the statement at once, rather than letting PostgreSQL finish a
    // batch nobody reads; closing the connection then ends the transaction.
    if (error instanceof StreamCancelled && backend !== null) {
      await prisma.$queryRaw`SELECT pg_cancel_backend(${backend}::int)`.catch(() => {});
    }
    // The transaction ends with the connection, which the export's caller closes.
    throw error;
  }
}
