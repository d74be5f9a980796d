"use client";

import { useQuery } from "@tanstack/react-query";
import { EmptyState, ErrorState } from "@/components/ui/states";
import { peopleQueries } from "@/lib/users/query-options";
import { AddPersonForm } from "@/components/admin/add-person-form";
import { PeopleTable } from "@/components/admin/people-table";

export function PeopleView({ currentUserId }: { currentUserId: string }) {
  const list = useQuery(peopleQueries.list());
  const people = list.data?.people;
  const active = people?.filter((p) => p.active).length ?? 0;
  return (
    <>
      <AddPersonForm />
      <section className="panel" aria-labelledby="people-title" aria-busy={list.isFetching}>
        <div className="panel-header">
          <h2 id="people-title">People</h2>
          {people && (
            <span className="panel-note">
              {active} active{people.length > active ? `, ${people.length - active} deactivated` : ""}. Nobody is ever
              deleted: deactivating ends their sessions and keeps their trace.
            </span>
          )}
        </div>
        {list.isError && <ErrorState error={list.error} />}
        {people?.length === 0 && (
          <EmptyState title="No one yet">
            <p>Invite the first people above.</p>
          </EmptyState>
        )}
        {people && people.length > 0 && <PeopleTable people={people} currentUserId={currentUserId} />}
      </section>
    </>
  );
}
