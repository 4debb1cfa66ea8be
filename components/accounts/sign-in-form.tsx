"use client";
import { useState } from "react";
import { useFormState } from "@/components/editor/use-form-state";
import { signInInput } from "@/lib/accounts/input";
import { Field, FormStatus, buttonClass, describedBy, inputClass } from "@/components/editor/fields";
import { checkInput, mutate } from "@/components/editor/mutate";

export function SignInForm({ next }: { next: string }) {
  const { hydrated, errors, message, fail } = useFormState();
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const checked = checkInput(signInInput, { email: form.get("email"), password: form.get("password") });
    if (!checked.ok) return fail(checked.fieldErrors, "Check the fields marked in red.");
    setBusy(true);
    const result = await mutate("account.sign-in", checked.data);
    setBusy(false);
    if (result.ok) {
      window.location.assign(next);
      return;
    }
    fail(result.fieldErrors, result.message);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-sm">
      <fieldset disabled={!hydrated} className="contents">
      <Field id="email" label="Email" error={errors.email}>
        <input name="email" type="email" autoComplete="username" required className={inputClass} {...describedBy("email", errors.email)} />
      </Field>
      <Field id="password" label="Password" error={errors.password}>
        <input name="password" type="password" autoComplete="current-password" required className={inputClass} {...describedBy("password", errors.password)} />
      </Field>
      <FormStatus message={message?.text ?? null} tone={message?.tone} />
      <button type="submit" className={buttonClass} disabled={busy}>
        {busy ? "Signing in…" : "Sign in"}
      </button>
    </fieldset>
    </form>
  );
}
