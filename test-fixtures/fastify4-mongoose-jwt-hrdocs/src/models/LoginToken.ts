import { Schema, model, Types } from 'mongoose';

const loginTokenSchema = new Schema({
  user: { type: Types.ObjectId, ref: 'User', required: true },
  tokenHash: { type: String, required: true, unique: true },
  expiresAt: { type: Date, required: true },
});

export const LoginToken = model('LoginToken', loginTokenSchema);
