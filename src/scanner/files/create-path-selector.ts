// include/exclude as one predicate over paths relative to cwd (picomatch, dotfiles included),
// shared by the walk and by the staged mode, which never walks.
import picomatch from 'picomatch';

export function createPathSelector(include: readonly string[], exclude: readonly string[]): (path: string) => boolean {
  const options = { dot: true };
  const included = include.length === 0 ? undefined : picomatch(include.map(stripDotSlash), options);
  const excluded = exclude.length === 0 ? undefined : picomatch(exclude.map(stripDotSlash), options);
  return (path) => (included === undefined || included(path)) && (excluded === undefined || !excluded(path));
}

/** `./src/**` and `src/**` mean the same; paths are compared without the prefix. */
export function stripDotSlash(text: string): string {
  let result = text;
  while (result.startsWith('./')) result = result.slice(2);
  return result;
}
