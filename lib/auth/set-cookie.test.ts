import { describe, expect, it } from "vitest";
import { parseSetCookies } from "./set-cookie";

describe("parseSetCookies", () => {
  it("keeps each cookie's name, value and lifetime", () => {
    const headers = new Headers();
    headers.append("set-cookie", "record.session_token=abc.def%3D; Max-Age=1209600; Path=/; HttpOnly; SameSite=Lax");
    headers.append("set-cookie", "record.session_data=; Max-Age=0; Path=/");
    expect(parseSetCookies(headers)).toEqual([
      { name: "record.session_token", value: "abc.def=", maxAge: 1209600 },
      { name: "record.session_data", value: "", maxAge: 0 },
    ]);
  });
});
