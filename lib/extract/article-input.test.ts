import { describe, expect, it } from "vitest";
import { articleFromFile, htmlToArticle, plainArticle } from "./article-input";

const page = `<!doctype html><html><head><title>Russia and Iran sign treaty | Example News</title>
<meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2025-01-17T09:00:00Z">
<link rel="canonical" href="https://news.example/russia-iran-treaty"><script>window.stolen = document.cookie</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Russia and Iran sign treaty</h1>
<p>Russia and Iran have signed a 20-year strategic partnership treaty in Moscow, officials said on Friday.</p>
<script>document.write("<p>injected</p>")</script><p onclick="alert(1)">Iranian President Masoud Pezeshkian called it a “new chapter”.</p>
<p>The treaty covers defence, energy and trade, and was announced during his official visit.</p></article>
<footer>© Example News</footer></body></html>`;

describe("article input", () => {
  it("takes a saved page's main text, its publisher, address and date, and never its scripts", () => {
    const a = htmlToArticle(page);
    expect(a.text).toContain("Russia and Iran have signed a 20-year strategic partnership treaty in Moscow");
    expect(a.text.split("\n").length).toBeGreaterThanOrEqual(3);
    expect(a.text).not.toMatch(/stolen|injected|document\.write|alert|Home/);
    expect(a).toMatchObject({ publisher: "Example News", url: "https://news.example/russia-iran-treaty", publishedAt: "2025-01-17" });
  });
  it("refuses binary files and other formats with what to do", () => {
    expect(() => articleFromFile("report.pdf", new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0]))).toThrow(/not text/);
    expect(() => articleFromFile("notes.docx", new TextEncoder().encode("plain words"))).toThrow(/\.txt or a saved \.html/);
    expect(() => articleFromFile("empty.txt", new Uint8Array())).toThrow(/empty/);
    expect(articleFromFile("a.html", new TextEncoder().encode(page)).from).toBe("html");
  });
  it("finds a publication date written at the head of a text and takes it off the first sentence", () => {
    const a = plainArticle(" date 2025-01-17 Russia and Iran have agreed on a 20-year strategic partnership.");
    expect(a.publishedAt).toBe("2025-01-17");
    expect(a.text).toBe("Russia and Iran have agreed on a 20-year strategic partnership.");
  });
  it("strips markup pasted as text", () => {
    expect(plainArticle('<p>Russia and Iran signed a deal.</p><script>alert("x")</script>').text).toBe("Russia and Iran signed a deal.");
  });
});
