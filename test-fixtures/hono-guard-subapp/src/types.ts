export type Env = {
  Bindings: { DB: D1Database }
  Variables: { userId: string }
}
