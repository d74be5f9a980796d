import { safeHttpUrl } from "@/lib/format/format";

/** Only http(s) URLs become links (never javascript: or data:); they open in a new tab without referrer or follow. */
export function ExternalLink({
  url,
  children,
  className = "break",
}: {
  url: string | null | undefined;
  children?: React.ReactNode;
  className?: string;
}) {
  if (!url) return <span className="faint">—</span>;
  const safe = safeHttpUrl(url);
  if (!safe) return <code title="Not an http(s) address: shown as text">{url}</code>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer nofollow" className={className}>
      {children ?? url}
    </a>
  );
}
