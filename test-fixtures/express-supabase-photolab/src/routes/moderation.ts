import { Router } from 'express';
import { z } from 'zod';
import { supabaseAdmin } from '../lib/supabase.js';

export const moderationRouter = Router();

const RoleChange = z.object({ role: z.enum(['member', 'moderator', 'admin']) });

// mounted behind requireAuth only: any signed-in user can hand out roles
// ok: missing-auth, missing-input-validation
// expect: missing-role-check
moderationRouter.put('/users/:id/role', async (req, res) => {
  const { role } = RoleChange.parse(req.body);
  await supabaseAdmin.from('profiles').update({ role }).eq('id', req.params.id);
  res.json({ ok: true });
});
