import Link from "next/link";

interface ComingSoonProps {
  title: string;
  summary: string;
  /** What the page will let people do, one line each. */
  plans: string[];
  /** Where to go meanwhile. */
  meanwhile?: { href: string; label: string };
}

/** A page another issue will build: says plainly what it will do, so nobody mistakes it for a broken page. */
export function ComingSoon({ title, summary, plans, meanwhile }: ComingSoonProps) {
  return (
    <div className="page">
      <header className="page-header">
        <p className="eyebrow">Coming soon</p>
        <h1>{title}</h1>
        <p className="lede">{summary}</p>
      </header>
      <section className="panel" aria-labelledby="plans-heading">
        <div className="panel-header">
          <h2 id="plans-heading">What this page will do</h2>
          <span className="badge badge-neutral">In development</span>
        </div>
        <div className="panel-body">
          <ul className="plan-list">
            {plans.map((plan) => (
              <li key={plan}>{plan}</li>
            ))}
          </ul>
          {meanwhile && (
            <p className="muted" style={{ marginTop: "var(--space-4)" }}>
              Meanwhile: <Link href={meanwhile.href}>{meanwhile.label}</Link>
            </p>
          )}
        </div>
      </section>
    </div>
  );
}
