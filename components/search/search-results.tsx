import type { SearchGroup, SearchType } from "@/lib/search/schemas";
import { HighlightedText } from "./highlighted-text";
import styles from "./search.module.css";

export const GROUP_LABELS: Record<SearchType, string> = {
  item: "Items",
  campaign: "Campaigns",
  person: "Persons",
  organization: "Organizations",
  account: "Accounts",
  narrative: "Narratives",
};

export const optionId = (listId: string, index: number) => `${listId}-option-${index}`;

interface Props {
  listId: string;
  groups: SearchGroup[];
  active: number;
  onHover: (index: number) => void;
  onOpen: (href: string) => void;
}

/** The listbox: one group per type, options numbered across groups so ↑/↓ walk the whole list. Never fetches. */
export function SearchResults({ listId, groups, active, onHover, onOpen }: Props) {
  const starts = groups.map((_, g) => groups.slice(0, g).reduce((n, group) => n + group.hits.length, 0));
  return (
    <div id={listId} role="listbox" aria-label="Search results" className={styles.listbox}>
      {groups.map((group, g) => {
        const headingId = `${listId}-${group.type}`;
        return (
          <div key={group.type} role="group" aria-labelledby={headingId} className={styles.group}>
            <div id={headingId} role="presentation" className={styles.groupLabel}>
              {GROUP_LABELS[group.type]}
            </div>
            {group.hits.map((hit, h) => {
              const position = starts[g] + h;
              return (
                <div
                  key={`${hit.type}:${hit.id}`}
                  id={optionId(listId, position)}
                  role="option"
                  aria-selected={position === active}
                  className={styles.option}
                  onMouseMove={() => position !== active && onHover(position)}
                  // mousedown, not click: the input keeps the focus, and the dialog does not close first.
                  onMouseDown={(event) => {
                    event.preventDefault();
                    onOpen(hit.href);
                  }}
                >
                  <span className={styles.label}>
                    <HighlightedText segments={hit.label} />
                  </span>
                  {hit.snippet && (
                    <span className={styles.snippet}>
                      <HighlightedText segments={hit.snippet} />
                    </span>
                  )}
                  {hit.detail && <span className={styles.detail}>{hit.detail}</span>}
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
