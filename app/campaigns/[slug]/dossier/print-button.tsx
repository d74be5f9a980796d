"use client";

/** Opens the browser's print dialog (Save as PDF); hidden in the printout itself. */
export function PrintButton() {
  return (
    <button type="button" className="button button-primary" data-print="hide" onClick={() => window.print()}>
      Print or save as PDF
    </button>
  );
}
