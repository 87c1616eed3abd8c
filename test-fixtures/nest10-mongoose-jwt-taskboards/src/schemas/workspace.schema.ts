import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { HydratedDocument } from 'mongoose';

@Schema({ timestamps: true })
export class Workspace {
  @Prop({ required: true })
  name!: string;

  @Prop({ default: 'free' })
  plan!: string;

  @Prop()
  stripeCustomerId?: string;
}

export type WorkspaceDocument = HydratedDocument<Workspace>;
export const WorkspaceSchema = SchemaFactory.createForClass(Workspace);
