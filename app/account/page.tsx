import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { PasswordForm, SignOutButton, UsersAdmin } from "@/components/accounts/account-forms";
import { listUsers } from "@/lib/accounts/accounts";
import { recentAuditEvents } from "@/lib/audit/queries";
import { requireUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { TokenManager } from "@/components/tokens/token-manager";
import { listTokens } from "@/lib/tokens/tokens";

export const metadata: Metadata = { title: "Your account" };
export const dynamic = "force-dynamic";

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ needs?: string }> }) {
  const caller = await requireUser("/account");
  const { needs } = await searchParams;
  const admin = hasRole(caller.role, "admin");
  const [users, audit] = admin ? await Promise.all([listUsers(caller), recentAuditEvents(caller)]) : [null, null];
  const tokens = await listTokens(caller.userId);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Your account</h1>
      {needs && (
        <p role="alert" className="mt-3 rounded border border-amber-300 bg-amber-50 p-2 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          That page needs an {needs === "admin" ? "admin" : needs}&apos;s account; you are signed in as {caller.role}.
        </p>
      )}
      <p className="mt-2">
        Signed in as <strong>{caller.name}</strong> ({caller.email}), <span data-testid="role">{caller.role}</span>.
      </p>
      <nav aria-label="Editing" className="mt-4 flex flex-wrap gap-3 text-sm">
        <Link className="underline" href="/entries/new">Log a new entry</Link>
        <Link className="underline" href="/review">Review queue and drafts</Link>
        <Link className="underline" href="/actors/manage">Actors</Link>
        <Link className="underline" href="/sources">Sources</Link>
        {hasRole(caller.role, "editor") && <Link className="underline" href="/import">Import entries</Link>}
        {hasRole(caller.role, "editor") && <Link className="underline" href="/thesaurus">Search thesaurus</Link>}
      </nav>
      <div className="mt-4">
        <SignOutButton />
      </div>
      <section aria-labelledby="password-heading" className="mt-8">
        <h2 id="password-heading" className="text-lg font-semibold">Change your password</h2>
        <PasswordForm email={caller.email} />
      </section>
      <section aria-labelledby="tokens-heading" className="mt-10">
        <h2 id="tokens-heading" className="text-lg font-semibold">API tokens</h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          A personal token lets a script use the <Link className="underline" href="/docs/api">write API</Link> as you, with your role ({caller.role}).
        </p>
        <TokenManager
          tokens={tokens.map((t) => ({
            ...t,
            createdAt: t.createdAt.toISOString(),
            lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
            revokedAt: t.revokedAt?.toISOString() ?? null,
          }))}
        />
      </section>
      {users && (
        <section aria-labelledby="users-heading" className="mt-10">
          <h2 id="users-heading" className="text-lg font-semibold">Accounts and roles</h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Analysts log entries and submit them; editors correct, publish, revert, delete and restore, merge actors and grade sources; admins also manage accounts.
          </p>
          <UsersAdmin users={users} />
        </section>
      )}
      {audit && (
        <section aria-labelledby="audit-heading" className="mt-10">
          <h2 id="audit-heading" className="text-lg font-semibold">Audit log, latest first</h2>
          <div className="overflow-x-auto">
            <table className="mt-2 w-full text-left text-sm">
              <caption className="sr-only">Latest audit events</caption>
              <thead>
                <tr>
                  <th className="py-1 pr-2">When (UTC)</th>
                  <th className="py-1 pr-2">Who</th>
                  <th className="py-1 pr-2">From</th>
                  <th className="py-1 pr-2">What</th>
                  <th className="py-1">Outcome</th>
                </tr>
              </thead>
              <tbody>
                {audit.map((a) => (
                  <tr key={String(a.id)} className="border-t border-slate-200 align-top dark:border-slate-800">
                    <td className="py-1 pr-2 tabular-nums whitespace-nowrap">{a.createdAt.toISOString().slice(0, 19).replace("T", " ")}</td>
                    <td className="py-1 pr-2 break-all">{a.userEmail ?? "anonymous"}{a.role ? ` (${a.role}, ${a.via})` : ""}</td>
                    <td className="py-1 pr-2">{a.ip ?? "unknown"}</td>
                    <td className="py-1 pr-2">{a.action}{a.targetType ? ` ${a.targetType}` : ""}</td>
                    <td className="py-1">{a.outcome}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
