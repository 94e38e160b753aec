/**
 * Whose a row is, declared once per table (`db/store.ts`), so "the caller's rows" and "own row
 * or 404" are one call on the table (`ownedBy`, `getOwned`) instead of a filter repeated, and
 * possibly forgotten, in each handler.
 */

/** Who is asking: the billing customer, the member signed in (null for a customer session). */
export interface Subject {
  readonly customer: { readonly id: string };
  readonly member: { readonly id: string } | null;
  readonly organization: { readonly id: string };
}

/** A table whose rows other tables can be owned through (a seat through its subscription). */
export interface OwningTable {
  get(id: string): object | undefined;
  isOwnedBy(row: never, subject: Subject): boolean;
}

/**
 * Which columns say whose a row is: each names the subject's customer, member or organization
 * whose id it holds, or a table whose row it points to and that the subject must own. A
 * `member` column narrows a member to their own rows; a customer session, which has no member,
 * sees the rows of all its customer's members.
 */
export type Ownership<Row> = {
  readonly [K in keyof Row]?: 'customer' | 'member' | 'organization' | OwningTable;
};

/** The check `Ownership` describes, made once per table: it runs on every row of every list. */
export function ownershipCheck<Row>(
  ownership: Ownership<Row>,
): (row: Row, subject: Subject) => boolean {
  const owners = Object.entries(ownership) as [keyof Row, Ownership<Row>[keyof Row]][];
  return (row, subject) => {
    for (const [column, owner] of owners) {
      const value = row[column] as unknown;
      if (owner === 'customer') {
        if (value !== subject.customer.id) return false;
      } else if (owner === 'organization') {
        if (value !== subject.organization.id) return false;
      } else if (owner === 'member') {
        if (subject.member && value !== subject.member.id) return false;
      } else if (owner) {
        const parent = typeof value === 'string' ? owner.get(value) : undefined;
        if (!parent || !owner.isOwnedBy(parent as never, subject)) return false;
      }
    }
    return true;
  };
}
