import { Router } from 'express';
import { body } from 'express-validator';
import { User, Organization, Role } from '../models/index.js';
import { requireRole, isOrgAdmin, currentOrgId } from '../middleware/auth.js';
import { handleValidation } from '../middleware/validate.js';

export const adminRouter = Router();

// ok: missing-role-check, unscoped-tenant-query
adminRouter.get('/members', requireRole(Role.Owner, Role.Admin), async (req, res) => {
  const members = await User.findAll({
    where: { organizationId: currentOrgId(req) },
    attributes: ['id', 'email', 'fullName', 'role'],
  });
  res.json(members);
});

// ok: missing-input-validation
// expect: missing-role-check
adminRouter.patch('/members/:userId/role', body('role').isIn(Object.values(Role)), handleValidation, async (req, res) => {
  // ok: unscoped-tenant-query
  const member = await User.findOne({ where: { id: req.params.userId, organizationId: currentOrgId(req) } });
  if (!member) return res.status(404).json({ error: 'not found' });
  member.role = req.body.role;
  await member.save();
  res.json({ id: member.id, role: member.role });
});

// ok: missing-role-check
adminRouter.delete('/members/:userId', async (req, res) => {
  if (!isOrgAdmin(req.user as User)) return res.status(403).json({ error: 'forbidden' });
  // ok: unscoped-tenant-query
  await User.destroy({ where: { id: req.params.userId, organizationId: currentOrgId(req) } });
  res.status(204).end();
});

// expect: missing-role-check
adminRouter.get('/users', async (_req, res) => {
  // expect: unscoped-tenant-query
  const users = await User.findAll({ attributes: ['id', 'email', 'organizationId', 'role'], include: [Organization] });
  res.json(users);
});
