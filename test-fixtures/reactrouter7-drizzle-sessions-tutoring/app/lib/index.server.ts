export { requireUser, requireAdmin } from './auth.server';
export { db, schema } from '~/db.server';
