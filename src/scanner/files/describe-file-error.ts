// A file-system error as a short reason for a one-line notice (no stack, no absolute path).

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file (it may have been removed during the scan)',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'a parent is not a directory',
  ELOOP: 'is a symbolic link, not followed',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'input/output error',
  ENXIO: 'no such device',
  ENAMETOOLONG: 'name too long',
};

export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined && REASONS[code] !== undefined) return `${REASONS[code]} (${code})`;
  if (code !== undefined) return code;
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0]!;
}
