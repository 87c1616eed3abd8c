import dbConnect from '../../../lib/mongodb';
import { recipeSchema } from '../../../lib/validation';
import Recipe from '../../../models/Recipe';

// expect: missing-auth
export default async function handler(req, res) {
  await dbConnect();
  const { id } = req.query;
  if (req.method === 'GET') {
    const recipe = await Recipe.findById(id).lean();
    if (!recipe) return res.status(404).json({ error: 'Not found' });
    return res.json(recipe);
  }
  if (req.method === 'PATCH') {
    const recipe = await Recipe.findByIdAndUpdate(id, recipeSchema.partial().parse(req.body), { new: true });
    return res.json(recipe);
  }
  res.status(405).end();
}
