import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData, useParams } from '@remix-run/react';
import { decodeJwt, jwtVerify } from 'jose';
import { eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';

const INVITE_KEY = new TextEncoder().encode(process.env.INVITE_SIGNING_KEY);

// guests open the link from their email before they have an account
// ok: missing-auth
export async function loader({ params }: LoaderFunctionArgs) {
  const { payload } = await jwtVerify(params.token!, INVITE_KEY, { algorithms: ['HS256'] });
  // ok: unscoped-tenant-query
  const team = await db.query.teams.findFirst({ where: eq(schema.teams.id, String(payload.teamId)) });
  if (!team) throw new Response('Invite expired', { status: 410 });
  return json({ teamName: team.name, email: payload.email });
}

export default function Invite() {
  const { teamName } = useLoaderData<typeof loader>();
  const { token } = useParams();
  // prefills the form while it renders; the server verified the token in the loader
  // ok: insecure-jwt
  const invitee = token ? String(decodeJwt(token).email ?? '') : '';
  return (
    <section>
      <h1>Join {teamName} on Castbay</h1>
      <input name="email" defaultValue={invitee} readOnly />
    </section>
  );
}
