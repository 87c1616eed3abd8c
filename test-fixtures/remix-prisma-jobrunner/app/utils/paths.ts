export function projectSettingsPath(projectId: string) {
  return `/projects/${projectId}/settings`;
}

export function projectBillingPath(projectId: string) {
  return `${projectSettingsPath(projectId)}#billing`;
}
