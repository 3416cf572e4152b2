// What names sample data (story args, mocks, fixtures), whose credential values are dummies rather
// than copy. Shared by the ESLint rule (object literals) and the scanner (JSON/YAML data files).

/**
 * File names that say "sample data": Storybook stories, tests, mocks, fixtures, fakes, stubs
 * (`Card.stories`, `api.mock`, `install.fixture`); the extension is the caller's.
 */
export const SAMPLE_FILE_STEM_SOURCE = String.raw`\.(?:stories|story|test|spec|mocks?|fixtures?|fakes?|stubs?)`;
/**
 * Folders that hold only sample data. `__dunder__` folders only: a project may itself live under
 * a folder named `test` or `fixtures`.
 */
export const SAMPLE_FOLDER_SOURCE = String.raw`(?:^|[\\/])(?:__mocks__|__tests__|__fixtures__|__stories__|\.storybook)[\\/]`;

// Names of objects that hold sample values: Storybook `args`, `defaultProps`, `mockUser`,
// `fakeConnection`, `sampleSettings`, `fixtures`.
const SAMPLE_NAME = /^(?:args|defaultArgs|initialArgs|defaultProps|(?:mock|fake|dummy|stub|sample|fixture|example)(?:[A-Z_\d]\w*|s)?)$/;

/** A key or variable that holds sample values: `args`, `mockConnection`, `fixtures`, `examples`. */
export function isSampleDataName(name: string | undefined): boolean {
  return name !== undefined && SAMPLE_NAME.test(name);
}
