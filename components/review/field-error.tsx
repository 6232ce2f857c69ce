/** A field's error text, referenced by the field's aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm text-accent-600">
      {message}
    </p>
  );
}

/** The ids a field's aria-describedby lists: its hint (if any) and its error (when shown). */
export function describedBy(...ids: (string | false | undefined | null)[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === "string" && id.length > 0);
  return list.length ? list.join(" ") : undefined;
}
