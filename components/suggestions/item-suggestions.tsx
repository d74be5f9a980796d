"use client";

import { SuggestionList } from "./suggestion-list";

/** The item's top campaign suggestions (computed when it was logged, or by the last run); hidden when there are none. */
export function ItemSuggestions({ itemId, canWrite }: { itemId: string; canWrite: boolean }) {
  return (
    <section className="panel" aria-labelledby="item-suggestions">
      <div className="panel-header">
        <h2 id="item-suggestions">Campaign suggestions</h2>
        <span className="panel-note">why this item probably belongs to a campaign</span>
      </div>
      <div className="panel-body">
        <SuggestionList scope={{ item: itemId }} canWrite={canWrite} empty="No campaign suggestion for this item" />
      </div>
    </section>
  );
}
