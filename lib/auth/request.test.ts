// The client address behind reverse proxies: what a client writes into X-Forwarded-For itself must
// not become its address (or it could dodge the sign-in limits and forge the audit log).
import { afterEach, describe, expect, it } from "vitest";
import { clientIp } from "./request";

const forwarded = (value: string) => new Headers({ "x-forwarded-for": value });

afterEach(() => {
  delete process.env.TRUSTED_PROXY_HOPS;
});

describe("clientIp", () => {
  it("takes the address our one proxy saw, not the one the client wrote before it", () => {
    expect(clientIp(forwarded("203.0.113.9, 198.51.100.7"))).toBe("198.51.100.7");
    expect(clientIp(forwarded("198.51.100.7"))).toBe("198.51.100.7");
  });

  it("counts back as many proxies as TRUSTED_PROXY_HOPS names", () => {
    process.env.TRUSTED_PROXY_HOPS = "2";
    expect(clientIp(forwarded("203.0.113.9, 198.51.100.7, 10.0.0.2"))).toBe("198.51.100.7");
    expect(clientIp(forwarded("198.51.100.7"))).toBe("198.51.100.7");
  });

  it("keeps only what looks like an address, else unknown", () => {
    expect(clientIp(forwarded("<script>"))).toBeNull();
    expect(clientIp(new Headers())).toBeNull();
    expect(clientIp(new Headers({ "x-real-ip": "2001:db8::1" }))).toBe("2001:db8::1");
  });
});
