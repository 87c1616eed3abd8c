/** Paths shared with the web client's API wrapper. */
export const workspacePaths = {
  activity: "/activity",
  activityExport: "/activity/export",
} as const;
