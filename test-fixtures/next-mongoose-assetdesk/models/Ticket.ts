import { Schema, model, models } from 'mongoose';

const ticketSchema = new Schema(
  {
    organization: { type: Schema.Types.ObjectId, ref: 'Organization', required: true, index: true },
    asset: { type: Schema.Types.ObjectId, ref: 'Asset' },
    title: String,
    status: { type: String, enum: ['open', 'pending', 'closed'], default: 'open' },
    openedBy: { type: Schema.Types.ObjectId, ref: 'User' },
  },
  { timestamps: true },
);

const commentSchema = new Schema(
  {
    organization: { type: Schema.Types.ObjectId, ref: 'Organization', required: true },
    ticket: { type: Schema.Types.ObjectId, ref: 'Ticket', required: true, index: true },
    author: { type: Schema.Types.ObjectId, ref: 'User' },
    body: String,
  },
  { timestamps: true },
);

export const Ticket = models.Ticket || model('Ticket', ticketSchema);
export const Comment = models.Comment || model('Comment', commentSchema);
