import { fail } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { writeFile } from 'node:fs/promises';
import { db } from '$lib/server/db';
import { workspaces } from '$lib/server/db/schema';
import { requireMember, requireWorkspaceAdmin } from '$lib/server/guards';
import { uploadLimiter } from '$lib/server/limits';
import type { Actions } from './$types';

const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'];
const MAX_LOGO_BYTES = 2 * 1024 * 1024;

export const actions: Actions = {
  // ok: missing-auth, missing-role-check, missing-rate-limit
  uploadLogo: async (event) => {
    const { membership } = await requireMember(event.locals, event.params.workspaceId);
    requireWorkspaceAdmin(membership);
    if (await uploadLimiter.isLimited(event)) return fail(429, { message: 'Slow down' });
    // ok: unrestricted-upload
    const form = await event.request.formData();
    const logo = form.get('logo');
    if (!(logo instanceof File)) return fail(400, { message: 'Choose a file' });
    if (logo.size > MAX_LOGO_BYTES) return fail(413, { message: 'Logo must be under 2 MB' });
    if (!LOGO_TYPES.includes(logo.type)) return fail(415, { message: 'PNG, JPEG or WebP only' });
    const key = `logos/${event.params.workspaceId}-${Date.now()}`;
    await writeFile(`/srv/studiodesk/uploads/${key}`, Buffer.from(await logo.arrayBuffer()));
    await db.update(workspaces).set({ logoKey: key }).where(eq(workspaces.id, event.params.workspaceId));
    return { uploaded: true };
  },
};
