"use client";
// Progressive enhancement of the browse form. Without JavaScript it is a plain GET form with an
// Apply button. With it, ticking a filter applies it at once (each change is a new URL, so Back
// steps through them), empty fields stay out of the URL so the link a reader copies is short, and
// a status line says the results are updating while the server renders them. (A route-level
// loading.tsx would do the last, but it streams the page behind a script, which would leave
// readers without JavaScript looking at a skeleton.)
import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";

export function SubmitOnChange({ formId }: { formId: string }) {
  const params = useSearchParams();
  const [pending, setPending] = useState(false);

  useEffect(() => setPending(false), [params]);
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => setPending(false), 10_000); // same URL again: nothing to wait for
    return () => clearTimeout(timer);
  }, [pending]);

  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!form) return;
    const onChange = (event: Event) => {
      const target = event.target as HTMLInputElement | HTMLSelectElement;
      if (target instanceof HTMLSelectElement || target.type === "checkbox" || target.type === "radio") form.requestSubmit();
    };
    // Runs before next/form reads the fields (React listens at the root): disabled fields are not sent.
    const onSubmit = () => {
      const empty = [...form.elements].filter(
        (el): el is HTMLInputElement | HTMLSelectElement =>
          (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) && !!el.name && el.value === "" && !el.disabled,
      );
      for (const el of empty) el.disabled = true;
      setTimeout(() => empty.forEach((el) => (el.disabled = false)), 0);
      setPending(true);
    };
    form.addEventListener("change", onChange);
    form.addEventListener("submit", onSubmit);
    return () => {
      form.removeEventListener("change", onChange);
      form.removeEventListener("submit", onSubmit);
    };
  }, [formId]);

  return (
    <p role="status" className={pending ? "fixed inset-x-0 top-0 z-10 bg-sky-800 py-1 text-center text-sm font-medium text-white" : "sr-only"}>
      {pending ? "Updating the results…" : ""}
    </p>
  );
}
