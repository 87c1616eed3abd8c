// ok: missing-auth
export default defineOAuthGitHubEventHandler({
  config: { emailRequired: true },
  async onSuccess(event, { user: gh }) {
    const user = await prisma.user.findUnique({ where: { email: gh.email } })
    if (!user) {
      return sendRedirect(event, '/register?reason=no-account')
    }
    await setUserSession(event, {
      user: { id: user.id, name: user.name, email: user.email, role: user.role, orgId: user.orgId },
    })
    return sendRedirect(event, '/')
  },
  onError(event, error) {
    console.error('GitHub sign-in failed', error)
    return sendRedirect(event, '/login?error=github')
  },
})
