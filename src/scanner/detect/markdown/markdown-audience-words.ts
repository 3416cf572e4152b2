// Who a Markdown page talks to, as data. Developer docs tell readers to configure their own token
// (env vars, config files, CLI flags, CI secrets); end-user help walks them through an app's UI
// (Settings, fields, Save buttons). Phrases are matched word by word, case and Latin accents
// ignored (see create-phrase-counter.ts); a trailing `*` allows any word ending.

/**
 * Developer setup: where a developer keeps their own token, and signs that the reader runs the
 * software themselves. A section that points at one of these is developer setup whatever else
 * it says ("In Vercel, open Settings → Environment Variables and paste it", "Start it with
 * `npm start`, open localhost:3000 and paste your token under Settings").
 */
export const SETUP_PHRASES: readonly string[] = [
  'environment variable*', 'env var*', 'env file', '.env', 'dotenv', 'process.env', 'import.meta.env',
  'os.environ', 'getenv', 'config file*', 'configuration file*', 'config var*', 'secrets manager',
  'secret manager', 'key vault', 'repository secret*', 'repo secret*', 'github secret*',
  'actions secret*', 'ci secret*', 'ci variable*', 'secret store', 'kubernetes secret*',
  'command line', 'command-line', 'cli', 'terminal', 'cli flag*', 'command flag*',
  'npm', 'npx', 'yarn', 'pnpm', 'pip install', 'bundle install', 'go get', 'docker',
  'docker-compose', 'kubernetes', 'kubectl', 'helm', 'terraform', 'deploy*', 'redeploy*',
  'self-host*', 'self host*', 'localhost', 'your server', 'own server', 'your instance',
  'own instance', 'git clone', 'run locally', 'local development', 'dev server', 'curl',
  'http header*', 'authorization header', 'bearer header', 'request header*',
  'variable de entorno', 'variables de entorno', 'archivo de configuracion', 'linea de comandos',
  'desplegar', 'despliegue', 'servidor propio',
  "variable d'environnement", "variables d'environnement", 'fichier de configuration',
  'ligne de commande', 'deployer', 'deploiement',
  'umgebungsvariable*', 'konfigurationsdatei', 'kommandozeile', 'befehlszeile',
  'variavel de ambiente', 'variaveis de ambiente', 'linha de comando', 'implantar',
  "variabile d'ambiente", 'riga di comando', 'omgevingsvariabele', 'opdrachtregel',
  '環境変数', '設定ファイル', 'コマンドライン', 'ターミナル', 'デプロイ',
  '环境变量', '配置文件', '命令行', '终端', '部署', '환경 변수', '명령줄', '터미널', '배포',
];

/** Words that address a developer building software, without pointing at setup by themselves. */
export const DEVELOPER_PHRASES: readonly string[] = [
  'vault', 'keychain', 'ci/cd', 'ci pipeline', 'shell', 'composer', 'cargo', 'server-side',
  'server side', 'source code', 'codebase', 'repository', 'pull request', 'sdk', 'api client',
  'client library', 'constructor', 'endpoint*', 'staging', 'production environment',
  'repositorio', 'depot', 'リポジトリ', '仓库',
];

/** Section headings that open developer material, whatever the page is. */
export const DEVELOPER_HEADINGS: readonly string[] = [
  'installation', 'installing', 'self-host*', 'self host*', 'deployment', 'deploying', 'deploy',
  'development', 'local development', 'running locally', 'contributing', 'environment variable*',
  'env var*', 'building from source', 'build from source', 'docker', 'api reference', 'sdk',
  'cli', 'command line', 'command-line', 'for developers', 'developer setup', 'ci', 'github actions',
];

/** Words that walk an end user through an app's screens. */
export const USER_INTERFACE_PHRASES: readonly string[] = [
  'click*', 'tap', 'tapping', 'select', 'choose', 'toggle', 'navigate to', 'go to', 'head to',
  'head over to', 'open the', 'button', 'field', 'text box', 'input box', 'form', 'tab', 'menu',
  'sidebar', 'dashboard', 'settings', 'preferences', 'integrations page', 'screen', 'window',
  'dialog', 'modal', 'pop-up', 'popup', 'icon', 'save', 'in the app', 'log in', 'sign in',
  'admin panel', 'account settings', 'drop-down', 'dropdown', 'checkbox',
  'haz clic', 'hacer clic', 'clic', 'pulsa', 'pulse', 'selecciona', 'seleccione', 'configuracion',
  'ajustes', 'campo', 'boton', 'guardar', 'guarda', 'panel', 'menu', 'pestana', 've a', 'vaya a',
  'cliquez', 'cliquer', 'selectionnez', 'parametres', 'reglages', 'champ', 'bouton',
  'enregistrer', 'enregistrez', 'tableau de bord', 'onglet', 'allez dans', 'accedez a',
  'klicken', 'klicke', 'klick', 'tippen', 'tippe', 'wahlen', 'wahle', 'einstellungen', 'feld',
  'schaltflache', 'speichern', 'registerkarte', 'gehen sie zu', 'geh zu', 'offnen', 'offne',
  'clique', 'toque', 'selecione', 'configuracoes', 'botao', 'salvar', 'painel', 'aba', 'acesse',
  'clicca', 'fai clic', 'seleziona', 'impostazioni', 'pulsante', 'salva', 'pannello', 'scheda',
  'klik', 'selecteer', 'instellingen', 'veld', 'knop', 'opslaan', 'tabblad',
  'クリック', 'タップ', '選択', '設定', '設定画面', 'フィールド', '欄', 'ボタン', '保存', '画面',
  'ダッシュボード', 'メニュー', 'タブ', '管理画面',
  '点击', '點擊', '单击', '选择', '设置', '字段', '按钮', '按鈕', '保存', '页面', '菜单',
  '클릭', '선택', '설정', '필드', '버튼', '저장', '대시보드', '메뉴',
];

