import { prisma, type Context } from '../context';

export const resolvers = {
  Query: {
    // ok: missing-auth
    myClub: (_: unknown, __: unknown, ctx: Context) => {
      // ok: unscoped-tenant-query
      return prisma.club.findUnique({ where: { id: ctx.viewer!.clubId }, include: { meetings: true } });
    },
    // ok: missing-auth
    meeting: (_: unknown, args: { id: string }) => {
      // expect: unscoped-tenant-query
      return prisma.meeting.findUnique({ where: { id: args.id } });
    },
    // the landing page's "now reading" strip: titles only
    // ok: missing-auth, unscoped-tenant-query
    upcomingBooks: () => prisma.meeting.count(),
  },
  Mutation: {
    // ok: missing-auth, missing-role-check
    rsvp: async (_: unknown, { meetingId }: { meetingId: string }, ctx: Context) => {
      // ok: unscoped-tenant-query
      const meeting = await prisma.meeting.findFirst({ where: { id: meetingId, clubId: ctx.viewer!.clubId } });
      return meeting !== null;
    },
    // ok: missing-auth, missing-role-check
    scheduleMeeting: async (_: unknown, args: { book: string; at: string }, ctx: Context) => {
      // ok: unscoped-tenant-query
      return prisma.meeting.create({ data: { book: args.book, at: new Date(args.at), clubId: ctx.viewer!.clubId } });
    },
    // expect: missing-auth
    removeMember: async (_: unknown, { memberId }: { memberId: string }) => {
      // ok: unscoped-tenant-query
      await prisma.member.delete({ where: { id: memberId } });
      return true;
    },
  },
};
