"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ApplicationSection, SectionState } from "@/lib/application/sections";
import { loadDraftAction } from "@/lib/actions/company/load-draft";
import { saveDraftAction } from "@/lib/actions/company/save-draft";
import { clearBackup, readBackup, writeBackup, type DraftBackup } from "./draft-backup";
import type { FactsObject } from "./fact-paths";
import { mergeFacts, sameFacts } from "./merge-facts";
import { checkFacts } from "./validate-facts";

export type SaveState =
  | { kind: "idle" }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "error"; message: string }
  /** Another tab (or a colleague) saved a newer version; nothing is saved until the person chooses. */
  | { kind: "conflict" };

export interface AutosaveOptions {
  applicationId: string;
  initialFacts: FactsObject;
  initialVersion: number;
  enabled: boolean;
  delayMs?: number;
}

/**
 * The draft's facts as this tab edits them, saved shortly after each change and on demand.
 * Every save names the version it was made on; a refusal because another tab saved first turns
 * into a choice (reload theirs, or apply mine on top of theirs) instead of overwriting newer data.
 * Unsaved edits are also kept in the browser until a save succeeds.
 */
export function useDraftAutosave({ applicationId, initialFacts, initialVersion, enabled, delayMs = 800 }: AutosaveOptions) {
  const [facts, setFacts] = useState<FactsObject>(initialFacts);
  const [version, setVersion] = useState(initialVersion);
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const [sectionState, setSectionState] = useState<SectionState | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string[]>>({});
  /** Bumped whenever the facts are replaced from outside the inputs, so the form re-reads them. */
  const [generation, setGeneration] = useState(0);
  const [restorable, setRestorable] = useState<DraftBackup | null>(null);

  const factsRef = useRef(facts);
  const versionRef = useRef(version);
  const baseRef = useRef<FactsObject>(initialFacts);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const conflicted = useRef(false);

  const backup = useCallback(
    (next: FactsObject) => writeBackup(applicationId, { version: versionRef.current, base: baseRef.current, facts: next, at: new Date().toISOString() }),
    [applicationId],
  );

  const runSave = useCallback(
    async (extra: { complete?: ApplicationSection[]; incomplete?: ApplicationSection[] }): Promise<boolean> => {
      const snapshot = factsRef.current;
      const { valid } = checkFacts(snapshot);
      setState({ kind: "saving" });
      const result = await saveDraftAction({ applicationId, expectedVersion: versionRef.current, facts: valid, ...extra });
      if (result.ok) {
        versionRef.current = result.data.version;
        baseRef.current = valid as FactsObject;
        setVersion(result.data.version);
        setSectionState(result.data.sectionState);
        setServerErrors({});
        if (factsRef.current === snapshot) {
          clearBackup(applicationId);
          setState({ kind: "saved", at: new Date() });
        } else {
          backup(factsRef.current);
          setState({ kind: "dirty" });
        }
        return true;
      }
      if (result.status === 409) {
        conflicted.current = true;
        setState({ kind: "conflict" });
      } else {
        setServerErrors(result.fieldErrors ?? {});
        setState({ kind: "error", message: result.message });
      }
      return false;
    },
    [applicationId, backup],
  );

  const save = useCallback(
    async (extra: { complete?: ApplicationSection[]; incomplete?: ApplicationSection[] } = {}): Promise<boolean> => {
      if (!enabled || conflicted.current) return false;
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      // One save at a time: the next one starts from the version the previous one produced.
      while (inFlight.current) await inFlight.current;
      const run = runSave(extra);
      inFlight.current = run;
      try {
        return await run;
      } finally {
        inFlight.current = null;
      }
    },
    [enabled, runSave],
  );

  const update = useCallback(
    (next: FactsObject) => {
      factsRef.current = next;
      setFacts(next);
      if (!enabled) return;
      backup(next);
      if (conflicted.current) return;
      setState({ kind: "dirty" });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), delayMs);
    },
    [backup, delayMs, enabled, save],
  );

  const replace = useCallback((next: FactsObject, nextVersion: number, base: FactsObject) => {
    factsRef.current = next;
    versionRef.current = nextVersion;
    baseRef.current = base;
    setFacts(next);
    setVersion(nextVersion);
    setGeneration((g) => g + 1);
  }, []);

  /** Conflict: take the stored version and drop this tab's unsaved edits. */
  const reload = useCallback(async () => {
    const result = await loadDraftAction({ applicationId });
    if (!result.ok) return setState({ kind: "error", message: result.message });
    clearBackup(applicationId);
    conflicted.current = false;
    replace(result.data.facts, result.data.version, result.data.facts);
    setState({ kind: "idle" });
  }, [applicationId, replace]);

  /** Conflict: apply this tab's edits on top of the stored version, then save. */
  const keepMine = useCallback(async () => {
    const result = await loadDraftAction({ applicationId });
    if (!result.ok) return setState({ kind: "error", message: result.message });
    conflicted.current = false;
    replace(mergeFacts(baseRef.current, factsRef.current, result.data.facts), result.data.version, result.data.facts);
    await save();
  }, [applicationId, replace, save]);

  // Edits left in the browser by a tab closed before its save went through.
  useEffect(() => {
    if (!enabled) return;
    const left = readBackup(applicationId);
    if (!left || sameFacts(left.facts, left.base)) return;
    if (left.version === initialVersion && sameFacts(left.base, initialFacts)) {
      // localStorage exists only in the browser, after hydration: an effect is where it can be read.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      replace(left.facts, initialVersion, initialFacts);
      void save();
    } else {
      setRestorable(left);
    }
    // Only on first load of the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const restore = useCallback(() => {
    if (!restorable) return;
    const merged = mergeFacts(restorable.base, restorable.facts, factsRef.current);
    setRestorable(null);
    replace(merged, versionRef.current, baseRef.current);
    update(merged);
  }, [replace, restorable, update]);

  const discardRestorable = useCallback(() => {
    setRestorable(null);
    clearBackup(applicationId);
  }, [applicationId]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return { facts, version, state, sectionState, serverErrors, generation, restorable, update, save, reload, keepMine, restore, discardRestorable };
}
