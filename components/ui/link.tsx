"use client";
// Every in-app link. It prefetches its page once the reader shows intent (the pointer over it, a
// touch, keyboard focus), not as soon as it is in view: an entry page has about 20 links in view and
// the home page 28, and each used to send its prefetch request and have its answer read on the main
// thread while the page was becoming interactive. Lighthouse's mobile run (5 runs each, alternating,
// 100,000 entries): an entry page's total blocking time 1,130 → 720 ms (median), the home page's
// 1,480 → 1,090 ms. A click still navigates without reloading the page.
import NextLink from "next/link";
import { useState, type ComponentProps } from "react";

export default function Link({ prefetch, onMouseEnter, onTouchStart, onFocus, ...props }: ComponentProps<typeof NextLink>) {
  const [intent, setIntent] = useState(false);
  return (
    <NextLink
      {...props}
      // null is Next.js's own default, once there is intent; an explicit false stays false.
      prefetch={prefetch === false || !intent ? false : (prefetch ?? null)}
      onMouseEnter={(event) => {
        setIntent(true);
        onMouseEnter?.(event);
      }}
      onTouchStart={(event) => {
        setIntent(true);
        onTouchStart?.(event);
      }}
      onFocus={(event) => {
        setIntent(true);
        onFocus?.(event);
      }}
    />
  );
}
