import type { ActionFunctionArgs } from '@remix-run/node';
import { json } from '@remix-run/node';
import { Form, useActionData } from '@remix-run/react';
import { randomBytes } from 'node:crypto';
import { useEffect } from 'react';
import { prisma } from '~/db.server';
import { requireUser } from '~/session.server';

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const apiToken = `crm_${randomBytes(24).toString('hex')}`;
  await prisma.user.update({ where: { id: user.id }, data: { apiToken } });
  return json({ apiToken });
}

export default function ApiTokenSettings() {
  const data = useActionData<typeof action>();
  useEffect(() => {
    if (data?.apiToken) {
      // the browser extension reads the token from here
      // expect: token-in-localstorage
      localStorage.setItem('crm_api_token', data.apiToken);
    }
  }, [data]);
  return (
    <Form method="post">
      <button type="submit">Generate API token</button>
      {data?.apiToken ? <code>{data.apiToken}</code> : null}
    </Form>
  );
}
