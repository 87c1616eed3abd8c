const MATRIX: Record<string, string[]> = {
  owner: ['asset:delete', 'asset:tag', 'member:remove', 'export'],
  admin: ['asset:delete', 'asset:tag', 'member:remove', 'export'],
  editor: ['asset:tag'],
  viewer: [],
};

export function can(role: string | undefined, permission: string): boolean {
  return !!role && (MATRIX[role] ?? []).includes(permission);
}
