"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { ApiClientError } from "@/lib/http/api-client";
import type { DuplicateMatch } from "@/lib/ingest/find-duplicates";
import type { LogSightingResult } from "@/lib/ingest/log-sighting";
import { apiSend } from "@/lib/lookups/api-send";
import { keys } from "@/lib/query-keys";
import { DuplicatePanel, useDuplicates } from "./duplicate-panel";
import { EvidenceField } from "./evidence-field";
import { initialLogFormState, toRequestBody, type LogFormState } from "./form-state";
import { ItemFields } from "./item-fields";
import styles from "./log-form.module.css";
import { SightingFields } from "./sighting-fields";
import { describeUrl, UrlField } from "./url-field";
import { useFieldErrors } from "./use-field-errors";

/**
 * "Log a sighting": keyboard-first. Enter saves (Ctrl/⌘+Enter in a textarea), Ctrl/⌘+K searches everything (the
 * shell's search box, as everywhere), Alt+A attaches to the first known match, Alt+M marks the selected text. A failed save keeps
 * everything typed and shows each server message next to its field.
 */
export function LogSightingForm() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [state, setState] = useState<LogFormState>(() => initialLogFormState());
  const [platformTouched, setPlatformTouched] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const set = useCallback(<K extends keyof LogFormState>(key: K, value: LogFormState[K]) => {
    if (key === "platform") setPlatformTouched(true);
    setState((s) => ({ ...s, [key]: value }));
  }, []);

  const described = describeUrl(state.url);
  const detected = described && "canonical" in described ? described : null;
  const onUrl = (url: string) => {
    const next = describeUrl(url);
    setState((s) => ({ ...s, url, platform: platformTouched || !next || !("platform" in next) ? s.platform : next.platform }));
  };

  const { matches, isFetching } = useDuplicates({
    url: detected ? state.url : "",
    sha256: state.evidence[0]?.sha256 ?? "",
    title: state.attachTo ? "" : state.title,
    text: state.attachTo ? "" : state.text,
  });

  const save = useMutation({
    mutationFn: (body: ReturnType<typeof toRequestBody>) => apiSend<LogSightingResult>("POST", "/api/sightings", body),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: keys.all });
      router.push(`/items/${result.itemId}?logged=${result.outcome}`);
    },
  });
  // After a refused save, the first field the server named gets the focus (once it is marked invalid).
  useEffect(() => {
    if (save.error) formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [save.error]);
  const details = save.error instanceof ApiClientError ? save.error.details : [];
  const errorsFor = useFieldErrors(details);

  const attach = useCallback((match: DuplicateMatch) => {
    setState((s) => ({ ...s, attachTo: { itemId: match.itemId, title: match.title ?? `Untitled ${match.kind}` } }));
    save.reset();
    requestAnimationFrame(() => document.getElementById("log-observed-at")?.focus());
  }, [save]);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.altKey && event.code === "KeyA" && matches[0] && !state.attachTo) {
        event.preventDefault();
        attach(matches[0]);
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [matches, attach, state.attachTo]);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!save.isPending) save.mutate(toRequestBody(state));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <div className={styles.layout}>
      <form ref={formRef} className={`panel ${styles.form}`} onSubmit={submit} onKeyDown={onKeyDown} noValidate aria-label="Log a sighting">
        {save.error && (
          <div className="state state-error" role="alert">
            <p><strong>Not saved.</strong> {save.error.message}</p>
            {details.length > 0 && <p className="muted">The fields at fault are marked below; everything you typed is kept.</p>}
          </div>
        )}
        <div className={styles.grid}>
          <UrlField value={state.url} onChange={onUrl} errors={errorsFor("item.url", "sighting.url")} />
          {state.attachTo ? (
            <div className={`${styles.attachBanner} ${styles.wide}`} role="status">
              <span>
                New sighting of <strong>{state.attachTo.title}</strong>
              </span>
              <button type="button" className="button" onClick={() => set("attachTo", null)}>
                Log as a new item instead
              </button>
              {errorsFor("itemId").map((m) => <span key={m} className={styles.errorText}>{m}</span>)}
            </div>
          ) : (
            <ItemFields state={state} set={set} errorsFor={errorsFor} textRef={textRef} />
          )}
          <h2 className={`${styles.section} ${styles.wide}`}>This sighting</h2>
          <SightingFields state={state} set={set} errorsFor={errorsFor} urlAccount={detected?.account ?? null} />
          <EvidenceField value={state.evidence} onChange={(v) => set("evidence", v)} errors={errorsFor("evidence")} />
        </div>
        <div className={styles.actions}>
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {save.isPending ? "Saving…" : state.attachTo ? "Save sighting" : "Save item and sighting"}
          </button>
          <span className="muted">
            <kbd className={styles.kbd}>Enter</kbd> saves · <kbd className={styles.kbd}>Ctrl/⌘+Enter</kbd> in text · <kbd className={styles.kbd}>Ctrl/⌘+K</kbd> search
          </span>
        </div>
      </form>
      <aside className={styles.side}>
        <DuplicatePanel matches={state.attachTo ? [] : matches} isFetching={isFetching} onAttach={attach} />
      </aside>
    </div>
  );
}
