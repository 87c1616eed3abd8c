import mongoose from 'mongoose';

const postSchema = new mongoose.Schema(
  {
    author: { type: mongoose.Schema.Types.ObjectId, ref: 'User', required: true },
    title: { type: String, required: true },
    content: String,
    published: { type: Boolean, default: false },
  },
  { timestamps: true },
);

export const Post = mongoose.model('Post', postSchema);
