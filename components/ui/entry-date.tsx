import { formatDateRange, parsePartialDate } from "@/lib/dates/partial-date";
import type { EntryDate as EntryDateValue } from "@/lib/entries/schemas";

/** The date as precise as it is known: "18 Feb 2026", "Feb 2026", "2013" or "undated". */
export function formatEntryDate(date: EntryDateValue): string {
  const start = date.start ? parsePartialDate(date.start)?.start ?? null : null;
  const end = date.end ? parsePartialDate(date.end)?.start ?? null : null;
  return formatDateRange(start, end, date.precision);
}

export function EntryDate({ date, className, testId = "entry-date" }: { date: EntryDateValue; className?: string; testId?: string }) {
  return (
    <time data-testid={testId} dateTime={date.start ?? undefined} className={className}>
      {formatEntryDate(date)}
    </time>
  );
}