/** Commands a code span or a shell line starts with: `npm install`, `export …`, `kubectl …`. */
export const CLI_COMMANDS: readonly string[] = [
  'npm', 'npx', 'yarn', 'pnpm', 'bun', 'bunx', 'node', 'deno', 'pip', 'pipx', 'python', 'python3',
  'poetry', 'uv', 'gem', 'bundle', 'rails', 'rake', 'composer', 'php', 'artisan', 'go', 'cargo',
  'dotnet', 'mvn', 'gradle', 'docker', 'docker-compose', 'podman', 'kubectl', 'helm', 'terraform',
  'export', 'set', 'setx', 'source', 'git', 'gh', 'curl', 'wget', 'brew', 'apt', 'apt-get',
  'heroku', 'vercel', 'netlify', 'fly', 'flyctl', 'wrangler', 'aws', 'gcloud', 'az', 'firebase',
  'supabase', 'make', 'sudo', 'cd', 'cp', 'mv', 'echo', 'cat', 'chmod', 'env', 'op', 'doppler',
];

/**
 * Extensions of files developers keep settings in: `.env`, `config.yml`, `appsettings.json`.
 * Not source files: "Acme for Node.js" is no pointer at a token's home.
 */
export const CONFIG_FILE_EXTENSIONS: readonly string[] = [
  'env', 'yml', 'yaml', 'json', 'jsonc', 'json5', 'toml', 'ini', 'cfg', 'conf', 'config',
  'properties', 'plist', 'tfvars', 'npmrc', 'netrc',
];

/** Fence info strings that mark shell, env or config content (a setup recipe). */
export const SETUP_CODE_LANGUAGES: readonly string[] = [
  'sh', 'bash', 'zsh', 'shell', 'console', 'shell-session', 'terminal', 'powershell', 'ps1',
  'bat', 'cmd', 'env', 'dotenv', 'ini', 'toml', 'yaml', 'yml', 'json', 'jsonc', 'properties',
  'dockerfile', 'docker', 'hcl', 'terraform',
];

/**
 * Pages written for developers, by file name (without extension) or by a folder on their path.
 * Their sections only count as end-user copy when the page as a whole is too.
 */
export const DEVELOPER_DOC_NAMES: readonly string[] = [
  'readme', 'contributing', 'development', 'developing', 'hacking', 'install', 'installation',
  'setup', 'security', 'deploy', 'deployment', 'self-hosting', 'self-hosted', 'selfhosting',
  'building', 'code_of_conduct', 'maintainers', 'architecture', 'runbook',
];
export const DEVELOPER_DOC_FOLDERS: readonly string[] = [
  '.github', 'developer', 'developers', 'dev', 'development', 'contributing', 'self-hosting',
  'self-hosted', 'selfhosting', 'deploy', 'deployment', 'ops', 'runbooks', 'runbook', 'api',
  'sdk', 'sdks', 'reference', 'adr', 'adrs', 'rfcs', 'internal', 'engineering', 'infra',
];

/** Release notes describe changes; nothing in them asks the reader for anything. */
export const CHANGELOG_DOC_NAMES: readonly string[] = [
  'changelog', 'changes', 'history', 'news', 'releases', 'release-notes', 'release_notes',
  'releasenotes', 'upgrading', 'migration', 'migrating',
];
export const CHANGELOG_FOLDERS: readonly string[] = ['.changeset', 'changelog', 'changelogs', 'release-notes', 'releases'];

/**
 * A heading that opens one release's notes: `## [2.3.0] - 2024-05-01`, `## v1.2`, `## Version 4.1
 * (May 2024)`, `## Unreleased`, `## 2024-05-01`. A version must end the heading or be followed by a
 * date or a dash: "2.1 Connect Intercom" is a numbered section.
 */
export const RELEASE_HEADING =
  /^(?:(?:version|release)\s+)?\[?v?\d{1,4}\.\d{1,4}(?:\.\d{1,6})?(?:-[\w.]{1,30})?\]?(?:\s*$|\s*[-–—(:]|\s+\d{4}-\d{2}-\d{2})|^unreleased\b|^\d{4}-\d{2}-\d{2}\b/i;

/**
 * What an inline code span becomes in the copy when it holds code rather than words: a plain,
 * lower-case word that is no verb, noun, vendor or owner in any lexicon.
 */
export const CODE_SPAN_STAND_IN = 'code';
