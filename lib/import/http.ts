import "server-only";
// POST of an import file, from the API (token) or the import page (session): the dry run by
// default, the import itself with dryRun=false. The body is the file as it is (CSV or JSON).
// Asked for application/x-ndjson, the import answers with progress lines as it goes.
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { text } from "../validation/text";
import { prisma } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { Caller } from "../auth/caller";
import { ConflictError } from "../auth/errors";
import { requireRole } from "../auth/permissions";
import { apiError } from "../api/errors";
import { badRequest } from "../api/token-route";
import { streamFrom } from "../export/stream";
import { ImportFileError } from "./csv";
import { planFile, planReport } from "./dry-run";
import { ImportRefused, runImport } from "./apply";

/** Large enough for tens of thousands of rows; a bigger file should be split. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const importQuery = z
  .object({
    format: z.enum(["csv", "json"], { error: "format is csv or json" }).optional().meta({ description: "Default: from Content-Type (text/csv or application/json), else from the file name" }),
    dryRun: z.enum(["true", "false"]).default("true").meta({ description: "true (default): only report what would happen. false: import, all or nothing" }),
    state: z.enum(["draft", "published"]).default("draft").meta({ description: "Editorial state of the new entries" }),
    name: text().trim().min(1).max(200).optional().meta({ description: "The file's name, kept in the revisions (“Imported from …”)" }),
  })
  .strict();

function formatOf(query: z.infer<typeof importQuery>, contentType: string | null): "csv" | "json" {
  if (query.format) return query.format;
  if (contentType?.includes("csv")) return "csv";
  if (contentType?.includes("json")) return "json";
  if (query.name?.toLowerCase().endsWith(".csv")) return "csv";
  if (query.name?.toLowerCase().endsWith(".json")) return "json";
  throw badRequest("format", "say whether the file is CSV or JSON: ?format=csv, or Content-Type: text/csv");
}

function importError(error: unknown): Response {
  // Someone else took a permalink the import chose while it ran: nothing was written, and a second run picks another.
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    return apiError(new ConflictError("The record changed while importing (a permalink was taken): nothing was written. Run the import again."));
  }
  if (error instanceof ImportRefused) {
    return NextResponse.json({ error: { message: error.message, issues: [], report: error.report } }, { status: 422 });
  }
  if (error instanceof ImportFileError) return NextResponse.json({ error: { message: error.message, issues: [] } }, { status: 422 });
  return apiError(error);
}

export async function handleImport(request: NextRequest, caller: Caller): Promise<Response> {
  try {
    requireRole(caller, "editor");
    const query = importQuery.parse(Object.fromEntries(request.nextUrl.searchParams));
    const format = formatOf(query, request.headers.get("content-type"));
    const declared = Number(request.headers.get("content-length") ?? 0);
    if (declared > MAX_IMPORT_BYTES) {
      return NextResponse.json({ error: { message: `The file is over ${MAX_IMPORT_BYTES / 1024 / 1024} MB: split it into smaller files.`, issues: [] } }, { status: 413 });
    }
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.byteLength > MAX_IMPORT_BYTES) {
      return NextResponse.json({ error: { message: `The file is over ${MAX_IMPORT_BYTES / 1024 / 1024} MB: split it into smaller files.`, issues: [] } }, { status: 413 });
    }
    // A file cut short on the way (a dropped connection, a proxy's size limit) could still read as
    // valid rows and import part of itself: only the whole file is read.
    if (declared && bytes.byteLength !== declared) {
      return NextResponse.json(
        { error: { message: `Only ${bytes.byteLength.toLocaleString("en")} of the file's ${declared.toLocaleString("en")} bytes arrived: nothing was read. Send the file again.`, issues: [] } },
        { status: 400 },
      );
    }
    const text = new TextDecoder().decode(bytes);
    if (query.dryRun === "true") return NextResponse.json({ data: planReport(await planFile(prisma, format, text)) });

    const options = { format, text, fileName: query.name ?? `an ${format.toUpperCase()} file`, state: query.state } as const;
    if (!request.headers.get("accept")?.includes("application/x-ndjson")) {
      return NextResponse.json({ data: await runImport(caller, options) }, { status: 201 });
    }
    // Progress as it happens, one JSON object a line, then the result (or the error) as the last line.
    const stream = streamFrom(async (write) => {
      try {
        const result = await runImport(caller, options, (event) => write(JSON.stringify({ type: "progress", ...event }) + "\n"));
        await write(JSON.stringify({ type: "result", data: result }) + "\n");
      } catch (error) {
        const response = importError(error);
        await write(JSON.stringify({ type: "error", status: response.status, ...(await response.json()) }) + "\n");
      }
    });
    return new Response(stream, { status: 200, headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof ConflictError) return apiError(error);
    return importError(error);
  }
}
