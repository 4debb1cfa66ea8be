"use client";
// The account page's API tokens: create one (shown once, to copy), see when each was last used,
// revoke any. Every change goes through the editor's mutation door (session, same origin).
import { useState } from "react";
import { Field, FormStatus, buttonClass, describedBy, inputClass, secondaryButtonClass } from "@/components/editor/fields";
import { mutate } from "@/components/editor/mutate";
import { useFormState } from "@/components/editor/use-form-state";
import { tokenCreateInput } from "@/lib/tokens/input";

export type TokenRow = { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null };

const when = (iso: string | null) => (iso ? new Date(iso).toISOString().slice(0, 16).replace("T", " ") + " UTC" : "never");

export function TokenManager({ tokens: initial }: { tokens: TokenRow[] }) {
  const { hydrated, errors, setErrors, message, setMessage, send } = useFormState();
  const [tokens, setTokens] = useState(initial);
  const [fresh, setFresh] = useState<{ name: string; token: string } | null>(null);

  return (
    <>
      <form
        noValidate
        className="max-w-sm"
        onSubmit={async (event) => {
          event.preventDefault();
          const formElement = event.currentTarget;
          const result = await send<typeof tokenCreateInput, TokenRow & { token: string }>(
            "token.create",
            tokenCreateInput,
            { name: new FormData(formElement).get("tokenName") },
            { invalid: "Name the token first.", fields: { name: "tokenName" } },
          );
          if (!result) return;
          const { token, ...row } = result.data;
          setTokens((list) => [row, ...list]);
          setFresh({ name: row.name, token });
          setErrors({});
          setMessage(null);
          formElement.reset();
        }}
      >
        <fieldset disabled={!hydrated} className="contents">
          <Field id="tokenName" label="Name of a new token" hint="What will use it, so you can tell tokens apart, e.g. “import script”." error={errors.tokenName}>
            <input name="tokenName" maxLength={100} className={inputClass} {...describedBy("tokenName", errors.tokenName, true)} />
          </Field>
          <FormStatus message={message?.text ?? null} tone={message?.tone} />
          <button type="submit" className={buttonClass}>
            Create token
          </button>
        </fieldset>
      </form>

      {fresh && (
        <div role="region" aria-labelledby="fresh-token-title" className="mt-4 rounded border border-amber-300 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950">
          <h3 id="fresh-token-title" className="font-semibold">
            Your new token “{fresh.name}”
          </h3>
          <p className="text-sm">Copy it now: it is shown only this once, and the record keeps only a fingerprint of it. It acts with your role.</p>
          <label htmlFor="fresh-token" className="sr-only">
            The new token
          </label>
          <input id="fresh-token" readOnly value={fresh.token} className={`${inputClass} font-mono text-sm`} onFocus={(e) => e.currentTarget.select()} />
          <button type="button" className={`${secondaryButtonClass} mt-2`} onClick={() => navigator.clipboard?.writeText(fresh.token).then(() => setMessage({ text: "Copied.", tone: "ok" }))}>
            Copy
          </button>
        </div>
      )}

      {tokens.length > 0 && (
        <div className="relative mt-4 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Your API tokens</caption>
            <thead>
              <tr>
                <th scope="col" className="py-1 pr-2">Name</th>
                <th scope="col" className="py-1 pr-2">Starts with</th>
                <th scope="col" className="py-1 pr-2">Last used</th>
                <th scope="col" className="py-1">
                  <span className="sr-only">Revoke</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((t) => (
                <tr key={t.id} className="border-t border-slate-200 dark:border-slate-800" data-testid="token-row">
                  <th scope="row" className="py-1.5 pr-2 font-normal">{t.name}</th>
                  <td className="py-1.5 pr-2 font-mono text-xs">{t.prefix}…</td>
                  <td className="py-1.5 pr-2">{when(t.lastUsedAt)}</td>
                  <td className="py-1.5">
                    {t.revokedAt ? (
                      <span className="text-slate-600 dark:text-slate-400">revoked {when(t.revokedAt)}</span>
                    ) : (
                      <button
                        type="button"
                        disabled={!hydrated}
                        className={secondaryButtonClass}
                        aria-label={`Revoke ${t.name}`}
                        onClick={async () => {
                          if (!window.confirm(`Revoke “${t.name}”? Scripts using it will stop working.`)) return;
                          const result = await mutate<TokenRow>("token.revoke", { id: t.id });
                          if (!result.ok) return setMessage({ text: result.message, tone: "error" });
                          setTokens((list) => list.map((x) => (x.id === t.id ? { ...x, revokedAt: String(result.data.revokedAt) } : x)));
                          if (fresh && t.name === fresh.name) setFresh(null);
                          setMessage({ text: `“${t.name}” is revoked.`, tone: "ok" });
                        }}
                      >
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
