import { describe, expect, it } from "vitest";
import { countryName } from "./countries";

describe("countryName", () => {
  it("names the record's countries as readers do", () => {
    expect(countryName("IR")).toBe("Iran");
    expect(countryName("RU")).toBe("Russia");
    expect(countryName("az")).toBe("Azerbaijan");
  });
  it("shows a code it cannot name as it is kept", () => {
    expect(countryName("not a code")).toBe("not a code");
  });
});
