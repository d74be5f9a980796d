"use client";

import { useId, useState } from "react";
import type { ColourMode } from "@/lib/graph/palette";
import styles from "./graph.module.css";

/** Search a node, colour mode, graph/table view, freeze, and the two exports. */
export function GraphToolbar(props: {
  colour: ColourMode;
  onColour: (colour: ColourMode) => void;
  view: "graph" | "table";
  onView: (view: "graph" | "table") => void;
  frozen: boolean;
  onFreeze: (frozen: boolean) => void;
  labels: string[];
  onSearch: (text: string) => boolean;
  onPng: () => void;
  onGexf: () => void;
  settled: boolean;
}) {
  const id = useId();
  const [text, setText] = useState("");
  const [missing, setMissing] = useState(false);
  return (
    <div className={styles.toolbar} role="toolbar" aria-label="Graph tools">
      <form
        role="search"
        className={styles.search}
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) setMissing(!props.onSearch(text.trim()));
        }}
      >
        <label htmlFor={`${id}-search`} className="visually-hidden">
          Find a node
        </label>
        <input
          id={`${id}-search`}
          className="input"
          type="search"
          placeholder="Find a node…"
          value={text}
          list={props.labels.length <= 2000 ? `${id}-labels` : undefined}
          aria-invalid={missing}
          onChange={(e) => {
            setText(e.target.value);
            setMissing(false);
          }}
        />
        {props.labels.length <= 2000 && (
          <datalist id={`${id}-labels`}>
            {[...new Set(props.labels)].slice(0, 2000).map((label) => (
              <option key={label} value={label} />
            ))}
          </datalist>
        )}
        <button type="submit" className="button">
          Find
        </button>
        {missing && <span className={styles.missing}>No node matches</span>}
      </form>
      <div className={styles.toolGroup}>
        <button type="button" className="button" aria-pressed={props.view === "graph"} onClick={() => props.onView("graph")}>
          Graph
        </button>
        <button type="button" className="button" aria-pressed={props.view === "table"} onClick={() => props.onView("table")}>
          Table
        </button>
      </div>
      <div className={styles.toolGroup}>
        <button type="button" className="button" aria-pressed={props.colour === "type"} onClick={() => props.onColour("type")}>
          Colour by type
        </button>
        <button type="button" className="button" aria-pressed={props.colour === "campaign"} onClick={() => props.onColour("campaign")}>
          Colour by campaign
        </button>
      </div>
      <div className={styles.toolGroup}>
        <button type="button" className="button" aria-pressed={props.frozen} onClick={() => props.onFreeze(!props.frozen)}>
          {props.frozen ? "Resume layout" : "Freeze layout"}
        </button>
        <span className="faint" aria-live="polite">
          {props.frozen ? "frozen" : props.settled ? "settled" : "laying out…"}
        </span>
      </div>
      <div className={styles.toolGroup}>
        <button type="button" className="button" onClick={props.onPng} disabled={props.view !== "graph"}>
          PNG
        </button>
        <button type="button" className="button" onClick={props.onGexf}>
          GEXF
        </button>
      </div>
    </div>
  );
}
