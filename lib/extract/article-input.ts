// What the analyst hands the extractor: pasted text, a .txt file, or a saved .html page. HTML is
// reduced to the article's main text with Mozilla's Readability on a linkedom document: no script
// is ever run (linkedom has no script engine) and only plain text goes on; nothing is stored.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { z } from "zod";
import { InvalidRequestError } from "../auth/errors";
import { MAX_ARTICLE_CHARS } from "./schemas";
import { articleMetadata } from "./publication";

/** A saved page is larger than its text; 3 MB holds any news page, a 5 MB paste is no article. */
export const MAX_UPLOAD_BYTES = 3_000_000;

/** A file or text the extractor cannot read, with what to do instead (422). */
export class ArticleInputError extends InvalidRequestError {}

export type ArticleText = { text: string; title: string | null; publisher: string | null; url: string | null; publishedAt: string | null; from: "text" | "html" };

const looksBinary = (bytes: Uint8Array) => {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of sample) if (b === 0 || (b < 9) || (b > 13 && b < 32)) control++;
  return control > 0 && control / Math.max(1, sample.length) > 0.001;
};

function isoDay(value: string | null | undefined): string | null {
  const m = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value.trim()) : null;
  return m ? m[1] : null;
}

/** The main text of an HTML page, paragraphs kept apart, with what its head says about it. */
export function htmlToArticle(html: string): ArticleText {
  const { document } = parseHTML(html);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute("content") ?? null;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? meta('meta[property="og:url"]');
  const published = meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? meta('meta[itemprop="datePublished"]') ?? document.querySelector("time[datetime]")?.getAttribute("datetime") ?? null;
  const parsed = new Readability(document as unknown as Document).parse();
  if (!parsed?.content) throw new ArticleInputError("No article text was found in this page. Open the article in your browser, select its text and paste it instead.");
  // Block ends become line breaks so paragraphs (and sentence positions) survive.
  const blocks = parsed.content.replace(/<\/(p|h[1-6]|li|blockquote|div|tr|section|article|figcaption)>|<br\s*\/?>/gi, "$&\n");
  const text = (parseHTML(`<html><body>${blocks}</body></html>`).document.body.textContent ?? "")
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
  return {
    text,
    title: parsed.title?.trim() || null,
    publisher: parsed.siteName?.trim() || null,
    url: canonical && /^https?:\/\//i.test(canonical) ? canonical : null,
    publishedAt: isoDay(parsed.publishedTime ?? published),
    from: "html",
  };
}

/** Text from an uploaded file: .txt as it is, .html through the reader view; anything else refused with what to do. */
export function articleFromFile(name: string, bytes: Uint8Array): ArticleText {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new ArticleInputError(`The file is ${(bytes.byteLength / 1e6).toFixed(1)} MB; an article page is well under ${MAX_UPLOAD_BYTES / 1e6} MB. Upload the article alone, or paste its text.`);
  if (bytes.byteLength === 0) throw new ArticleInputError("The file is empty. Choose the saved article, or paste its text.");
  if (looksBinary(bytes)) throw new ArticleInputError("This file is not text (it looks like a PDF, an image or a word-processor file). Save the article as .txt or .html, or paste its text.");
  const content = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (/\.html?$/i.test(name) || /^\s*(<!doctype html|<html|<head|<body)/i.test(content)) return htmlToArticle(content);
  if (!/\.txt$/i.test(name) && !/\.text$/i.test(name)) throw new ArticleInputError("Upload a .txt or a saved .html file, or paste the article's text.");
  return plainArticle(content);
}

/** Markup in pasted text (a fragment copied as source): its words only, scripts and styles dropped. */
export function stripMarkup(content: string): string {
  if (!/<\/?(?:p|div|span|script|style|br|a|h[1-6]|li|ul|ol|section|article|iframe|img|b|i|em|strong|table|td|tr|noscript)\b[^>]*>/i.test(content)) return content;
  const { document } = parseHTML(`<html><body>${content.replace(/<\/(p|h[1-6]|li|blockquote|div|tr|section|article)>|<br\s*\/?>/gi, "$&\n")}</body></html>`);
  for (const node of document.querySelectorAll("script, style, noscript, template, iframe, object, embed")) node.remove();
  return (document.body.textContent ?? "")
    .split("\n")
    .map((l: string) => l.replace(/[ \t]+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}

/** Pasted text, or a .txt file: a saved page pasted as source is read as HTML, a fragment loses its markup. */
export function plainArticle(content: string): ArticleText {
  if (/^\s*(<!doctype html|<html)/i.test(content)) return htmlToArticle(content);
  content = stripMarkup(content);
  const meta = articleMetadata(content);
  return { text: meta.text, title: meta.title, publisher: null, url: null, publishedAt: meta.publishedAt, from: "text" };
}

/** The page's form: the article (pasted or uploaded) and what the analyst confirms about its source. */
export const articleForm = z.object({
  text: z.string().max(MAX_ARTICLE_CHARS * 2).optional(),
  title: z.string().trim().max(300).optional(),
  publisher: z.string().trim().max(200).optional(),
  url: z.string().trim().max(2000).optional(),
  publishedAt: z.string().trim().max(10).optional(),
});
