import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { HydratedDocument, InferSchemaType, Schema as MongooseSchema } from 'mongoose';

export const ROLES = ['member', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const CONTACT_STAGES = ['lead', 'qualified', 'customer', 'churned'] as const;
export type ContactStage = (typeof CONTACT_STAGES)[number];

@Schema({ timestamps: true })
export class User {
  @Prop({ required: true, unique: true, lowercase: true, trim: true })
  email: string;

  @Prop({ required: true, select: false })
  passwordHash: string;

  @Prop({ required: true, index: true })
  orgId: string;

  @Prop({ type: String, enum: ROLES, default: 'member' })
  role: Role;

  @Prop({ default: false })
  mustChangePassword: boolean;
}

export type UserDocument = HydratedDocument<User>;
export const UserSchema = SchemaFactory.createForClass(User);

@Schema({ timestamps: true })
export class Contact {
  @Prop({ required: true, index: true })
  orgId: string;

  @Prop({ required: true, trim: true })
  name: string;

  @Prop({ lowercase: true, trim: true })
  email?: string;

  @Prop()
  phone?: string;

  @Prop()
  company?: string;

  @Prop({ type: String, enum: CONTACT_STAGES, default: 'lead' })
  stage: ContactStage;

  @Prop({ default: 0, min: 0 })
  dealValue: number;

  @Prop({ index: true })
  ownerId?: string;

  @Prop({ default: false })
  archived: boolean;
}

export type ContactDocument = HydratedDocument<Contact>;
export const ContactSchema = SchemaFactory.createForClass(Contact);
ContactSchema.index({ orgId: 1, email: 1 });

export const NOTE_MODEL = 'Note';

export const NoteSchema = new MongooseSchema(
  {
    orgId: { type: String, required: true, index: true },
    contactId: { type: MongooseSchema.Types.ObjectId, ref: Contact.name, required: true, index: true },
    authorId: { type: String, required: true },
    body: { type: String, required: true, maxlength: 10_000 },
  },
  { timestamps: true },
);

export type Note = InferSchemaType<typeof NoteSchema>;
export type NoteDocument = HydratedDocument<Note>;
