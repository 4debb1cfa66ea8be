import { describe, expect, it } from "vitest";
import { apiError, dataExceptionCode, isDatabaseUnavailable } from "./errors";

describe("database errors in the API's answers", () => {
  it("finds a data exception's SQLSTATE however the driver wrapped it", () => {
    expect(dataExceptionCode({ code: "P2039", meta: { driverAdapterError: { cause: { originalCode: "22021" } } } })).toBe("22021");
    expect(dataExceptionCode({ message: "Raw query failed. Code: `22P02`. Message: …" })).toBe("22P02");
    expect(dataExceptionCode({ cause: { kind: "LengthMismatch" } })).toBe("22001");
    expect(dataExceptionCode(new Error("something else"))).toBeNull();
    expect(dataExceptionCode({ code: "23505" })).toBeNull();
  });

  it("tells a database that is away from other failures", () => {
    expect(isDatabaseUnavailable({ cause: { code: "ECONNREFUSED" } })).toBe(true);
    expect(isDatabaseUnavailable({ meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } })).toBe(true);
    expect(isDatabaseUnavailable({ code: "57P01" })).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Client has encountered a connection error and is not queryable"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
  });

  it("answers 422, 503 with Retry-After, or 500 that reveals nothing", async () => {
    const warn = console.warn;
    const error = console.error;
    console.warn = console.error = () => {};
    try {
      expect(apiError({ code: "22021" }).status).toBe(422);
      const away = apiError({ code: "ECONNREFUSED" });
      expect(away.status).toBe(503);
      expect(away.headers.get("retry-after")).toBe("2");
      const other = apiError(new Error("secret detail"));
      expect(other.status).toBe(500);
      expect(JSON.stringify(await other.json())).not.toContain("secret");
    } finally {
      console.warn = warn;
      console.error = error;
    }
  });
});
