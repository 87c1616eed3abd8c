import { Schema, model, Types } from 'mongoose';

const recipeSchema = new Schema({
  title: { type: String, required: true },
  steps: [String],
  published: { type: Boolean, default: false },
  author: { type: Types.ObjectId, ref: 'User', required: true },
});

export const Recipe = model('Recipe', recipeSchema);
