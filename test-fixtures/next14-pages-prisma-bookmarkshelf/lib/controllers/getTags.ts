import { prisma } from "../prisma";

type TagQuery = { search?: string };

// one helper for two screens: the caller's own tag list, and the tags shown on a public collection page
export default async function getTags({
  userId,
  collectionId,
  query = {},
}: {
  userId?: number;
  collectionId?: number;
  query?: TagQuery;
}) {
  const searchCondition = query.search ? { name: { contains: query.search } } : undefined;

  if (userId) {
    // ok: unscoped-tenant-query
    const tags = await prisma.tag.findMany({
      where: { AND: [...(searchCondition ? [searchCondition] : []), { ownerId: userId }] },
      orderBy: { name: "asc" },
    });
    return { status: 200, tags };
  } else if (collectionId) {
    // expect: unscoped-tenant-query
    const tags = await prisma.tag.findMany({
      where: { AND: [...(searchCondition ? [searchCondition] : []), { bookmarks: { some: { collectionId } } }] },
      orderBy: { name: "asc" },
    });
    return { status: 200, tags };
  }
  return { status: 400, tags: [] };
}
