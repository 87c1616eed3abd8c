import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { HydratedDocument, Types } from 'mongoose';

@Schema({ timestamps: true })
export class User {
  @Prop({ required: true, unique: true, lowercase: true })
  email!: string;

  @Prop({ select: false })
  passwordHash!: string;

  @Prop({ type: Types.ObjectId, ref: 'Workspace', index: true })
  workspaceId!: Types.ObjectId;

  @Prop({ enum: ['member', 'admin', 'owner', 'staff'], default: 'member' })
  role!: string;

  @Prop()
  workspaceName?: string;

  @Prop()
  resetTokenHash?: string;

  @Prop()
  resetExpires?: Date;
}

export type UserDocument = HydratedDocument<User>;
export const UserSchema = SchemaFactory.createForClass(User);
