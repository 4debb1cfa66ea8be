import "server-only";
// The from-article page's server call (POST /api/editor/extract, multipart): the pasted text or the
// uploaded .txt/.html, and the source details the analyst gives or confirms. The same request
// schema as POST /api/v1/extract decides what text is acceptable. Nothing is saved.
import { NextResponse } from "next/server";
import { badRequest } from "../api/token-route";
import { ArticleInputError, MAX_UPLOAD_BYTES, articleForm, articleFromFile, plainArticle } from "./article-input";
import { findArticleSource } from "./accept";
import { reviewArticle } from "./review";
import { extractRequest } from "./schemas";

const field = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v : undefined;
};

export async function handleArticleReview(request: Request): Promise<Response> {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_UPLOAD_BYTES * 2) throw new ArticleInputError(`That is ${(length / 1e6).toFixed(1)} MB: paste or upload one article (a saved page is well under ${MAX_UPLOAD_BYTES / 1e6} MB).`);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw badRequest("text", "send the article as a form: the text, or a .txt or .html file");
  }
  const given = articleForm.parse({ text: field(form, "text"), title: field(form, "title"), publisher: field(form, "publisher"), url: field(form, "url"), publishedAt: field(form, "publishedAt") });
  const file = form.get("file");
  const uploaded = file && typeof file === "object" && "arrayBuffer" in file && file.size > 0 ? file : null;
  if (!uploaded && !given.text?.trim()) throw badRequest("text", "the text is empty: paste the article's text, or choose a .txt or .html file");
  const article = uploaded ? articleFromFile(uploaded.name, new Uint8Array(await uploaded.arrayBuffer())) : plainArticle(given.text ?? "");
  if (!article.text.trim()) throw new ArticleInputError("No text was found in it. Paste the article's text instead.");
  const publishedAt = given.publishedAt || article.publishedAt || null;
  const input = extractRequest.parse({ text: article.text, publishedAt });
  const source = {
    title: given.title || article.title || article.text.split("\n")[0].slice(0, 200),
    publisher: given.publisher || article.publisher || null,
    url: given.url || article.url || null,
    publishedAt,
  };
  const [review, existing] = await Promise.all([reviewArticle(input), findArticleSource(source)]);
  return NextResponse.json({ data: { review, source: { ...source, id: existing?.id ?? null, existingTitle: existing?.title ?? null }, from: article.from } });
}
