import { Schema, model } from 'mongoose';

const userSchema = new Schema({
  email: { type: String, required: true, unique: true },
  passwordHash: { type: String, required: true },
  role: { type: String, enum: ['cook', 'admin'], default: 'cook' },
});

export const User = model('User', userSchema);
