import mongoose from 'mongoose';

const MealPlanSchema = new mongoose.Schema(
  {
    practice: { type: mongoose.Schema.Types.ObjectId, ref: 'Practice', required: true, index: true },
    client: { type: mongoose.Schema.Types.ObjectId, ref: 'Client', required: true },
    title: String,
    days: [{ day: Number, meals: [{ name: String, recipe: { type: mongoose.Schema.Types.ObjectId, ref: 'Recipe' } }] }],
    shareToken: { type: String, index: true },
    calories: Number,
  },
  { timestamps: true }
);

export default mongoose.models.MealPlan || mongoose.model('MealPlan', MealPlanSchema);
