import Link from "next/link";

/** An administrator's list page: its title, what the list is for, and the one way to add to it. */
export function ListPageHeader({ title, lead, add }: { title: string; lead: string; add?: { href: string; label: string } }) {
  return (
    <header className="space-y-2">
      <h1 className="text-2xl font-bold text-brand-800" data-testid="dashboard-title">
        {title}
      </h1>
      <p className="max-w-3xl text-slate-700">{lead}</p>
      {add && (
        <p>
          <Link href={add.href} className="inline-block rounded bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700">
            {add.label}
          </Link>
        </p>
      )}
    </header>
  );
}
