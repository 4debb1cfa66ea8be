import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SourceLink } from "./source-link";

const render = (url: string | null) => renderToStaticMarkup(createElement(SourceLink, { url, className: "link", children: "TASS report" }));

describe("SourceLink on entry pages", () => {
  it("links a web address", () => {
    expect(render("https://tass.com/politics/1")).toBe('<a href="https://tass.com/politics/1" class="link" rel="noopener noreferrer">TASS report</a>');
  });
  it("shows any other address as text, never as an href", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,x", " javascript:alert(1)"]) {
      const html = render(url);
      expect(html).not.toContain("href");
      expect(html).toContain("TASS report");
    }
    expect(render(null)).toBe("<span>TASS report</span>");
  });
});
