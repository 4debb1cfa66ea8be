// A download that runs past its time limit fails for the reader and stops its producer, even when
// the reader has stopped reading (so the export's connection and slot are let go).
import { describe, expect, it } from "vitest";
import { StreamCancelled, streamFrom } from "./stream";

describe("streamFrom with a time limit", () => {
  it("ends the download with an error and makes the producer's next write throw, though nobody reads", async () => {
    let stopped: unknown = null;
    let written = 0;
    const stream = streamFrom(
      async (write) => {
        try {
          for (;;) {
            await write("row\n");
            written++;
          }
        } catch (error) {
          stopped = error;
          throw error;
        }
      },
      { timeLimitMs: 100 },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stopped).toBeInstanceOf(StreamCancelled);
    const before = written;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(written).toBe(before); // nothing more is produced
    await expect(new Response(stream).text()).rejects.toThrow();
  });

  it("leaves a download that ends in time whole", async () => {
    const stream = streamFrom(
      async (write) => {
        for (let i = 0; i < 20; i++) await write(`row ${i}\n`);
      },
      { timeLimitMs: 5_000 },
    );
    const text = await new Response(stream).text();
    expect(text.split("\n").filter(Boolean)).toHaveLength(20);
  });
});
