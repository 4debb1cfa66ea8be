import Link from "@/components/ui/link";

export default function NotFound() {
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-2">Nothing in the record lives at this address. It may have been mistyped, or moved.</p>
      <p className="mt-4 flex gap-4">
        <Link href="/" className="link">
          Overview
        </Link>
        <Link href="/entries" className="link">
          Search the record
        </Link>
      </p>
    </div>
  );
}
