import { Schema, model, type InferSchemaType } from 'mongoose';

const organizerSchema = new Schema(
  {
    email: { type: String, required: true, unique: true, lowercase: true },
    name: { type: String, required: true },
    passwordHash: { type: String, required: true },
    role: { type: String, enum: ['organizer', 'staff'], default: 'organizer' },
    payoutAccount: String,
  },
  { timestamps: true },
);

export type OrganizerDoc = InferSchemaType<typeof organizerSchema>;
export const Organizer = model('Organizer', organizerSchema);
