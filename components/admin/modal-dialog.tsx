"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import styles from "./language-markers.module.css";

/**
 * A native modal <dialog>, open while mounted: the browser traps focus, Escape closes it and the page behind is
 * inert. The owner unmounts it from `onClose`.
 */
export function ModalDialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    dialog.showModal();
    return () => dialog.close();
  }, []);
  return (
    <dialog ref={ref} className={styles.dialog} aria-labelledby={titleId} onClose={() => close.current()}>
      <h2 id={titleId} className={styles.dialogTitle}>
        {title}
      </h2>
      {children}
    </dialog>
  );
}

/** The dialog's buttons: the action given as children, then Cancel. */
export function DialogActions({ children, onCancel }: { children: ReactNode; onCancel: () => void }) {
  return (
    <div className={styles.dialogActions}>
      {children}
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
