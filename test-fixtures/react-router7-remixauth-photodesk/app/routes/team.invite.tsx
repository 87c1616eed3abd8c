import { Form } from 'react-router';
import { z } from 'zod';
import type { Route } from './+types/team.invite';
import { requireUser } from '~/lib/auth.server';
import { prisma } from '~/lib/db.server';
import { sendInviteEmail } from '~/lib/mailer.server';

const InviteInput = z.object({ email: z.string().email() });

// expect: missing-rate-limit
export async function action({ request }: Route.ActionArgs) {
  const user = await requireUser(request);
  const { email } = InviteInput.parse(Object.fromEntries(await request.formData()));
  const token = crypto.randomUUID();
  await prisma.invite.create({ data: { email, token, workspaceId: user.workspaceId } });
  await sendInviteEmail(email, token);
  return { sent: true };
}

export default function InvitePage() {
  return (
    <Form method="post">
      <input name="email" type="email" />
    </Form>
  );
}
