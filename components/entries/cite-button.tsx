"use client";
// "Cite this entry": copies the citation, with the day of copying as the access date. Without
// JavaScript the same citation stays readable and selectable beside the button.
import { useState } from "react";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function CiteButton({ before, permalink }: { before: string; permalink: string }) {
  const [message, setMessage] = useState("");
  async function copy() {
    const now = new Date();
    const text = `${before} ${permalink} (accessed ${now.getDate()} ${MONTHS[now.getMonth()]} ${now.getFullYear()}).`;
    try {
      await navigator.clipboard.writeText(text);
      setMessage("Citation copied.");
    } catch {
      setMessage("Could not copy: select the citation text and copy it.");
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="button" onClick={copy} className="button-primary" data-testid="cite-button">
        Cite this entry
      </button>
      <span role="status" aria-live="polite" className="text-sm text-slate-700 dark:text-slate-300">
        {message}
      </span>
    </div>
  );
}
