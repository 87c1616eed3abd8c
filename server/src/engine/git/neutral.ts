/**
 * A repository's own .git/config is workspace content: it can name commands that git runs on
 * read-only operations (an fsmonitor hook on ls-files, a textconv driver or external diff on
 * log -p, gpg for signatures, a pager, hooks). Every git routeguard runs gets these fixed, inert
 * overrides (plus --no-textconv/--no-ext-diff on log), so git never runs anything but itself.
 */
export const NEUTRAL_CONFIG = ['core.fsmonitor=false', 'log.showSignature=false', 'diff.external=', 'core.hooksPath=/dev/null', 'core.pager=cat', 'core.quotepath=off'];

/** simple-git refuses to set those keys unless told; we set them only to the values above */
export const NEUTRAL_ALLOWED = { allowUnsafeFsMonitor: true, allowUnsafeDiffExternal: true, allowUnsafeHooksPath: true, allowUnsafePager: true };

/** the same overrides as `git -c` arguments, for a git spawned directly */
export const NEUTRAL_ARGS = NEUTRAL_CONFIG.flatMap((c) => ['-c', c]);
