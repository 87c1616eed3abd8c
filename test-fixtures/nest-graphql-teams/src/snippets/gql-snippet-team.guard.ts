import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { TeamMembersService } from '../teams/team-members.service';
import { throwError } from '../utils/errors';
import { SnippetsService } from './snippets.service';

/** For operations on one snippet (`snippetID`): the caller must be a member of the snippet's team. */
@Injectable()
export class GqlSnippetTeamGuard implements CanActivate {
  constructor(private readonly snippets: SnippetsService, private readonly members: TeamMembersService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const gqlContext = GqlExecutionContext.create(context);
    const { user } = gqlContext.getContext().req;
    if (!user) throwError('auth/no_user');

    const { snippetID } = gqlContext.getArgs<{ snippetID: string }>();
    const team = await this.snippets.teamOfSnippet(snippetID);
    if (!team) throwError('snippet/not_found');

    const member = await this.members.findMember(team.id, user.uid);
    if (!member) throwError('snippet/not_team_member');
    return true;
  }
}
