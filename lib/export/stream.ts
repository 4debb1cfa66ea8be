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

/**
 * `timeLimitMs`: past it the download fails (the body ends with an error) and the producer's next
 * write throws, whether or not the reader is still reading.
 */
export function streamFrom(produce: (write: Write) => Promise<void>, { timeLimitMs }: { timeLimitMs?: number } = {}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cancelled = false;
  let wake: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        if (timeLimitMs !== undefined) {
          timer = setTimeout(() => {
            cancelled = true;
            wake?.();
            wake = null;
            console.warn(`A download ran past its ${Math.round(timeLimitMs / 1000)} s limit and was stopped.`);
            controller.error(new Error(`The download took longer than ${Math.round(timeLimitMs / 60_000)} minutes and was stopped: narrow the view, or try again.`));
          }, timeLimitMs);
        }
        const write: Write = async (chunk) => {
          if (cancelled) throw new StreamCancelled();
          if (chunk.length) controller.enqueue(typeof chunk === "string" ? encoder.encode(chunk) : chunk);
          while (!cancelled && (controller.desiredSize ?? 1) <= 0) await new Promise<void>((resolve) => (wake = resolve));
          if (cancelled) throw new StreamCancelled();
        };
        // Start after start() returns, so the stream exists before the first write.
        queueMicrotask(() => {
          produce(write).finally(() => clearTimeout(timer)).then(
            () => {
              if (!cancelled) controller.close();
            },
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
        clearTimeout(timer);
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
