import type { RequestHandler } from 'express';
import { z } from 'zod';
import { db } from '../db';

const tenantHeader = z.string().uuid();

/**
 * Resolves the active tenant from the `x-tenant-id` header and verifies the
 * authenticated user belongs to it. Must run after `authenticate`.
 */
export const resolveTenant: RequestHandler = async (req, res, next) => {
  const parsed = tenantHeader.safeParse(req.header('x-tenant-id'));
  if (!parsed.success) {
    return res.status(400).json({ error: 'x-tenant-id header is required' });
  }

  try {
    // ok: unscoped-tenant-query
    const membership = await db('users').where({ id: req.auth.userId, tenant_id: parsed.data }).first('role');
    if (!membership) {
      return res.status(403).json({ error: 'not a member of this tenant' });
    }

    req.tenantId = parsed.data;
    // The role in the token may be stale; the membership row is authoritative.
    req.auth = { ...req.auth, role: membership.role };
    next();
  } catch (err) {
    next(err);
  }
};
