import { createHmac } from 'node:crypto';

// remembers the club the user last opened (signed so the client cannot forge it)
export default defineEventHandler(async (event) => {
  const clubId = getRouterParam(event, 'clubId')!;
  const membership = await requireClubMember(event, clubId);
  const token = createHmac('sha256', useRuntimeConfig().authSecret).update(membership.id).digest('hex');
  // expect: insecure-cookie
  setCookie(event, 'active_club_token', `${membership.id}.${token}`, { sameSite: 'lax', path: '/' });
  // ok: insecure-cookie
  setCookie(event, 'last_club', clubId, { path: '/' });
  return { ok: true };
});
