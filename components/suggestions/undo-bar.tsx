"use client";

import { useEffect, useState } from "react";
import { ErrorState } from "@/components/ui/states";
import styles from "./suggestions.module.css";
import { useUndoDecision } from "./use-decide-suggestion";

export interface LastDecision {
  decisionId: string;
  undoableUntil: string;
  /** "Accepted 3 items into Matryoshka." */
  message: string;
}

/**
 * The confirmation that follows a decision, with "Undo" while the server still allows it. It announces itself
 * (role=status) and hides the button when the window closes; the server checks the window again on undo.
 */
export function UndoBar({ last, onDone }: { last: LastDecision; onDone: () => void }) {
  const undo = useUndoDecision();
  const [open, setOpen] = useState(() => Date.parse(last.undoableUntil) > Date.now());
  useEffect(() => {
    const left = Date.parse(last.undoableUntil) - Date.now();
    if (left <= 0) return;
    const timer = setTimeout(() => setOpen(false), left);
    return () => clearTimeout(timer);
  }, [last.undoableUntil]);
  const until = new Date(last.undoableUntil).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });
  return (
    <div className={styles.undoBar} role="status" aria-live="polite">
      {undo.isSuccess ? (
        <span>Undone: the items are open for review again.</span>
      ) : (
        <>
          <span>{last.message}</span>
          {open && (
            <button type="button" className="button" disabled={undo.isPending} onClick={() => undo.mutate(last.decisionId)}>
              Undo <span className="muted">(until {until})</span>
            </button>
          )}
        </>
      )}
      <button type="button" className="button" aria-label="Dismiss" onClick={onDone}>
        ×
      </button>
      {undo.error && <ErrorState error={undo.error} title="Could not undo" />}
    </div>
  );
}
