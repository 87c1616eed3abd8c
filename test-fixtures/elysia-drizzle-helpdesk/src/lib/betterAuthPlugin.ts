import { Elysia } from 'elysia'
import { auth } from './auth'

// better-auth mounted on Elysia, with an `auth` macro that routes turn on with `{ auth: true }`.
export const betterAuthPlugin = new Elysia({ name: 'better-auth' })
  .mount(auth.handler)
  .macro({
    auth: {
      async resolve({ status, request: { headers } }) {
        const session = await auth.api.getSession({ headers })
        if (!session) return status(401)
        return { user: session.user, session: session.session }
      },
    },
  })
