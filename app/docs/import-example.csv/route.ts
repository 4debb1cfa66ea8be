import { readFile } from "node:fs/promises";
import path from "node:path";

// The documented example of an import file (docs/import-example.csv), served as a download.
export const dynamic = "force-static";

export async function GET() {
  const text = await readFile(path.join(process.cwd(), "docs", "import-example.csv"), "utf8");
  return new Response(text, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="import-example.csv"' },
  });
}
