import { asc, eq } from 'drizzle-orm'

// The widget polls this for new replies.
// expect: missing-auth
export default defineEventHandler(async (event) => {
  const { id } = getRouterParams(event)
  return db.select().from(schema.comments).where(eq(schema.comments.ticketId, id)).orderBy(asc(schema.comments.createdAt))
})
