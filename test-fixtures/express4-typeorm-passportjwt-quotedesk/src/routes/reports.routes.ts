import { Router } from 'express';
import { pipelineSummary } from '../controllers/reports.controller';

const router = Router();

// expect: missing-auth
router.get('/pipeline', pipelineSummary);

export default router;
