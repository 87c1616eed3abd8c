// what kind of failure the mail provider answered with
export function isProviderInsufficientPermissionsError(error: unknown): boolean {
  return (error as { code?: number; reason?: string })?.reason === "insufficientPermissions";
}

export function isAuthExpiredError(error: unknown): boolean {
  return error instanceof Error && error.message === "Session expired";
}
