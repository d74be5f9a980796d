import { EmptyState, ErrorState } from "./states";

/** A link whose filter values the page's schema refuses: say so and offer to clear them. */
export function InvalidFiltersState({ onClear }: { onClear: () => void }) {
  return (
    <ErrorState
      error={new Error("This link has filter values Sightline does not understand.")}
      title="Invalid filters in the address"
      action={
        <button type="button" className="button" onClick={onClear}>
          Clear filters
        </button>
      }
    />
  );
}

/** Filters that match nothing (`noun`: "items", "campaigns"). */
export function NoMatchState({ noun, onClear }: { noun: string; onClear: () => void }) {
  return (
    <EmptyState title={`No ${noun} match these filters`}>
      <p>Try fewer filters or a different search.</p>
      <button type="button" className="button" onClick={onClear}>
        Clear filters
      </button>
    </EmptyState>
  );
}
