// How a downloaded export shows it is whole. A connection that drops, a disk that fills or a
// database that fails mid-export leaves a file that simply stops; so every export ends with a
// marker that only a complete file has, holding the number of entries written:
//   CSV:  a last row whose first cell is  # end of export: 1234 entries  (the others empty, so
//         CSV readers see a row of the usual width)
//   JSON: the object closes with  "complete": true, "count": 1234
// The import checks it when it is there: a file whose marker disagrees with its rows is refused.
// (The download also fails as a download: the server ends the response with an error, not cleanly.)

const CSV_MARKER = /^# end of export: (\d+) entr(?:y|ies)$/;

export function csvEndMarker(count: number, columns: number): string {
  return `# end of export: ${count} ${count === 1 ? "entry" : "entries"}${",".repeat(Math.max(0, columns - 1))}\n`;
}

/** The count a CSV record announces when it is the end marker, else null. */
export function csvEndMarkerCount(record: string[]): number | null {
  if (record.slice(1).some((c) => c.trim())) return null;
  const match = CSV_MARKER.exec((record[0] ?? "").trim());
  return match ? Number(match[1]) : null;
}

export function jsonEnd(count: number): string {
  return `\n],\n"complete": true,\n"count": ${count}\n}\n`;
}
