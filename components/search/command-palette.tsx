"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useDebouncedValue } from "@/components/log/use-debounced-value";
import { searchQueries } from "@/lib/search/query-options";
import { SEARCH_QUERY_MAX } from "@/lib/search/schemas";
import { SearchResults, optionId } from "./search-results";
import styles from "./search.module.css";

const isShortcut = (event: globalThis.KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "k";

/**
 * The one search box: a button in the shell and Ctrl/⌘+K anywhere open it as a modal dialog. The input is an ARIA
 * combobox over a listbox of results grouped by type; ↑/↓ move, Enter opens, Escape closes (the native dialog's
 * cancel), and the focus returns to where it was.
 */
export function CommandPalette() {
  const router = useRouter();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [text, setText] = useState("");
  const [active, setActive] = useState(0);
  const q = useDebouncedValue(text.trim(), 150);
  const { data, isFetching, error } = useQuery(searchQueries.search(q));
  const groups = q && data ? data.groups : [];
  const hits = groups.flatMap((group) => group.hits);
  const activeIndex = Math.min(active, hits.length - 1);

  const open = useCallback(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    inputRef.current?.select();
  }, []);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!isShortcut(event)) return;
      event.preventDefault();
      open();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  useEffect(() => {
    if (activeIndex >= 0) document.getElementById(optionId(listId, activeIndex))?.scrollIntoView({ block: "nearest" });
  }, [activeIndex, listId]);

  const go = (href: string) => {
    dialogRef.current?.close();
    router.push(href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive(hits.length ? (activeIndex + step + hits.length) % hits.length : 0);
    } else if (event.key === "Enter" && hits[activeIndex]) {
      event.preventDefault();
      go(hits[activeIndex].href);
    }
  };

  const status = error
    ? `Search failed: ${error.message}`
    : !q
      ? "Items, campaigns, persons, organizations, accounts and narratives"
      : hits.length === 0
        ? isFetching
          ? "Searching…"
          : `Nothing found for “${q}”`
        : `${hits.length} result${hits.length === 1 ? "" : "s"} · ↑↓ to move · Enter to open · Esc to close`;

  return (
    <>
      <button
        type="button"
        className={styles.trigger}
        onClick={open}
        aria-label="Search everything"
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K"
      >
        <span className={styles.searchIcon} aria-hidden="true" />
        <span className={styles.triggerText}>Search</span>
        <kbd className={styles.kbd} aria-hidden="true">
          Ctrl K
        </kbd>
      </button>
      <dialog
        ref={dialogRef}
        className={styles.dialog}
        aria-label="Search"
        // A click on the backdrop (the dialog element itself, outside its panel) closes it.
        onClick={(event) => event.target === event.currentTarget && dialogRef.current?.close()}
      >
        <div className={styles.panel}>
          <div className={styles.inputRow}>
            <span className={styles.searchIcon} aria-hidden="true" />
            <input
              ref={inputRef}
              type="text"
              role="combobox"
              aria-label="Search Sightline"
              aria-expanded={hits.length > 0}
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={hits.length > 0 ? optionId(listId, activeIndex) : undefined}
              autoComplete="off"
              spellCheck={false}
              maxLength={SEARCH_QUERY_MAX}
              placeholder="Search names, words, URLs…"
              className={styles.input}
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                setActive(0);
              }}
              onKeyDown={onKeyDown}
            />
            {isFetching && <span className={styles.spinner} aria-hidden="true" />}
          </div>
          <SearchResults listId={listId} groups={groups} active={activeIndex} onHover={setActive} onOpen={go} />
          <p role="status" className={error ? `${styles.status} ${styles.statusError}` : styles.status}>
            {status}
          </p>
        </div>
      </dialog>
    </>
  );
}
