import { Schema, model, models } from 'mongoose';

const inviteSchema = new Schema(
  {
    organization: { type: Schema.Types.ObjectId, ref: 'Organization', required: true },
    email: { type: String, required: true },
    role: { type: String, enum: ['admin', 'member'], default: 'member' },
    tokenHash: String,
    invitedBy: { type: Schema.Types.ObjectId, ref: 'User' },
    acceptedAt: Date,
  },
  { timestamps: true },
);

const apiKeySchema = new Schema(
  {
    organization: { type: Schema.Types.ObjectId, ref: 'Organization', required: true },
    user: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    label: String,
    prefix: String,
    keyHash: String,
  },
  { timestamps: true },
);

export const Invite = models.Invite || model('Invite', inviteSchema);
export const ApiKey = models.ApiKey || model('ApiKey', apiKeySchema);
