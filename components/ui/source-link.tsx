import type { ReactNode } from "react";
import { webUrl } from "@/lib/links/web-url";

/** A source's title, linked only when its address is http(s); any other address is shown as text, never as an href. */
export function SourceLink({ url, className, textClassName, children }: { url: string | null; className?: string; textClassName?: string; children: ReactNode }) {
  const href = webUrl(url);
  if (href) {
    return (
      <a href={href} className={className} rel="noopener noreferrer">
        {children}
      </a>
    );
  }
  return (
    <>
      <span className={textClassName}>{children}</span>
      {url && <span className="break-all text-slate-600 dark:text-slate-400"> (address, not a web link: {url})</span>}
    </>
  );
}
