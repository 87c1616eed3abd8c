import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { and, eq } from 'drizzle-orm';
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { db, schema } from '~/db.server';
import { requireTeamOwner, requireUser } from '~/auth.server';

const KeyForm = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('create'), label: z.string().min(1).max(60) }),
  z.object({ intent: z.literal('revoke'), keyId: z.string().uuid() }),
]);

// ok: missing-auth
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  // ok: unscoped-tenant-query
  const keys = await db
    .select({ id: schema.apiKeys.id, label: schema.apiKeys.label, createdAt: schema.apiKeys.createdAt })
    .from(schema.apiKeys)
    .where(eq(schema.apiKeys.teamId, user.teamId));
  return json({ keys });
}

// ok: missing-auth, missing-input-validation, missing-role-check
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireTeamOwner(request);
  const input = KeyForm.parse(Object.fromEntries(await request.formData()));
  if (input.intent === 'revoke') {
    // ok: unscoped-tenant-query
    await db.delete(schema.apiKeys).where(and(eq(schema.apiKeys.id, input.keyId), eq(schema.apiKeys.teamId, user.teamId)));
    return json({ revoked: true, secret: null });
  }
  const secret = `cbk_${randomBytes(24).toString('hex')}`;
  await db.insert(schema.apiKeys).values({
    teamId: user.teamId,
    label: input.label,
    keyHash: createHash('sha256').update(secret).digest('hex'),
  });
  // expect: token-logging
  console.info(`api key created for team ${user.teamId}: ${secret}`);
  return json({ revoked: false, secret });
}

export default function ApiKeys() {
  const { keys } = useLoaderData<typeof loader>();
  const created = useActionData<typeof action>();
  return (
    <section>
      {created?.secret ? <p>Copy your key now: {created.secret}</p> : null}
      <ul>{keys.map((k) => <li key={k.id}>{k.label}</li>)}</ul>
      <Form method="post"><input name="label" /><button name="intent" value="create">Create key</button></Form>
    </section>
  );
}
