export type Viewer = { userId: number; workspaceId: number }

export type AppEnv = {
  Variables: {
    viewer: Viewer
  }
}
