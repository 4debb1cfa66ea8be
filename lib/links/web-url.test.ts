import { describe, expect, it } from "vitest";
import { webUrl } from "./web-url";

describe("webUrl", () => {
  it("keeps http and https addresses", () => {
    expect(webUrl("https://tass.com/politics/1")).toBe("https://tass.com/politics/1");
    expect(webUrl("http://irna.ir/x?a=1#b")).toBe("http://irna.ir/x?a=1#b");
    expect(webUrl(" HTTPS://EXAMPLE.COM ")).toBe("HTTPS://EXAMPLE.COM");
  });
  it("refuses every other scheme and anything a browser could read as one", () => {
    for (const bad of ["javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>", "vbscript:x", "file:///etc/passwd", "//evil.example", "tass.com", "", null, undefined, "https://a b"]) {
      expect(webUrl(bad as string)).toBeNull();
    }
  });
});
