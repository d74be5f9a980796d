"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type KeyboardEvent } from "react";
import { logQueries } from "@/lib/lookups/query-options";
import type { LookupKind, LookupOption } from "@/lib/lookups/schemas";
import styles from "./log-form.module.css";
import { useDebouncedValue } from "./use-debounced-value";

export interface TypeaheadProps {
  kind: LookupKind;
  label: string;
  placeholder?: string;
  platform?: string;
  /** Offer "Create “…”" for a name that matches nothing (persons, organizations, accounts). */
  allowCreate?: boolean;
  onPick: (option: LookupOption, created: boolean) => void;
  inputId?: string;
  describedBy?: string;
  invalid?: boolean;
}

/**
 * An ARIA combobox over GET /api/lookups: type to search, ↑/↓ to move, Enter to pick (Enter never submits the
 * form while the list is open), Escape to close. The input clears after a pick, ready for the next one.
 */
export function Typeahead({ kind, label, placeholder, platform, allowCreate = false, onPick, inputId, describedBy, invalid }: TypeaheadProps) {
  const listId = useId();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const q = useDebouncedValue(text.trim(), 200);
  const queryClient = useQueryClient();
  const { data, isFetching, isPlaceholderData } = useQuery({ ...logQueries.lookup(kind, q, platform), enabled: open });
  // While the debounce runs or the answer for the current text is in flight, the list still shows the previous
  // answer; an Enter then waits for the right one instead of picking what was first a keystroke ago.
  const settled = q === text.trim() && !isPlaceholderData && !isFetching;
  const withCreate = (found: LookupOption[]) => {
    const exact = found.some((o) => o.label.replace(/^@/, "").toLowerCase() === text.trim().replace(/^@/, "").toLowerCase());
    const create: LookupOption | null = allowCreate && text.trim() && !exact ? { id: "", label: text.trim(), detail: "new" } : null;
    return { options: create ? [...found, create] : found, create };
  };
  const { options, create: createOption } = withCreate(data?.options ?? []);
  const visible = open && (options.length > 0 || (q !== "" && !isFetching));

  const pick = (option: LookupOption, created = option === createOption) => {
    onPick(option, created);
    setText("");
    setActive(0);
    setOpen(false);
  };

  const pickWhenSettled = async () => {
    const fresh = await queryClient.fetchQuery(logQueries.lookup(kind, text.trim(), platform)).catch(() => null);
    if (!fresh) return; // the list shows the lookup's error state; the user can press Enter again
    const { options: current, create } = withCreate(fresh.options);
    const option = current[Math.min(active, current.length - 1)];
    if (option) pick(option, option === create);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, Math.max(options.length - 1, 0)));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === "Enter" && open && text.trim() && !settled) {
      event.preventDefault();
      void pickWhenSettled();
    } else if (event.key === "Enter" && visible && options[active]) {
      event.preventDefault();
      pick(options[active]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div className={styles.typeahead}>
      <input
        id={inputId}
        className="input"
        role="combobox"
        aria-label={label}
        aria-expanded={visible}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={visible && options[active] ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        autoComplete="off"
        placeholder={placeholder}
        value={text}
        aria-busy={!settled || undefined}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => text && setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {visible && (
        <ul id={listId} role="listbox" aria-label={`${label} suggestions`} className={styles.listbox}>
          {options.length === 0 && <li className={styles.optionEmpty}>No match</li>}
          {options.map((option, i) => (
            <li
              key={`${option.id}:${option.label}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={styles.option}
              // mousedown, not click: it fires before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(option);
              }}
            >
              <span>{option === createOption ? `Create “${option.label}”` : option.label}</span>
              {option.detail && option !== createOption && <span className={styles.optionDetail}>{option.detail}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
