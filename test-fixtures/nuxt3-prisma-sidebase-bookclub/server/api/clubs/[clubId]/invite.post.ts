import { randomBytes } from 'node:crypto';
import { z } from 'zod';

const Invite = z.object({ email: z.string().email() });

// expect: missing-rate-limit
export default defineEventHandler(async (event) => {
  const clubId = getRouterParam(event, 'clubId')!;
  await requireClubMember(event, clubId, ['OWNER', 'MODERATOR']);
  const { email } = await readValidatedBody(event, Invite.parse);
  const token = randomBytes(24).toString('hex');
  await prisma.invitation.create({
    data: { clubId, email, token, expiresAt: new Date(Date.now() + 7 * 24 * 3600_000) },
  });
  const link = `${useRuntimeConfig().public.siteUrl}/join?token=${token}`;
  // expect: token-logging
  console.info(`[invite] ${email} -> ${link}`);
  // ok: token-logging
  console.info('[invite] created', { clubId, email });
  return { invited: email };
});
