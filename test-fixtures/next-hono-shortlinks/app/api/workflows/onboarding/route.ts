import { serve } from '@upstash/workflow/nextjs';
import { prisma } from '@/lib/prisma';

type OnboardingInput = { userId: string };

// runs as a durable workflow: every step is delivered by the queue, which signs its requests
// ok: missing-auth
export const { POST } = serve<OnboardingInput>(async (context) => {
  const { userId } = context.requestPayload;
  await context.run('create-default-folder', async () => {
    const member = await prisma.workspaceMember.findFirst({ where: { userId } });
    if (!member) return;
    const folder = await prisma.folder.create({ data: { name: 'Links', workspaceId: member.workspaceId } });
    await prisma.user.update({ where: { id: userId }, data: { defaultFolderId: folder.id } });
  });
});
