import "server-only";
// POST /api/v1/extract: an article's text (and its publication date) in, proposed entries out.
// Analysts and up, with a personal token; nothing is saved.
import { NextResponse, type NextRequest } from "next/server";
import { requireRole } from "../../auth/permissions";
import { extractRequest, MAX_ARTICLE_CHARS } from "../../extract/schemas";
import { stripMarkup } from "../../extract/article-input";
import { reviewArticle } from "../../extract/review";
import { badRequest, readJsonBody, tokenRoute } from "../token-route";

export async function extractRoute(request: NextRequest): Promise<Response> {
  return tokenRoute(request, "extract", async (caller) => {
    requireRole(caller, "analyst");
    // Refuse a huge body before reading it: JSON escapes can double an article's size, no more.
    const length = Number(request.headers.get("content-length") ?? 0);
    if (length > MAX_ARTICLE_CHARS * 6) throw badRequest("text", `the request is ${(length / 1e6).toFixed(1)} MB: send one article, of at most ${MAX_ARTICLE_CHARS.toLocaleString("en")} characters`);
    const input = extractRequest.parse(await readJsonBody(request));
    // Markup is read for its words only: a pasted fragment's scripts never reach a proposal.
    return NextResponse.json({ data: await reviewArticle({ ...input, text: stripMarkup(input.text) }) });
  });
}
