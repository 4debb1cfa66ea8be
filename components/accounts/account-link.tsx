import Link from "next/link";
import { currentUser } from "@/lib/auth/current-user";

/** The header's link for analysts and editors: sign in, or their account and the review queue. */
export async function AccountLink() {
  const user = await currentUser();
  if (!user) {
    return (
      <Link href="/sign-in" className="text-slate-600 hover:underline dark:text-slate-300">
        Sign in
      </Link>
    );
  }
  return (
    <>
      <Link href="/review" className="text-slate-600 hover:underline dark:text-slate-300">
        Review
      </Link>
      <Link href="/account" className="text-slate-600 hover:underline dark:text-slate-300">
        {user.name}
      </Link>
    </>
  );
}
