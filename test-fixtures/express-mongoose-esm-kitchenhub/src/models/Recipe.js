import mongoose from 'mongoose';

const recipeSchema = new mongoose.Schema(
  {
    title: { type: String, required: true },
    category: { type: String, enum: ['starter', 'main', 'dessert', 'prep'], default: 'main' },
    ingredients: [{ name: String, quantity: String }],
    steps: [String],
    costPerPortion: Number,
    photoUrl: String,
    restaurant: { type: mongoose.Schema.Types.ObjectId, ref: 'Restaurant', required: true },
    author: { type: mongoose.Schema.Types.ObjectId, ref: 'User' },
  },
  { timestamps: true },
);

export default mongoose.model('Recipe', recipeSchema);
