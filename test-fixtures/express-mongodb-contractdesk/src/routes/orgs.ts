import { Router } from 'express';
import { loadMembership } from '../middleware/membership.js';
import { contractsRouter } from './contracts.js';
import { membersRouter } from './members.js';
import { clausesRouter } from './clauses.js';

export const orgRouter = Router({ mergeParams: true });

orgRouter.use(loadMembership);
orgRouter.use('/contracts', contractsRouter);
orgRouter.use('/members', membersRouter);
orgRouter.use('/clauses', clausesRouter);
