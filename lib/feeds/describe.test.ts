import { describe, expect, it } from "vitest";
import { describeView, escapeHtml } from "./describe";

describe("describeView", () => {
  it("names the filters a reader chose, in words", () => {
    expect(describeView({ sector: ["energy"] })).toBe("energy");
    expect(describeView({ sector: ["energy", "nuclear"], kind: "agreement", actor: "Tsivilev" })).toBe(
      "energy or nuclear · agreements · Tsivilev",
    );
    expect(describeView({ q: "pipeline", from: "2024-01-01" })).toBe("“pipeline” · since 2024-01-01");
    expect(describeView({ kind: "agreement", status: ["in_force"], reliability: ["A", "B"] })).toBe("agreements · in force · sources graded A or B");
    expect(describeView({})).toBe("");
  });
});

describe("escapeHtml", () => {
  it("keeps markup in a title from becoming markup in a feed reader", () => {
    expect(escapeHtml(`<script>"x" & y</script>`)).toBe("&lt;script&gt;&quot;x&quot; &amp; y&lt;/script&gt;");
  });
});
