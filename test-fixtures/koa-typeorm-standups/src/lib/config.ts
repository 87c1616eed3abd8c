export const config = {
  // ok: insecure-jwt
  jwtSecret: process.env.JWT_SECRET as string,
  slackSigningSecret: process.env.SLACK_SIGNING_SECRET as string,
  githubWebhookSecret: process.env.GITHUB_WEBHOOK_SECRET as string,
  inviteSecret: process.env.INVITE_SECRET as string,
};
