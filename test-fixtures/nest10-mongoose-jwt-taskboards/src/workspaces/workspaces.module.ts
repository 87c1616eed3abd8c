import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { MongooseModule } from '@nestjs/mongoose';
import { Card, CardSchema } from '../schemas/card.schema';
import { User, UserSchema } from '../schemas/user.schema';
import { Workspace, WorkspaceSchema } from '../schemas/workspace.schema';
import { InvitesService } from './invites.service';
import { WorkspacesController } from './workspaces.controller';
import { JoinController } from './join.controller';

@Module({
  imports: [
    JwtModule.register({ secret: process.env.JWT_SECRET }),
    MongooseModule.forFeature([
      { name: Workspace.name, schema: WorkspaceSchema },
      { name: User.name, schema: UserSchema },
      { name: Card.name, schema: CardSchema },
    ]),
  ],
  controllers: [WorkspacesController, JoinController],
  providers: [InvitesService],
})
export class WorkspacesModule {}
