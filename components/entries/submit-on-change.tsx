"use client";
// Progressive enhancement of the browse form. Without JavaScript it is a plain GET form with an
// Apply button. With it, ticking a filter applies it at once (each change is a new URL, so Back
// steps through them), and empty fields stay out of the URL so the link a reader copies is short.
import { useEffect } from "react";

export function SubmitOnChange({ formId }: { formId: string }) {
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
    };
    form.addEventListener("change", onChange);
    form.addEventListener("submit", onSubmit);
    return () => {
      form.removeEventListener("change", onChange);
      form.removeEventListener("submit", onSubmit);
    };
  }, [formId]);
  return null;
}
