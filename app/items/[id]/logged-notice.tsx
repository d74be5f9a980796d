"use client";

import { parseAsStringLiteral, useQueryState } from "nuqs";
import styles from "./item-edit.module.css";

/** "Sighting logged" after the form's save (?logged=created|attached); dismissing it drops the parameter. */
export function LoggedNotice() {
  const [logged, setLogged] = useQueryState("logged", parseAsStringLiteral(["created", "attached", "merged"] as const));
  if (!logged) return null;
  return (
    <div className={styles.notice} role="status">
      <span>
        <strong>Sighting logged</strong>
        {logged === "created" ? " — a new item was created." : " — added to this known item."}
      </span>
      <button type="button" className="button" onClick={() => void setLogged(null)}>
        Dismiss
      </button>
    </div>
  );
}
