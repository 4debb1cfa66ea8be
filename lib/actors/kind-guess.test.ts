import { describe, expect, it } from "vitest";
import { guessActorKind } from "./kind-guess";

describe("guessActorKind", () => {
  it.each([
    ["Russian Navy", "organisation"],
    ["Caspian Flotilla", "organisation"],
    ["Ministry of Roads and Urban Development", "organisation"],
    ["National Iranian Gas Company", "organisation"],
    ["Rosatom", "organisation"],
    ["Rosatom State Atomic Energy Corporation", "organisation"],
    ["Shanghai Cooperation Organization", "organisation"],
    ["Iran", "state"],
    ["the Russian Federation", "state"],
    ["Azerbaijan", "state"],
    ["Sergei Tsivilev", "person"],
    ["Abbas Araghchi", "person"],
    ["", "person"],
  ])("%s → %s", (name, kind) => expect(guessActorKind(name)).toBe(kind));
});
