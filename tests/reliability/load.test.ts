// The load run at CI size: concurrent readers against the production build on a small synthetic
// record; the figures are printed, and no reader may get an error. `npm run bench:load` is the full
// run (100 readers for 60 s on 100,000 entries). LOAD_ENTRIES, LOAD_CONNECTIONS, LOAD_SECONDS resize it.
import { describe, expect, it } from "vitest";
import { printLoad, runLoad } from "../../scripts/bench/load";

describe("load", () => {
  it("serves concurrent readers with no errors", async () => {
    const result = await runLoad({
      entries: Number(process.env.LOAD_ENTRIES ?? 5_000),
      connections: Number(process.env.LOAD_CONNECTIONS ?? 100),
      duration: Number(process.env.LOAD_SECONDS ?? 10),
    });
    printLoad(result);
    expect(result.requests).toBeGreaterThan(0);
    expect({ non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts }).toEqual({ non2xx: 0, errors: 0, timeouts: 0 });
  });
});
