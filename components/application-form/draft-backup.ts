import type { FactsObject } from "./fact-paths";

/**
 * A copy of unsaved edits in the browser, so closing the tab (or losing the connection) before
 * the autosave went through loses nothing: the next visit offers them back.
 */
export interface DraftBackup {
  /** The stored version the edits were made on, and the facts of that version. */
  version: number;
  base: FactsObject;
  facts: FactsObject;
  at: string;
}

const key = (applicationId: string) => `sme-draft:${applicationId}`;

export function readBackup(applicationId: string): DraftBackup | null {
  try {
    const text = window.localStorage.getItem(key(applicationId));
    return text ? (JSON.parse(text) as DraftBackup) : null;
  } catch {
    return null;
  }
}

export function writeBackup(applicationId: string, backup: DraftBackup): void {
  try {
    window.localStorage.setItem(key(applicationId), JSON.stringify(backup));
  } catch {
    // Storage full or disabled: the autosave still runs.
  }
}

export function clearBackup(applicationId: string): void {
  try {
    window.localStorage.removeItem(key(applicationId));
  } catch {
    // Nothing to clear.
  }
}
