import { formatPartialDate, parsePartialDate } from "@/lib/dates/partial-date";

/** "2026-02" → "February 2026"; a missing date reads "undated". */
export function partial(text: string | null): string {
  const parsed = text ? parsePartialDate(text) : null;
  return parsed ? formatPartialDate(parsed.start, parsed.precision) : "undated";
}

export const h2 = "text-lg font-semibold";
