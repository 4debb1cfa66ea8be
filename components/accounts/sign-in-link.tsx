"use client";
// "Sign in" in the header, carrying the page the user is on (`?next=`, checked by
// lib/auth/next-path.ts on the sign-in page) so that signing in brings them back to it.
import Link from "@/components/ui/link";
import { usePathname, useRouter } from "next/navigation";

export function SignInLink({ className }: { className?: string }) {
  const pathname = usePathname() ?? "/";
  const router = useRouter();
  const here = pathname === "/sign-in" ? null : pathname;
  return (
    <Link
      href={here && here !== "/" ? `/sign-in?next=${encodeURIComponent(here)}` : "/sign-in"}
      className={className}
      onClick={(e) => {
        // The query (a browse view's filters) is part of where the user was. The link navigates by
        // its href prop, not the element's, so go there ourselves (useSearchParams would make every
        // page render on the client; without JavaScript the path alone is kept).
        if (!here || !window.location.search || e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        router.push(`/sign-in?next=${encodeURIComponent(here + window.location.search)}`);
      }}
    >
      Sign in
    </Link>
  );
}
