import type { ReactNode } from "react";

export type HeadingLevel = 2 | 3 | 4 | 5;

/** A heading whose level follows where the panel is placed, so the page outline stays correct. */
export function Heading({ level, id, className, children }: { level: HeadingLevel; id?: string; className?: string; children: ReactNode }) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}

export function below(level: HeadingLevel): HeadingLevel {
  return level >= 5 ? 5 : ((level + 1) as HeadingLevel);
}
