import type { Invoice, Project, Document, Membership, Quote } from '@prisma/client';
import type { SessionUser } from './middleware/auth';

declare global {
  namespace Express {
    interface Request {
      user: SessionUser;
      invoice?: Invoice;
      project?: Project;
      document?: Document;
      membership?: Membership;
      quote?: Quote;
    }
  }
}
