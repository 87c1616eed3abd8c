export type AuthUser = { sub: string; email: string; staff: boolean }

export type AppEnv = {
  Variables: {
    user: AuthUser
    membership: { workspaceId: string; userId: string; role: 'owner' | 'admin' | 'member' }
  }
}
