import Link from "@/components/ui/link";
import { currentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { SignInLink } from "./sign-in-link";

/** The header's links for analysts and editors: sign in (and come back here), or a new entry, the review queue and their account. */
export async function AccountLink() {
  const user = await currentUser();
  if (!user) {
    return <SignInLink className="text-slate-600 hover:underline dark:text-slate-300" />;
  }
  return (
    <>
      {hasRole(user.role, "analyst") && (
        <Link href="/entries/new" className="text-slate-600 hover:underline dark:text-slate-300">
          New entry
        </Link>
      )}
      <Link href="/review" className="text-slate-600 hover:underline dark:text-slate-300">
        Review
      </Link>
      <Link href="/account" className="text-slate-600 hover:underline dark:text-slate-300">
        {user.name}
      </Link>
    </>
  );
}
