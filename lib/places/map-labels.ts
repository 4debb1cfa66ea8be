// Where each mark's name goes on the map, so that no name covers another name or another mark: the
// largest marks are labelled first, each name tries the right of its mark, then the left, above and
// below, and a name with no free place is left off (its mark still carries the name for screen
// readers and on hover, and the table under the map lists every place). Positions are in the map's
// units (lib/places/map-geometry.ts); a name's width is estimated from its length, since the server
// cannot measure text.

export type LabelInput = { key: string; x: number; y: number; r: number; name: string };
export type PlacedLabel = { x: number; y: number; anchor: "start" | "end" | "middle" };

type Box = { left: number; top: number; right: number; bottom: number };

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** A character's advance in the map's sans-serif face, as a share of the font size: generous (DejaVu Sans
 *  averages about 0.6), since a name drawn wider than its estimate would cover what it was kept off. */
const CHAR_WIDTH = 0.62;

export function placeLabels(marks: LabelInput[], frame: { width: number; height: number }, fontSize: number): Map<string, PlacedLabel> {
  const gap = fontSize / 3;
  // What a name may not cover: every mark but its own, and the names placed before it.
  const taken: (Box & { owner: string })[] = marks.map((m) => ({ owner: m.key, left: m.x - m.r, top: m.y - m.r, right: m.x + m.r, bottom: m.y + m.r }));
  const placed = new Map<string, PlacedLabel>();
  for (const m of [...marks].sort((a, b) => b.r - a.r || a.key.localeCompare(b.key))) {
    const width = m.name.length * CHAR_WIDTH * fontSize;
    // The line box of the face: ascent and descent as shares of the font size (DejaVu Sans: 0.93, 0.24).
    const ascent = fontSize * 0.95;
    const descent = fontSize * 0.25;
    const baseline = m.y + fontSize / 3; // centred on the mark
    const candidates: (PlacedLabel & { box: Box })[] = [
      { x: m.x + m.r + gap, y: baseline, anchor: "start", box: { left: m.x + m.r + gap, top: baseline - ascent, right: m.x + m.r + gap + width, bottom: baseline + descent } },
      { x: m.x - m.r - gap, y: baseline, anchor: "end", box: { left: m.x - m.r - gap - width, top: baseline - ascent, right: m.x - m.r - gap, bottom: baseline + descent } },
      { x: m.x, y: m.y - m.r - gap, anchor: "middle", box: { left: m.x - width / 2, top: m.y - m.r - gap - ascent, right: m.x + width / 2, bottom: m.y - m.r - gap + descent } },
      { x: m.x, y: m.y + m.r + gap + ascent, anchor: "middle", box: { left: m.x - width / 2, top: m.y + m.r + gap, right: m.x + width / 2, bottom: m.y + m.r + gap + ascent + descent } },
    ];
    const fits = candidates.find(
      (c) =>
        c.box.left >= 0 &&
        c.box.top >= 0 &&
        c.box.right <= frame.width &&
        c.box.bottom <= frame.height &&
        taken.every((t) => t.owner === m.key || !overlaps(c.box, t)),
    );
    if (!fits) continue;
    placed.set(m.key, { x: fits.x, y: fits.y, anchor: fits.anchor });
    taken.push({ ...fits.box, owner: "" });
  }
  return placed;
}
