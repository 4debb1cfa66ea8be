"use client";
import { useState } from "react";
import { useFormState } from "@/components/editor/use-form-state";
import { passwordChangeInput, userCreateInput, userRoleInput } from "@/lib/accounts/input";
import { ROLES } from "@/lib/auth/roles";
import { Field, FormStatus, buttonClass, describedBy, inputClass, secondaryButtonClass } from "@/components/editor/fields";
import { checkInput, mutate } from "@/components/editor/mutate";

export function SignOutButton() {
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div>
      <button
        type="button"
        className={secondaryButtonClass}
        onClick={async () => {
          const result = await mutate("account.sign-out", {});
          if (result.ok || result.status === 401) window.location.assign("/");
          else setMessage(result.message);
        }}
      >
        Sign out
      </button>
      <FormStatus message={message} />
    </div>
  );
}

export function PasswordForm({ email }: { email: string }) {
  const { hydrated, errors, message, succeed, send } = useFormState();
  return (
    <form
      noValidate
      className="max-w-sm"
      onSubmit={async (event) => {
        event.preventDefault();
        const formElement = event.currentTarget;
        const form = new FormData(formElement);
        const input = { currentPassword: form.get("currentPassword"), newPassword: form.get("newPassword") };
        if (!(await send("account.password", passwordChangeInput, input))) return;
        formElement.reset();
        succeed("Password changed. Other browsers signed in as you have been signed out.");
      }}
    >
      <fieldset disabled={!hydrated} className="contents">
      {/* lets password managers file the new password under the right account */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field id="currentPassword" label="Current password" error={errors.currentPassword}>
        <input name="currentPassword" type="password" autoComplete="current-password" className={inputClass} {...describedBy("currentPassword", errors.currentPassword)} />
      </Field>
      <Field id="newPassword" label="New password" hint="At least 12 characters; a few unrelated words work well." error={errors.newPassword}>
        <input name="newPassword" type="password" autoComplete="new-password" className={inputClass} {...describedBy("newPassword", errors.newPassword, true)} />
      </Field>
      <FormStatus message={message?.text ?? null} tone={message?.tone} />
      <button type="submit" className={buttonClass}>
        Change password
      </button>
    </fieldset>
    </form>
  );
}

type UserRow = { id: string; email: string; name: string; role: string };

/** Admins: every account, its role, and a form to add one. */
export function UsersAdmin({ users }: { users: UserRow[] }) {
  const { hydrated, errors, message, setMessage, send } = useFormState();
  const done = (text: string) => {
    setMessage({ text, tone: "ok" });
    window.location.reload();
  };
  return (
    <>
      <table className="mt-2 w-full text-left text-sm">
        <caption className="sr-only">Accounts</caption>
        <thead>
          <tr>
            <th className="py-1 pr-2">Name</th>
            <th className="py-1 pr-2">Email</th>
            <th className="py-1">Role</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-t border-slate-200 dark:border-slate-800">
              <td className="py-1 pr-2">{u.name}</td>
              <td className="py-1 pr-2 break-all">{u.email}</td>
              <td className="py-1">
                <label className="sr-only" htmlFor={`role-${u.id}`}>
                  Role of {u.email}
                </label>
                <select
                  id={`role-${u.id}`}
                  defaultValue={u.role}
                  className="rounded border border-slate-300 bg-white px-1 py-0.5 dark:border-slate-600 dark:bg-slate-900"
                  onChange={async (e) => {
                    const checked = checkInput(userRoleInput, { email: u.email, role: e.target.value, from: u.role });
                    if (!checked.ok) return;
                    const result = await mutate("user.role", checked.data);
                    if (result.ok) done(`${u.email} is now ${e.target.value}.`);
                    else setMessage({ text: result.message, tone: "error" });
                  }}
                >
                  {ROLES.map((r) => (
                    <option key={r}>{r}</option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="mt-6 font-semibold">Add an account</h3>
      <form
        noValidate
        className="max-w-sm"
        onSubmit={async (event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const input = { email: form.get("newEmail"), name: form.get("newName"), role: form.get("newRole"), password: form.get("newUserPassword") };
          const fields = { email: "newEmail", name: "newName", role: "newRole", password: "newUserPassword" };
          const result = await send("user.create", userCreateInput, input, { fields });
          if (result) done(`Added ${result.sent.email}.`);
        }}
      >
        <fieldset disabled={!hydrated} className="contents">
        <Field id="newName" label="Name" error={errors.newName}>
          <input name="newName" className={inputClass} {...describedBy("newName", errors.newName)} />
        </Field>
        <Field id="newEmail" label="Email" error={errors.newEmail}>
          <input name="newEmail" type="email" className={inputClass} {...describedBy("newEmail", errors.newEmail)} />
        </Field>
        <Field id="newRole" label="Role" error={errors.newRole}>
          <select name="newRole" defaultValue="analyst" className={inputClass} {...describedBy("newRole", errors.newRole)}>
            {ROLES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </Field>
        <Field id="newUserPassword" label="First password" hint="Give it to them in person; they change it on this page." error={errors.newUserPassword}>
          <input name="newUserPassword" type="password" autoComplete="new-password" className={inputClass} {...describedBy("newUserPassword", errors.newUserPassword, true)} />
        </Field>
        <FormStatus message={message?.text ?? null} tone={message?.tone} />
        <button type="submit" className={buttonClass}>
          Add account
        </button>
      </fieldset>
    </form>
    </>
  );
}
