import { describe, expect, it } from "vitest";
import { placeLabels, type LabelInput } from "./map-labels";

const frame = { width: 800, height: 600 };
const mark = (key: string, x: number, y: number, r = 5): LabelInput => ({ key, x, y, r, name: key });

describe("placeLabels", () => {
  it("puts a lone mark's name to its right", () => {
    const placed = placeLabels([mark("Tehran", 400, 300)], frame, 12);
    expect(placed.get("Tehran")).toEqual({ x: 400 + 5 + 4, y: 304, anchor: "start" });
  });

  it("moves a name that would cover a neighbour's mark, and lets the larger mark keep the right side", () => {
    // Russia's mark sits just right of Moscow's, where Moscow's name would go.
    const moscow = mark("Moscow", 300, 200, 20);
    const russia = mark("Russia", 340, 200, 6);
    const placed = placeLabels([russia, moscow], frame, 12);
    expect(placed.get("Moscow")?.anchor).not.toBe("start");
    expect(placed.get("Russia")?.anchor).toBe("start");
  });

  it("leaves a name off rather than on top of others, and keeps names inside the map", () => {
    const crowd = [mark("Alpha", 100, 100, 30), mark("Beta", 100, 100, 4)];
    const placed = placeLabels(crowd, frame, 12);
    expect(placed.has("Alpha")).toBe(true);
    expect(placed.has("Beta")).toBe(false);
    const edge = placeLabels([mark("Astrakhan", 795, 300)], frame, 12);
    expect(edge.get("Astrakhan")?.anchor).toBe("end");
  });
});
