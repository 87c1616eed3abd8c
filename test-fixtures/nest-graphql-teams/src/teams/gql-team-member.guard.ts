import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { TeamMembersService } from './team-members.service';

/** For operations that take a `teamID` argument: the caller must be a member of that team. */
@Injectable()
export class GqlTeamMemberGuard implements CanActivate {
  constructor(private readonly members: TeamMembersService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const gqlContext = GqlExecutionContext.create(context);
    const { user } = gqlContext.getContext().req;
    const { teamID } = gqlContext.getArgs<{ teamID: string }>();
    await this.members.assertMember(user.uid, teamID);
    return true;
  }
}
