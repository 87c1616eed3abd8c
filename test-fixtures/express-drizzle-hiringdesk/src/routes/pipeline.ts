import { Router } from 'express';
import { pipelineService } from '../services/pipeline.service.js';
import { requireOrg } from '../middleware/session.js';

export const pipelineRouter = Router();
pipelineRouter.use(requireOrg);

// ok: missing-input-validation
pipelineRouter.post('/:applicationId/score', async (req, res) => {
  await pipelineService.score(req.orgId!, req.params.applicationId, req.body);
  res.status(204).end();
});

// expect: missing-input-validation
pipelineRouter.post('/:applicationId/move', async (req, res) => {
  await pipelineService.move(req.orgId!, req.params.applicationId, req.body);
  res.status(204).end();
});
