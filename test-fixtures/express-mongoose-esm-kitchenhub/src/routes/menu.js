import { Router } from 'express';
import * as menu from '../controllers/menuController.js';
import { isAuthenticated } from '../middleware/auth.js';

const router = Router();
router.use(isAuthenticated);
router.param('recipeId', menu.loadRecipe);

// ok: missing-auth
router.get('/cards/:recipeId', menu.showRecipeCard);
// ok: missing-auth
router.get('/search', menu.searchRecipes);
// ok: missing-auth
router.get('/filter', menu.filterRecipes);
// ok: missing-auth
router.get('/spend/:supplierId', menu.supplierSpend);
// ok: missing-auth
router.get('/spend', menu.mySpend);

export default router;
