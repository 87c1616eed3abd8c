import type { NextFunction, Request, Response } from 'express';
import { supabaseAdmin, supabaseForUser } from '../lib/supabase.js';
import { logger } from '../lib/logger.js';

export async function requireAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) return res.status(401).json({ error: 'Missing bearer token' });
  // expect: token-logging
  logger.debug({ path: req.path, token }, 'verifying bearer token');
  const { data, error } = await supabaseAdmin.auth.getUser(token);
  if (error || !data.user) return res.status(401).json({ error: 'Invalid token' });
  req.user = data.user;
  req.supabase = supabaseForUser(token);
  next();
}

export function requireRole(role: 'admin' | 'moderator') {
  return async (req: Request, res: Response, next: NextFunction) => {
    const { data: profile } = await supabaseAdmin.from('profiles').select('role').eq('id', req.user!.id).single();
    if (profile?.role !== role) return res.status(403).json({ error: 'Forbidden' });
    next();
  };
}
