import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { User, UserSchema } from '../schemas/user.schema';
import { Workspace, WorkspaceSchema } from '../schemas/workspace.schema';
import { AdminController, InternalController } from './admin.controller';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: Workspace.name, schema: WorkspaceSchema },
      { name: User.name, schema: UserSchema },
    ]),
  ],
  controllers: [AdminController, InternalController],
})
export class AdminModule {}
