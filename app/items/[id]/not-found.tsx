import Link from "next/link";

export default function ItemNotFound() {
  return (
    <div className="page">
      <section className="panel">
        <div className="state">
          <p className="eyebrow">404</p>
          <h1>Item not found</h1>
          <p>There is no item at this address. It may have been deleted, or the link may be mistyped.</p>
          <Link href="/items" className="button">
            Back to items
          </Link>
        </div>
      </section>
    </div>
  );
}
