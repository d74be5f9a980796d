import Link from "next/link";

export default function NotFound() {
  return (
    <div className="page">
      <section className="panel">
        <div className="state">
          <p className="eyebrow">404</p>
          <h1>Page not found</h1>
          <p>Nothing lives at this address.</p>
          <Link href="/" className="button">
            Go to the overview
          </Link>
        </div>
      </section>
    </div>
  );
}
