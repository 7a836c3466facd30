/** Members that stand for anyone: Google's `allUsers` and `allAuthenticatedUsers`. */
export const publicMembers = ['allUsers', 'allAuthenticatedUsers'] as const;

/** An IAM binding as every policy carries it. */
export interface Binding {
  role?: string | null;
  members?: string[] | null;
}

/** Pure: a policy's bindings → the typed columns every policy row has (members, roles, roles granted to anyone). */
export function bindingColumns(bindings: readonly Binding[] | null | undefined) {
  const members = new Set<string>();
  const roles = new Set<string>();
  const publicRoles = new Set<string>();
  for (const b of bindings ?? []) {
    if (b.role) roles.add(b.role);
    for (const m of b.members ?? []) {
      members.add(m);
      if ((publicMembers as readonly string[]).includes(m) && b.role) publicRoles.add(b.role);
    }
  }
  return { members: [...members].sort(), roles: [...roles].sort(), public_roles: [...publicRoles].sort() };
}
