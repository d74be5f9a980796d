"use client";

import { useEffect, useState } from "react";
import styles from "./list-controls.module.css";

export interface SearchBoxProps {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  onSearch: (q: string) => void;
}

/** Applies the search 400 ms after typing stops, or at once on Enter; the URL is not rewritten on every key. */
export function SearchBox({ id, label, placeholder, value, onSearch }: SearchBoxProps) {
  const [text, setText] = useState(value);
  const [synced, setSynced] = useState(value);
  if (value !== synced) {
    // The URL changed from outside (back button, clear filters): show it.
    setSynced(value);
    setText(value);
  }
  useEffect(() => {
    if (text.trim() === value) return;
    const timer = setTimeout(() => onSearch(text.trim()), 400);
    return () => clearTimeout(timer);
  }, [text, value, onSearch]);
  return (
    <form
      role="search"
      className={styles.search}
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(text.trim());
      }}
    >
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <div className={styles.searchRow}>
        <input
          id={id}
          type="search"
          className="input"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={placeholder}
          maxLength={200}
          autoComplete="off"
        />
        <button type="submit" className="button button-primary">
          Search
        </button>
      </div>
    </form>
  );
}
