import type { ReactNode } from "react";

/**
 * A wide table or text that may scroll sideways on a narrow screen. It takes keyboard focus, so
 * it can be scrolled without a mouse, and is named for screen readers (WCAG 2.1.1).
 */
export function ScrollRegion({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={`overflow-x-auto ${className}`} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
