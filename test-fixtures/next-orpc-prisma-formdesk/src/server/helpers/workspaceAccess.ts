type Members = { userId: string; role: string }[];

/** true when the user may not change anything in the workspace */
export const isWriteForbidden = (workspace: { members: Members }, user: { id: string }) => {
  const role = workspace.members.find((m) => m.userId === user.id)?.role;
  return !role || role === 'GUEST';
};

/** how the user sees the workspace: guests see nothing */
export const getModeInWorkspace = (userId: string, members: Members | undefined) => {
  const role = members?.find((m) => m.userId === userId)?.role;
  if (!role || role === 'GUEST') return 'guest';
  return role === 'ADMIN' ? 'write' : 'read';
};
