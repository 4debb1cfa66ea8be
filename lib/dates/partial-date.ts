// Honest dates: a fact known to the month is stored as that month, never as an invented day.
// Stored as the first day of the period plus a precision; shown and exchanged as "2026-02-18",
// "2026-02", "2026" or null.

export type DatePrecision = "day" | "month" | "year" | "unknown";
export type PartialDate = { start: Date; precision: Exclude<DatePrecision, "unknown"> };

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; null when the text is not a real date in one of those forms. */
export function parsePartialDate(text: string): PartialDate | null {
  const match = PATTERN.exec(text.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = m ? Number(m) : 1;
  const day = d ? Number(d) : 1;
  const start = new Date(Date.UTC(year, month - 1, day));
  // Reject 2026-02-30 and 2026-13: Date.UTC would silently roll them over.
  if (start.getUTCFullYear() !== year || start.getUTCMonth() !== month - 1 || start.getUTCDate() !== day) return null;
  return { start, precision: d ? "day" : m ? "month" : "year" };
}

/** The last day a partial date may mean: the day itself, the end of the month, or 31 December. */
export function lastDayOf({ start, precision }: PartialDate): Date {
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth();
  if (precision === "day") return start;
  if (precision === "month") return new Date(Date.UTC(y, m + 1, 0));
  return new Date(Date.UTC(y, 11, 31));
}

/** The exchange form: "2026-02-18", "2026-02", "2026", or null when undated. */
export function toPartialString(date: Date | null, precision: DatePrecision): string | null {
  if (!date || precision === "unknown") return null;
  const iso = date.toISOString().slice(0, 10);
  return precision === "day" ? iso : precision === "month" ? iso.slice(0, 7) : iso.slice(0, 4);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** What a reader sees: "18 Feb 2026", "Feb 2026", "2013", or "undated". */
export function formatPartialDate(date: Date | null, precision: DatePrecision): string {
  if (!date || precision === "unknown") return "undated";
  const y = date.getUTCFullYear();
  const month = MONTHS[date.getUTCMonth()];
  if (precision === "day") return `${date.getUTCDate()} ${month} ${y}`;
  if (precision === "month") return `${month} ${y}`;
  return String(y);
}

/** A date or a range: "Feb 2026", "2022 – 2024", "3 – 5 Mar 2026" stays plain as "3 Mar 2026 – 5 Mar 2026". */
export function formatDateRange(start: Date | null, end: Date | null, precision: DatePrecision): string {
  const first = formatPartialDate(start, precision);
  return end ? `${first} – ${formatPartialDate(end, precision)}` : first;
}
