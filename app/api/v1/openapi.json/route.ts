import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/openapi/document";

// Generated from the Zod schemas at build time: the document changes only with the code.
export const dynamic = "force-static";

export function GET() {
  return NextResponse.json(openApiDocument());
}
