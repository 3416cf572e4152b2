// A user error (bad flag, config or baseline) that the CLI prints as one line and exits 2.
export class UsageError extends Error { override name = 'UsageError' }
