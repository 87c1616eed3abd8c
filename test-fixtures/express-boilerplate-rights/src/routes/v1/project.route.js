const express = require('express');
const { auth } = require('../../middlewares/auth');
const validate = require('../../middlewares/validate');
const { projectValidation } = require('../../validations');
const projectController = require('../../controllers/project.controller');

const router = express.Router();

router
  .route('/')
  // ok: missing-auth, missing-input-validation
  .post(auth(), validate(projectValidation.createProject), projectController.createProject)
  // ok: missing-auth
  .get(auth('getProjects'), projectController.getProjects);

// expect: missing-rate-limit
router.get('/export', auth('getProjects'), projectController.exportProjects);

router
  .route('/:projectId')
  // ok: missing-auth
  .get(auth('getProjects'), validate(projectValidation.getProject), projectController.getProject)
  // ok: missing-auth, unscoped-tenant-query
  .patch(auth(), validate(projectValidation.updateProject), projectController.updateProject)
  // ok: missing-auth
  .delete(auth(), projectController.archiveProject);

// the summary page forgot its middleware
// expect: missing-auth
router.get('/:projectId/summary', projectController.getProject);

module.exports = router;
