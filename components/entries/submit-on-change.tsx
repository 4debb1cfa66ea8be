"use client";
// With JavaScript, ticking a filter applies it at once (each change is a new URL, so Back steps
// through them); without it, the form's Apply button does the same.
import { useEffect } from "react";

export function SubmitOnChange({ formId }: { formId: string }) {
  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!form) return;
    const onChange = (event: Event) => {
      const target = event.target as HTMLInputElement | HTMLSelectElement;
      if (target instanceof HTMLSelectElement || target.type === "checkbox" || target.type === "radio") form.requestSubmit();
    };
    form.addEventListener("change", onChange);
    return () => form.removeEventListener("change", onChange);
  }, [formId]);
  return null;
}
