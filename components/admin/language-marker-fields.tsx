"use client";

import type { ReactNode } from "react";
import type { LanguageMarkerDto } from "@/lib/api-v1/language-markers/schemas";
import type { LanguageMarkerInput } from "@/lib/api-v1/language-markers/requests";
import { splitLanguageTags, type MarkerField } from "./language-marker-errors";
import styles from "./language-markers.module.css";

/** The form's fields as text; uncontrolled inputs start from these (a new key re-seeds them). */
export function fieldValuesOf(marker?: LanguageMarkerDto): Record<MarkerField, string> {
  return {
    slug: marker?.slug ?? "",
    name: marker?.name ?? "",
    category: marker?.category ?? "",
    languages: marker?.languages.join(", ") ?? "",
    description: marker?.description ?? "",
  };
}

/** The submitted form as the API body; empty category and description clear them (the API turns "" into null). */
export function markerBodyOf(form: HTMLFormElement): LanguageMarkerInput {
  const data = new FormData(form);
  const text = (name: MarkerField) => String(data.get(name) ?? "");
  return {
    slug: text("slug"),
    name: text("name"),
    category: text("category"),
    languages: splitLanguageTags(text("languages")),
    description: text("description"),
  };
}

interface InputProps {
  id: string;
  name: MarkerField;
  defaultValue: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}

interface FieldsProps {
  /** Unique per form on the page, so labels and error messages point at their own inputs. */
  idPrefix: string;
  defaults: Record<MarkerField, string>;
  errors: Partial<Record<MarkerField, string>>;
}

/** Slug, name, category, languages and description with each API error under its own input. */
export function LanguageMarkerFields({ idPrefix, defaults, errors }: FieldsProps) {
  const field = (name: MarkerField, label: string, input: (props: InputProps) => ReactNode, hint?: string) => {
    const id = `${idPrefix}-${name}`;
    const describedBy = [hint && `${id}-hint`, errors[name] && `${id}-error`].filter(Boolean).join(" ") || undefined;
    return (
      <div className={`field ${styles[`${name}Field`] ?? ""}`}>
        <label htmlFor={id}>{label}</label>
        {input({ id, name, defaultValue: defaults[name], "aria-invalid": errors[name] ? true : undefined, "aria-describedby": describedBy })}
        {hint && (
          <span id={`${id}-hint`} className={styles.hint}>
            {hint}
          </span>
        )}
        {errors[name] && (
          <span id={`${id}-error`} className={styles.fieldError}>
            {label} {errors[name]}
          </span>
        )}
      </div>
    );
  };
  return (
    <>
      {field("name", "Name", (p) => <input {...p} className="input" required maxLength={200} autoComplete="off" />)}
      {field(
        "slug",
        "Slug",
        (p) => <input {...p} className="input mono" required maxLength={100} autoComplete="off" spellCheck={false} />,
        "lower-case letters, digits and hyphens; used in API calls and imports",
      )}
      {field("category", "Category", (p) => <input {...p} className="input" maxLength={120} autoComplete="off" placeholder="e.g. syntax" />)}
      {field(
        "languages",
        "Languages",
        (p) => <input {...p} className="input" autoComplete="off" spellCheck={false} placeholder="pl, de, uk" />,
        "BCP 47 tags of the languages it shows up in, separated by commas",
      )}
      {field("description", "Description", (p) => <textarea {...p} className={`input ${styles.textarea}`} rows={3} maxLength={20_000} />)}
    </>
  );
}
