import { apiRouter, requireSession } from '../../../lib/api';
import { recipeSchema } from '../../../lib/validation';
import Recipe from '../../../models/Recipe';

const router = apiRouter();

router
  .use(requireSession)
  .get(async (req, res) => {
    // ok: unscoped-tenant-query
    const recipe = await Recipe.findOne({ _id: req.query.id, practice: req.user.practiceId }).lean();
    return recipe ? res.json(recipe) : res.status(404).end();
  })
  .patch(async (req, res) => {
    const data = recipeSchema.partial().parse(req.body);
    // expect: unscoped-tenant-query
    const recipe = await Recipe.findByIdAndUpdate(req.query.id, data, { new: true });
    res.json(recipe);
  });

// ok: missing-auth
export default router.handler();
