// Which JSON/YAML files are developer or operator configuration (never user-facing copy) and
// which are i18n catalogs, by path. Data only; `getDataFileRole` applies them.

/**
 * Basenames (lower-cased) of tool, package and deployment configuration: whatever they say about
 * a token is said to whoever builds or deploys the app about their own token.
 */
export const OPERATOR_BASENAMES: readonly RegExp[] = [
  // Packages and tools.
  /^(?:package|package-lock|npm-shrinkwrap|composer|bower|deno|lerna|nx|turbo|angular|firebase|renovate|cdk|tslint|vercel|now)\.jsonc?$/,
  /^(?:ts|js)config(?:\.[\w-]+)?\.json$/,
  /^\.(?:eslintrc|babelrc|prettierrc|stylelintrc|swcrc|firebaserc|lintstagedrc)(?:\.json|\.ya?ml)?$/,
  /^(?:appsettings(?:\.[\w-]+)?|launchsettings|devcontainer)\.json$/,
  /\.tf\.json$/,
  // Platforms and CI.
  /^action\.ya?ml$/,
  /^(?:docker-)?compose(?:[.-][\w.-]+)?\.ya?ml$/,
  /^docker-stack(?:[.-][\w.-]+)?\.ya?ml$/,
  /^chart\.ya?ml$/,
  /^values(?:[.-][\w.-]+)?\.ya?ml$/,
  /^(?:serverless|kustomization|skaffold|cloudbuild|buildspec|render|codemagic|appveyor|bitbucket-pipelines|azure-pipelines(?:[.-][\w.-]+)?)\.ya?ml$/,
  /^\.(?:gitlab-ci|travis|drone|pre-commit-config|pre-commit-hooks)\.ya?ml$/,
];

/**
 * Platform manifests known by a generic name, operator configuration only at the top of the
 * scanned tree: Heroku `app.json`, App Engine `app.yaml` (a `components/app.json` is anything).
 */
export const TOP_LEVEL_OPERATOR_BASENAMES = /^app\.(?:json|ya?ml)$/;

/** Folders (`/`-separated, lower-cased path) that hold CI, Helm and Kubernetes configuration. */
export const OPERATOR_FOLDERS = /(?:^|\/)(?:\.github\/(?:workflows|actions)|\.circleci|\.buildkite|charts|helm|k8s|kubernetes|kustomize|deploy\/k8s)\//;

/** Catalog formats whatever their name: Flutter's Application Resource Bundle, gettext. */
export const CATALOG_EXTENSIONS: ReadonlySet<string> = new Set(['arb', 'po', 'pot']);

/** Folders of catalogs besides the shared i18n folder names: Chrome extensions' `_locales/`. */
export const EXTRA_CATALOG_FOLDERS = /(?:^|\/)_locales\//;
