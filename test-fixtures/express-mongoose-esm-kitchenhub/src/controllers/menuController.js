import mongoose from 'mongoose';
import Recipe from '../models/Recipe.js';
import { Order } from '../models/Supplier.js';

// a loader run by router.param('recipeId'): finds the recipe inside the caller's restaurant
export async function loadRecipe(req, res, next, recipeId) {
  try {
    // ok: unscoped-tenant-query
    const recipe = await Recipe.findOne({ _id: recipeId, restaurant: req.user.restaurant });
    if (!recipe) return res.status(404).json({ message: 'Recipe not found' });
    req.recipe = recipe;
    next();
  } catch (err) {
    next(err);
  }
}

export function showRecipeCard(req, res) {
  res.json({ title: req.recipe.title, steps: req.recipe.steps, photoUrl: req.recipe.photoUrl });
}

export async function searchRecipes(req, res) {
  // the tenant key is written first, so ?restaurant=... in the query string replaces it
  // expect: unscoped-tenant-query
  const recipes = await Recipe.find({ restaurant: req.user.restaurant, ...req.query }).limit(50);
  res.json(recipes);
}

export async function filterRecipes(req, res) {
  const { category } = req.query;
  // ok: unscoped-tenant-query
  const recipes = await Recipe.find({ ...(category ? { category: String(category) } : {}), restaurant: req.user.restaurant });
  res.json(recipes);
}

export async function supplierSpend(req, res) {
  // expect: unscoped-tenant-query
  const totals = await Order.aggregate([
    { $match: { supplier: new mongoose.Types.ObjectId(req.params.supplierId) } },
    { $unwind: '$lines' },
    { $group: { _id: '$status', spend: { $sum: { $multiply: ['$lines.quantity', '$lines.unitPrice'] } } } },
  ]);
  res.json(totals);
}

export async function mySpend(req, res) {
  // ok: unscoped-tenant-query
  const totals = await Order.aggregate([
    { $match: { restaurant: req.user.restaurant, status: 'delivered' } },
    { $group: { _id: '$supplier', orders: { $sum: 1 } } },
  ]);
  res.json(totals);
}
