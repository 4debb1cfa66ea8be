import "server-only";
import { prisma } from "../db/client";
import { toPartialString } from "../dates/partial-date";
import { rowVersion } from "../api/row-version";

export type SourceOption = { id: string; title: string; publisher: string | null; publishedAt: string | null; reliability: string | null };

type Row = { id: string; title: string; publisher: string | null; publishedAt: Date | null; publishedPrecision: "day" | "month" | "year" | "unknown"; reliability: string | null; url: string | null };
const toOption = (s: Row) => ({ ...s, publishedAt: toPartialString(s.publishedAt, s.publishedPrecision) });

/** Sources for the entry form's picker: title, publisher or web address containing the text; deleted sources left out. */
export async function findSources(q: string): Promise<SourceOption[]> {
  const rows = await prisma.source.findMany({
    where: {
      deletedAt: null,
      OR: [
        { title: { contains: q, mode: "insensitive" } },
        { publisher: { contains: q, mode: "insensitive" } },
        { url: { contains: q, mode: "insensitive" } },
      ],
    },
    orderBy: { createdAt: "desc" },
    take: 10,
  });
  return rows.map(toOption);
}

/**
 * Whether any source the record keeps has a reliability grade: until an editor grades one, the
 * browse filters say that filtering by grade finds nothing yet. Stops at the first graded source.
 */
export async function anySourceGraded(): Promise<boolean> {
  const [row] = await prisma.$queryRaw<{ graded: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM "Source" s WHERE s."reliability" IS NOT NULL AND s."deletedAt" IS NULL) AS graded`;
  return row.graded;
}

export async function listSources() {
  const rows = await prisma.source.findMany({ orderBy: { title: "asc" }, include: { _count: { select: { citations: true } } } });
  return rows.map((s) => ({ ...toOption(s), clearedUrl: s.clearedUrl, citations: s._count.citations, deleted: s.deletedAt !== null }));
}

export async function getSource(id: string) {
  const s = await prisma.source.findUnique({ where: { id } });
  return s ? { ...toOption(s), deletedAt: s.deletedAt, version: rowVersion(s) } : null;
}
