"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="page">
      <div className="state state-error" role="alert">
        <h1>Something went wrong</h1>
        <p>This page could not be shown. The error has been logged on the server.</p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
      </div>
    </div>
  );
}
