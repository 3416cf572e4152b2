// `intercom-auth-scan --help`. The README's flag table is checked against this text by a test.
export function getHelpText(): string {
  return `Usage: intercom-auth-scan [options] [paths or globs...]

Finds Intercom access tokens written into files, Intercom credentials taken from user input,
and UI copy that asks users for their token, in any text file. Default path: "."

Selecting files
  --include <glob>        scan only matching files (repeatable; replaces config "include")
  --exclude <glob>        skip matching files (repeatable; adds to config "exclude")
  --no-gitignore          do not respect .gitignore files and .git/info/exclude
  --skip-dir <name>       also never enter directories named <name> (repeatable; always
                          skipped unless --no-skip-dirs: .git, node_modules)
  --no-skip-dirs          enter every directory, .git and node_modules included
  --max-file-size <size>  larger files are skipped and reported (default 64MB)
  --staged                scan the staged blobs about to be committed (git index)
  --since <rev>           scan files changed in <rev>...HEAD (pull requests)

Findings
  -c, --config <file>     config file (default intercom-auth.config.json, then the
                          "intercom-auth" key of package.json)
  --no-config             ignore config files
  --baseline <file>       hide the findings recorded in <file>; report stale entries
  --write-baseline <file> record the current findings in <file> (exits 0)
  --no-inline-ignore      ignore intercom-auth-ignore and eslint-disable comments

Output
  -f, --format <name>     stylish (default), json, sarif, github, junit
  -o, --output <file>     write the report to <file> instead of stdout
  -q, --quiet             omit info notices from the stylish report
  --no-progress           no progress line on stderr
  -j, --jobs <n>          worker threads (default: one per CPU, up to 8, for 400+ files on
                          machines with 4+ CPUs; otherwise none; 1: none)
  --color, --no-color     force or disable colours (NO_COLOR and FORCE_COLOR respected)
  --exit-zero             exit 0 even when there are findings (report-only runs)
  -h, --help              show this help
  -v, --version           print the version

Exit codes: 0 no findings, 1 findings, 2 usage, config or read errors. Findings take
precedence: a run with findings and unreadable files exits 1 and reports both. Warnings
(rules set to "warn", tokens typed at a CLI prompt) are reported but exit 0, as in ESLint.
Tokens are always masked; no output format can print one whole.
`;
}
