export type ActionResult<T = null> =
  | { ok: true; data: T; message?: string }
  | {
      ok: false;
      status: 400 | 401 | 403 | 404 | 409 | 500;
      message: string;
      /** Field path (dot-separated) → messages, for forms to show beside each field. */
      fieldErrors?: Record<string, string[]>;
      details?: Record<string, unknown>;
    };
