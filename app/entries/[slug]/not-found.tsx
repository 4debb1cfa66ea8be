import Link from "@/components/ui/link";

export default function EntryNotFound() {
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold tracking-tight">No such entry</h1>
      <p className="mt-2">
        The record has no published entry at this address. It may have been mistyped, or the entry may have been withdrawn.
      </p>
      <p className="mt-4">
        <Link href="/entries" className="link">
          Search the record
        </Link>
      </p>
    </div>
  );
}
