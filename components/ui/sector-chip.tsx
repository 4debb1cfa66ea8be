import Link from "@/components/ui/link";
import { SECTOR_INFO, sectorColour, type Sector } from "@/lib/sectors/sectors";

/** A sector as a small labelled chip with its chart colour; a link to the sector's page. */
export function SectorChip({ sector, link = true }: { sector: Sector; link?: boolean }) {
  const body = (
    <>
      <span aria-hidden className="inline-block size-2 rounded-full" style={{ backgroundColor: sectorColour(sector) }} />
      {SECTOR_INFO[sector].label}
    </>
  );
  const className =
    "inline-flex items-center gap-1.5 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-200";
  return link ? (
    <Link href={`/sectors/${sector}`} className={`${className} hover:underline`}>
      {body}
    </Link>
  ) : (
    <span className={className}>{body}</span>
  );
}
