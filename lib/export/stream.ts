import "server-only";
// Streams a response that a producer writes piece by piece, waiting whenever the reader falls
// behind, so an export of the whole record never sits in memory. When the download is cancelled
// the next write throws, which ends the producer (and rolls back its transaction).

export class StreamCancelled extends Error {
  constructor() {
    super("The download was cancelled.");
  }
}

export type Write = (chunk: string | Uint8Array) => Promise<void>;

export function streamFrom(produce: (write: Write) => Promise<void>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cancelled = false;
  let wake: (() => void) | null = null;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const write: Write = async (chunk) => {
          if (cancelled) throw new StreamCancelled();
          if (chunk.length) controller.enqueue(typeof chunk === "string" ? encoder.encode(chunk) : chunk);
          while (!cancelled && (controller.desiredSize ?? 1) <= 0) await new Promise<void>((resolve) => (wake = resolve));
          if (cancelled) throw new StreamCancelled();
        };
        // Start after start() returns, so the stream exists before the first write.
        queueMicrotask(() => {
          produce(write).then(
            () => controller.close(),
            (error) => {
              if (cancelled || error instanceof StreamCancelled) return;
              // Headers are gone by now: log the cause, and end the body with an error so the client sees a failed download.
              console.error("Export failed while streaming", error);
              controller.error(error);
            },
          );
        });
      },
      pull() {
        wake?.();
        wake = null;
      },
      cancel() {
        cancelled = true;
        wake?.();
        wake = null;
      },
    },
    { highWaterMark: 8 },
  );
}

/** Reads a whole stream into a string (tests and the restore command). */
export async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}
