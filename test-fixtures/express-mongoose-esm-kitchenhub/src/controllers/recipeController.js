import { matchedData } from 'express-validator';
import Recipe from '../models/Recipe.js';

export async function listRecipes(req, res) {
  // ok: unscoped-tenant-query
  const recipes = await Recipe.find({ restaurant: req.user.restaurant }).sort({ title: 1 }).lean();
  res.json(recipes);
}

export async function getRecipe(req, res) {
  // expect: unscoped-tenant-query
  const recipe = await Recipe.findById(req.params.id).populate('author', 'name');
  if (!recipe) return res.status(404).json({ message: 'Recipe not found' });
  res.json(recipe);
}

export async function createRecipe(req, res) {
  try {
    const data = matchedData(req, { locations: ['body'] });
    const recipe = await Recipe.create({ ...data, restaurant: req.user.restaurant, author: req.user._id });
    res.status(201).json(recipe);
  } catch (err) {
    // expect: error-details-leak
    res.status(500).json({ message: 'Could not save recipe', error: err });
  }
}

export async function updateRecipe(req, res, next) {
  try {
    // ok: unscoped-tenant-query
    const recipe = await Recipe.findOne({ _id: req.params.id, restaurant: req.user.restaurant });
    if (!recipe) return res.status(404).json({ message: 'Recipe not found' });
    Object.assign(recipe, req.body);
    await recipe.save();
    res.json(recipe);
  } catch (err) {
    next(err);
  }
}

export async function deleteRecipe(req, res) {
  // ok: unscoped-tenant-query
  const recipe = await Recipe.findById(req.params.id);
  if (!recipe || !recipe.restaurant.equals(req.user.restaurant)) {
    return res.status(404).json({ message: 'Recipe not found' });
  }
  await recipe.deleteOne();
  res.status(204).end();
}

export async function uploadRecipePhoto(req, res) {
  if (!req.file) return res.status(400).json({ message: 'No photo uploaded' });
  // ok: unscoped-tenant-query
  const recipe = await Recipe.findOneAndUpdate(
    { _id: req.params.id, restaurant: req.user.restaurant },
    { photoUrl: req.file.path },
    { new: true },
  );
  if (!recipe) return res.status(404).json({ message: 'Recipe not found' });
  res.json({ photoUrl: recipe.photoUrl });
}
