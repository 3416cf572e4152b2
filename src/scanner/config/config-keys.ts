// The config file's vocabulary, kept apart from the code that reads it.

/** Looked for in the working directory, before package.json. */
export const CONFIG_FILE_NAME = 'intercom-auth.config.json';

/** The package.json key holding a config. */
export const PACKAGE_JSON_KEY = 'intercom-auth';

/** Every key a config may have. `$schema` is accepted for editors and ignored. */
export const CONFIG_KEYS = [
  '$schema', 'include', 'exclude', 'gitignore', 'skipDirectories', 'maxFileSize', 'rules', 'allowedTokens', 'inlineIgnore',
] as const;

export const DEFAULT_MAX_FILE_SIZE_TEXT = '64MB';
