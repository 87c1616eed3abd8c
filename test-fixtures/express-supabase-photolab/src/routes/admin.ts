import { Router } from 'express';
import { supabaseAdmin } from '../lib/supabase.js';

export const adminRouter = Router();

// ok: missing-auth, missing-role-check
adminRouter.get('/users', async (req, res) => {
  const page = Number(req.query.page ?? 1);
  const { data } = await supabaseAdmin.auth.admin.listUsers({ page, perPage: 50 });
  res.json(data.users.map((u) => ({ id: u.id, email: u.email, created_at: u.created_at })));
});

// ok: missing-auth, missing-role-check
adminRouter.delete('/users/:id', async (req, res) => {
  await supabaseAdmin.auth.admin.deleteUser(req.params.id);
  res.sendStatus(204);
});

// ok: missing-auth, missing-role-check
adminRouter.get('/photos', async (req, res) => {
  // ok: unscoped-tenant-query
  const { data } = await supabaseAdmin.from('photos').select('*').eq('owner_id', String(req.query.owner));
  res.json(data ?? []);
});
