import { Router } from 'express';
import * as recipes from '../controllers/recipeController.js';
import { isAuthenticated } from '../middleware/auth.js';
import { uploadLimiter } from '../middleware/rateLimiters.js';
import { uploadPhoto } from '../middleware/upload.js';
import { validate, recipeRules } from '../middleware/validate.js';

const router = Router();
router.use(isAuthenticated);

// ok: missing-auth
router.get('/', recipes.listRecipes);
// ok: missing-auth
router.get('/:id', recipes.getRecipe);
// ok: missing-auth, missing-input-validation
router.post('/', recipeRules, validate, recipes.createRecipe);
// expect: missing-input-validation
router.put('/:id', recipes.updateRecipe);
// ok: missing-auth
router.delete('/:id', recipes.deleteRecipe);
// ok: missing-rate-limit, missing-input-validation
router.post('/:id/photo', uploadLimiter, uploadPhoto.single('photo'), recipes.uploadRecipePhoto);

export default router;
