import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/accounts/sign-in-form";
import { currentUser } from "@/lib/auth/current-user";
import { nextPath } from "@/lib/auth/next-path";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = nextPath.parse((await searchParams).next ?? "/account");
  if (await currentUser()) redirect(next);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Sign in</h1>
      <p className="mt-1 text-slate-600 dark:text-slate-400">For analysts and editors. Reading the record needs no account.</p>
      <SignInForm next={next} />
    </>
  );
}
