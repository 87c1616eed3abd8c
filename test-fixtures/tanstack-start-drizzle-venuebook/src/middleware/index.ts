export { authMiddleware, orgAdminMiddleware, optionalSession, apiAuth } from '../lib/middleware';
