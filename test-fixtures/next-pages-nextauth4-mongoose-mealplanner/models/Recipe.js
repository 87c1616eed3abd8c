import mongoose from 'mongoose';

const RecipeSchema = new mongoose.Schema(
  {
    practice: { type: mongoose.Schema.Types.ObjectId, ref: 'Practice', required: true },
    title: { type: String, required: true },
    ingredients: [String],
    instructions: String,
    published: { type: Boolean, default: false },
  },
  { timestamps: true }
);

export default mongoose.models.Recipe || mongoose.model('Recipe', RecipeSchema);
