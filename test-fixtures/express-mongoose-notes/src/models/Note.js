import mongoose from 'mongoose';

const noteSchema = new mongoose.Schema(
  {
    workspace: { type: mongoose.Schema.Types.ObjectId, ref: 'Workspace', required: true, index: true },
    author: { type: mongoose.Schema.Types.ObjectId, ref: 'User' },
    title: String,
    body: String,
    // 'private' (the workspace's) or 'public' (anyone with the link)
    visibility: { type: String, enum: ['private', 'public'], default: 'private' },
  },
  { timestamps: true },
);

export const Note = mongoose.model('Note', noteSchema);
