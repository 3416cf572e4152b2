import rule, { type Options } from '../../rules/no-user-supplied-token.js';
import { type Cases, runRuleTests } from '../support/rule-tester.js';

const user = (source: string) => ({ messageId: 'userSuppliedToken' as const, data: { source } });
const cli = (source: string) => ({ messageId: 'cliSuppliedToken' as const, data: { source } });
const unknown = (source: string) => ({ messageId: 'unknownOriginToken' as const, data: { source } });
const strict: [Options] = [{ strict: true }];
type MessageIds = 'userSuppliedToken' | 'cliSuppliedToken' | 'unknownOriginToken';
type RuleCases = Cases<MessageIds, [Options]>;

// ---- Server frameworks -------------------------------------------------------------------------

const serverInvalid: RuleCases['invalid'] = [
  // Koa + intercom-client 3.x tokenAuth
  {
    code: `
      import Router from '@koa/router';
      import { Client } from 'intercom-client';
      const router = new Router();
      router.post('/intercom/connect', async (ctx) => {
        const { token } = ctx.request.body;
        const client = new Client({ tokenAuth: { token } });
        ctx.body = await client.admins.me();
      });
    `,
    errors: [{ ...user('request body'), line: 7 }],
  },
  // Fastify: header read with bracket access, typed
  {
    code: `
      import { IntercomClient } from 'intercom-client';
      fastify.post('/sync', async (request: FastifyRequest, reply: FastifyReply) => {
        const intercom = new IntercomClient({ token: request.headers['x-intercom-token'] as string });
        return intercom.contacts.list();
      });
    `,
    parsers: ['ts'],
    errors: [user('request header')],
  },
  // Fastify route object, ky client
  {
    code: `
      import ky from 'ky';
      fastify.route({
        method: 'POST',
        url: '/me',
        handler: async (q) => ky.get('https://api.intercom.io/me', { headers: { authorization: 'Bearer ' + q.body.t } }).json(),
      });
    `,
    errors: [user('request body')],
  },
  // Next.js pages/api: recognised by the file path, whatever the parameter names
  {
    code: `
      import { IntercomClient } from 'intercom-client';
      export default async function handler(q, s) {
        const client = new IntercomClient({ token: q.body.intercomToken });
        s.status(200).json(await client.admins.list());
      }
    `,
    filename: 'pages/api/intercom/connect.js',
    errors: [user('request body')],
  },
  // Remix action reading a form
  {
    code: `
      const INTERCOM_API = 'https://api.intercom.io';
      export async function action({ request }) {
        const form = await request.formData();
        const token = String(form.get('token'));
        const res = await fetch(INTERCOM_API + '/me', { headers: { Authorization: \`Bearer \${token}\` } });
        return json(await res.json());
      }
    `,
    errors: [user('request body')],
  },
  // SvelteKit endpoint, EU region
  {
    code: `
      export const POST = async ({ request }) => {
        const { token } = await request.json();
        const res = await fetch('https://api.eu.intercom.io/me', { headers: { Authorization: \`Bearer \${token}\` } });
        return new Response(await res.text());
      };
    `,
    errors: [user('request body')],
  },
  // Hono: handler context `c`, c.req.json()
  {
    code: `
      import { Hono } from 'hono';
      const app = new Hono();
      app.post('/connect', async (c) => {
        const body = await c.req.json();
        const r = await fetch('https://api.intercom.io/me', { headers: { Authorization: 'Bearer ' + body.token } });
        return c.json(await r.json());
      });
    `,
    errors: [user('request body')],
  },
  // Lambda, query string, got
  {
    code: `
      import got from 'got';
      export const handler = async (event) => {
        const token = event.queryStringParameters?.token;
        const me = await got('https://api.intercom.io/me', { headers: { authorization: \`Bearer \${token}\` } }).json();
        return { statusCode: 200, body: JSON.stringify(me) };
      };
    `,
    errors: [user('query string')],
  },
  // got Basic credentials at the top level of its options
  {
    code: `
      import got from 'got';
      app.get('/me', async (req, res) => {
        res.json(await got.get('https://api.intercom.io/me', { username: req.query.token, password: '' }).json());
      });
    `,
    errors: [user('query string')],
  },
  // NestJS parameter decorators
  {
    code: `
      import { Body, Controller, Post } from '@nestjs/common';
      import { IntercomClient } from 'intercom-client';
      @Controller('intercom')
      export class IntercomController {
        @Post('connect')
        async connect(@Body('token') token: string) {
          const client = new IntercomClient({ token });
          return client.admins.identify();
        }
        @Post('sync')
        async sync(@Body() dto: ConnectDto) {
          return new IntercomClient({ token: dto.accessToken }).contacts.list();
        }
      }
    `,
    parsers: ['ts'],
    errors: [
      { ...user('request body'), line: 8 },
      { ...user('request body'), line: 13 },
    ],
  },
  // Next.js Server Action
  {
    code: `
      'use server';
      import { IntercomClient } from 'intercom-client';
      export async function connectIntercom(formData: FormData) {
        const token = formData.get('token') as string;
        const client = new IntercomClient({ token });
        await client.admins.identify();
      }
    `,
    parsers: ['ts'],
    errors: [user('server action argument')],
  },
  // tRPC procedure input validated with zod (validation is not sanitising)
  {
    code: `
      import { IntercomClient } from 'intercom-client';
      export const intercomRouter = router({
        connect: publicProcedure
          .input(z.object({ token: z.string().min(10) }))
          .mutation(async ({ input }) => {
            const client = new IntercomClient({ token: input.token });
            return client.admins.identify();
          }),
      });
    `,
    errors: [user('request input')],
  },
  // GraphQL resolver arguments
  {
    code: `
      import { IntercomClient } from 'intercom-client';
      export const resolvers = {
        Mutation: {
          connectIntercom: async (_parent, { token }, context) => {
            const client = new IntercomClient({ token });
            return client.admins.identify();
          },
        },
      };
    `,
    errors: [user('GraphQL argument')],
  },
  // Nuxt / h3 event handler with auto-imported helpers and ofetch baseURL
  {
    code: `
      export default defineEventHandler(async (event) => {
        const { token } = await readBody(event);
        return $fetch('/me', { baseURL: 'https://api.intercom.io', headers: { Authorization: \`Bearer \${token}\` } });
      });
    `,
    errors: [user('request body')],
  },
  // Node http server, token in the URL
  {
    code: `
      import http from 'node:http';
      http.createServer(async (req, res) => {
        const url = new URL(req.url, 'http://localhost');
        const token = url.searchParams.get('token');
        const r = await fetch('https://api.intercom.io/me', { headers: { Authorization: 'Bearer ' + token } });
        res.end(await r.text());
      }).listen(3000);
    `,
    errors: [user('request URL')],
  },
  // Express req.get(), Buffer-built Basic auth
  {
    code: `
      const express = require('express');
      const app = express();
      app.get('/admins', async (req, res) => {
        const token = req.get('X-Intercom-Token');
        const basic = Buffer.from(token + ':').toString('base64');
        const r = await fetch('https://api.intercom.io/admins', { headers: { Authorization: 'Basic ' + basic } });
        res.json(await r.json());
      });
    `,
    errors: [user('request header')],
  },
  // same-file helper: argument → parameter, reported where the header is built
  {
    code: `
      import axios from 'axios';
      const INTERCOM = 'https://api.intercom.io';
      async function listContacts(token) {
        const { data } = await axios.get(\`\${INTERCOM}/contacts\`, { headers: { Authorization: \`Bearer \${token}\` } });
        return data;
      }
      app.get('/contacts', async (req, res) => res.json(await listContacts(req.query.token)));
    `,
    errors: [{ ...user('query string'), line: 5 }],
  },
  // closure over a parameter
  {
    code: `
      function makeIntercomFetch(token) {
        return (path) => fetch(\`https://api.intercom.io\${path}\`, { headers: { Authorization: \`Bearer \${token}\` } });
      }
      app.post('/sync', async (req, res) => {
        const call = makeIntercomFetch(req.body.token.trim());
        res.json(await (await call('/contacts')).json());
      });
    `,
    errors: [{ ...user('request body'), line: 3 }],
  },
  // service class: constructor parameter stored on `this`
  {
    code: `
      class IntercomService {
        baseUrl = 'https://api.intercom.io';
        constructor(token) { this.token = token; }
        me() { return fetch(\`\${this.baseUrl}/me\`, { headers: { Authorization: \`Bearer \${this.token}\` } }); }
      }
      app.post('/me', async (req, res) => res.json(await new IntercomService(req.body.token).me()));
    `,
    errors: [{ ...user('request body'), line: 5 }],
  },
  // axios instance with an Intercom baseURL
  {
    code: `
      import axios from 'axios';
      const intercom = axios.create({ baseURL: 'https://api.intercom.io', headers: { 'Content-Type': 'application/json' } });
      router.get('/contacts', async (req, res) => {
        const { data } = await intercom.get('/contacts', { headers: { Authorization: \`Bearer \${req.query.token}\` } });
        res.json(data);
      });
    `,
    errors: [user('query string')],
  },
  // axios.create inside the handler, and default headers set afterwards
  {
    code: `
      import axios from 'axios';
      app.post('/connect', async (req, res) => {
        const api = axios.create({ baseURL: 'https://api.intercom.io', headers: { Authorization: \`Bearer \${req.body.token}\` } });
        const other = axios.create({ baseURL: 'https://api.intercom.io' });
        other.defaults.headers.common['Authorization'] = \`Bearer \${req.body.token}\`;
        res.json((await api.get('/me')).data);
      });
    `,
    errors: [
      { ...user('request body'), line: 4 },
      { ...user('request body'), line: 6 },
    ],
  },
  // superagent chain
  {
    code: `
      const superagent = require('superagent');
      app.get('/me', async (req, res) => {
        const r = await superagent.get('https://api.intercom.io/me').set('Accept', 'application/json').set('Authorization', \`Bearer \${req.query.token}\`);
        res.json(r.body);
      });
    `,
    errors: [user('query string')],
  },
  // https.request with a hostname option
  {
    code: `
      const https = require('https');
      app.post('/me', (req, res) => {
        const r = https.request({ hostname: 'api.intercom.io', path: '/me', headers: { Authorization: 'Bearer ' + req.body.token } }, (up) => up.pipe(res));
        r.end();
      });
    `,
    errors: [user('request body')],
  },
  // Headers object built step by step
  {
    code: `
      export async function GET(request: Request) {
        const token = request.headers.get('x-intercom-token') ?? '';
        const headers = new Headers({ Accept: 'application/json' });
        headers.set('Authorization', \`Bearer \${token}\`);
        return fetch('https://api.intercom.io/me', { headers });
      }
    `,
    parsers: ['ts'],
    errors: [{ ...user('request header'), line: 5 }],
  },
  // unknown HTTP wrapper, but an Intercom-Version header
  {
    code: `
      @Injectable()
      export class IntercomProxy {
        constructor(private readonly http: HttpService) {}
        @Post('contacts')
        create(@Body() body: any, @Headers('x-intercom-token') token: string) {
          return this.http.post(this.endpoint, body, { headers: { 'Intercom-Version': '2.11', Authorization: \`Bearer \${token}\` } });
        }
      }
    `,
    parsers: ['ts'],
    errors: [user('request header')],
  },
  // region chosen at run time
  {
    code: `
      app.get('/me', async (req, res) => {
        const region = req.query.region === 'eu' ? 'eu' : 'au';
        const r = await fetch(\`https://api.\${region}.intercom.io/me\`, { headers: { Authorization: \`Bearer \${req.query.token}\` } });
        res.json(await r.json());
      });
    `,
    errors: [user('query string')],
  },
  // promise chain
  {
    code: `
      import { IntercomClient } from 'intercom-client';
      export async function POST(request) {
        return request.json().then(({ token }) => new IntercomClient({ token }).admins.identify());
      }
    `,
    errors: [user('request body')],
  },
  // zod parse keeps the value user-supplied; options object spread
  {
    code: `
      import { IntercomClient } from 'intercom-client';
      const Schema = z.object({ token: z.string().regex(/^dG9r/) });
      export async function POST(req) {
        const { token } = Schema.parse(await req.json());
        const options = { ...DEFAULTS, token };
        return Response.json(await new IntercomClient(options).admins.list());
      }
    `,
    errors: [user('request body')],
  },
  // reassigned variable
  {
    code: `
      import { IntercomClient } from 'intercom-client';
      app.get('/x', (req, res) => {
        let token = process.env.INTERCOM_TOKEN;
        if (req.query.override) token = req.query.override;
        new IntercomClient({ token });
      });
    `,
    errors: [user('query string')],
  },
  // destructured request parameter with defaults
  {
    code: `
      import { IntercomClient } from 'intercom-client';
      app.post('/x', ({ body: { token = '' } }, res) => {
        res.json(new IntercomClient({ token }));
      });
    `,
    errors: [user('request body')],
  },
  // intercom.io package, both forms
  {
    code: `
      const Intercom = require('intercom.io');
      app.post('/x', (req, res) => {
        const a = new Intercom(req.body.token);
        const b = new Intercom({ personalAccessToken: req.body.token });
      });
    `,
    errors: [
      { ...user('request body'), line: 4 },
      { ...user('request body'), line: 5 },
    ],
  },
  // an options object taken whole from the request
  {
    code: `
      import * as Intercom from 'intercom-client';
      app.post('/x', (req, res) => { new Intercom.IntercomClient(req.body); });
    `,
    errors: [user('request body')],
  },
  // readme.io codegen SDK
  {
    code: `
      import intercom from '@api/intercom';
      export async function POST(request) {
        intercom.auth((await request.json()).token);
        return Response.json(await intercom.listContacts());
      }
    `,
    errors: [user('request body')],
  },
  // callback handed to a same-file higher-order function
  {
    code: `
      import { IntercomClient } from 'intercom-client';
      function withBody(cb) { return (req, res) => cb(req.body, res); }
      app.post('/x', withBody((body, res) => res.json(new IntercomClient({ token: body.token }))));
    `,
    errors: [user('request body')],
  },
  // Deno with an npm: specifier
  {
    code: `
      import { IntercomClient } from 'npm:intercom-client@6';
      Deno.serve(async (req) => {
        const { token } = await req.json();
        return Response.json(await new IntercomClient({ token }).admins.list());
      });
    `,
    errors: [user('request body')],
  },
  // router.route(path).post(handler), whatever the parameter names
  {
    code: `
      import { IntercomClient } from 'intercom-client';
      router.route('/connect').post(async (rq, rs) => { rs.json(new IntercomClient({ token: rq.body.token })); });
    `,
    errors: [user('request body')],
  },
  // generic helper whose URL is a parameter: judged per caller that passes an Intercom URL
  {
    code: `
      async function api(url, token) {
        return fetch(url, { headers: { Authorization: \`Bearer \${token}\` } });
      }
      app.post('/x', (req, res) => api('https://api.intercom.io/me', req.body.token));
    `,
    // reported at the caller: it is the call that makes the request go to Intercom with that token
    errors: [{ ...user('request body'), line: 5 }],
  },
  // the same with a defaulted URL parameter
  {
    code: `
      const BASE = 'https://example.com';
      async function call(url = BASE, token) {
        return fetch(url, { headers: { Authorization: \`Bearer \${token}\` } });
      }
      app.post('/x', (req, res) => call('https://api.intercom.io/me', req.body.token));
    `,
    errors: [{ ...user('request body'), line: 6 }],
  },
  // the same with the URL destructured from an options parameter
  {
    code: `
      async function call({ url }, token) {
        return fetch(url, { headers: { Authorization: \`Bearer \${token}\` } });
      }
      app.post('/x', (req, res) => call({ url: 'https://api.intercom.io/me' }, req.body.token));
    `,
    errors: [{ ...user('request body'), line: 5 }],
  },
  // axios config form, a computed constant header name, an env-or-default base URL
  {
    code: `
      import axios from 'axios';
      const AUTH = 'Authorization';
      const BASE = process.env.INTERCOM_API_BASE || 'https://api.intercom.io';
      app.post('/a', (req, res) => axios({ method: 'get', url: \`\${BASE}/me\`, headers: { [AUTH]: \`Bearer \${req.body.token}\` } }));
    `,
    errors: [user('request body')],
  },
  // TypeScript assertions and cookies
  {
    code: `
      import { IntercomClient } from 'intercom-client';
      router.get('/me', (req: Request, res: Response) => {
        const token = (req.cookies as Record<string, string>).intercom_token!;
        return new IntercomClient({ token: token satisfies string });
      });
    `,
    parsers: ['ts'],
    errors: [user('cookie')],
  },
];

const serverValid: RuleCases['valid'] = [
  // OAuth exchange with axios, then the SDK
  `
    import axios from 'axios';
    import { IntercomClient } from 'intercom-client';
    app.get('/oauth/callback', async (req, res) => {
      const { data } = await axios.post('https://api.intercom.io/auth/eagle/token', {
        code: req.query.code, client_id: process.env.CLIENT_ID, client_secret: process.env.CLIENT_SECRET,
      });
      await db.workspace.upsert({ token: data.access_token });
      res.json(await new IntercomClient({ token: data.access_token }).admins.identify());
    });
  `,
  // OAuth exchange in a same-file helper
  `
    import { IntercomClient } from 'intercom-client';
    async function exchange(code) {
      const r = await fetch('https://api.eu.intercom.io/auth/eagle/token', { method: 'POST', body: new URLSearchParams({ code }) });
      const { token } = await r.json();
      return token;
    }
    app.get('/cb', async (req, res) => { new IntercomClient({ token: await exchange(req.query.code) }); });
  `,
  // passport-intercom verify callback
  `
    import { Strategy as IntercomStrategy } from 'passport-intercom';
    import { IntercomClient } from 'intercom-client';
    passport.use(new IntercomStrategy({ clientID: ID, clientSecret: SECRET, callbackURL: '/cb' }, (accessToken, refreshToken, profile, done) => {
      const client = new IntercomClient({ token: accessToken });
      done(null, { profile, client });
    }));
  `,
  // user token sent to a different vendor
  `
    app.post('/gh', async (req, res) => {
      await fetch('https://api.github.com/user', { headers: { Authorization: \`token \${req.body.token}\` } });
      const ic = await fetch('https://api.intercom.io/me', { headers: { Authorization: \`Bearer \${process.env.INTERCOM_TOKEN}\` } });
    });
  `,
  // request data in the body, server token in the header
  `
    import axios from 'axios';
    app.post('/contacts', async (req, res) => {
      await fetch('https://api.intercom.io/contacts', {
        method: 'POST',
        headers: { Authorization: \`Bearer \${process.env.INTERCOM_TOKEN}\`, 'X-Request-Id': req.headers['x-request-id'] },
        body: JSON.stringify({ email: req.body.email, name: req.body.name }),
      });
      await axios.post('https://api.intercom.io/events', req.body, { headers: { Authorization: \`Bearer \${process.env.INTERCOM_TOKEN}\` } });
    });
  `,
  // the same higher-order shape handing over the session
  `
    import { IntercomClient } from 'intercom-client';
    function withSession(cb) { return (req, res) => cb(req.session, res); }
    app.post('/x', withSession((session, res) => res.json(new IntercomClient({ token: session.intercomToken }))));
  `,
  // managed OAuth accessors (Pipedream, Zapier)
  `
    import { axios } from '@pipedream/platform';
    export default {
      props: { intercom: { type: 'app', app: 'intercom' } },
      async run({ steps, $ }) {
        return axios($, { url: 'https://api.intercom.io/me', headers: { Authorization: \`Bearer \${this.intercom.$auth.oauth_access_token}\` } });
      },
    };
  `,
  `
    const perform = async (z, bundle) =>
      z.request({ url: 'https://api.intercom.io/contacts', headers: { Authorization: \`Bearer \${bundle.authData.access_token}\` } });
    module.exports = { operation: { perform } };
  `,
  // a helper shared by vendors: the user's token only goes to GitHub
  `
    async function api(url, token) { return fetch(url, { headers: { Authorization: \`Bearer \${token}\` } }); }
    app.post('/x', async (req, res) => {
      await api('https://api.github.com/user', req.body.ghToken);
      await api('https://api.intercom.io/me', process.env.INTERCOM_TOKEN);
    });
  `,
  // cache and KV reads keyed by request data
  `
    import { IntercomClient } from 'intercom-client';
    app.get('/x', async (req, res) => { new IntercomClient({ token: await redis.get(\`intercom:\${req.headers['x-workspace']}\`) }); });
    hono.get('/y/:id', async (c) => c.json(new IntercomClient({ token: await c.env.KV.get(\`token:\${c.req.param('id')}\`) })));
  `,
  // webhook handler: request data goes into the API call's body, the token is the server's
  `
    import { IntercomClient } from 'intercom-client';
    app.post('/webhooks/intercom', (req, res) => {
      const client = new IntercomClient({ token: process.env.INTERCOM_TOKEN });
      client.conversations.reply({ id: req.body.data.item.id, body: req.body.data.item.body });
    });
  `,
  // secrets manager and a map, keyed by request data
  `
    import { IntercomClient } from 'intercom-client';
    app.post('/sync', async (req, res) => {
      const secret = await secrets.getSecretValue({ SecretId: \`intercom/\${req.body.workspace}\` });
      const a = new IntercomClient({ token: secret.SecretString });
      const b = new IntercomClient({ token: tokens.get(req.body.workspace) });
    });
  `,
  // Hono env binding and middleware variable, Koa state
  `
    import { IntercomClient } from 'intercom-client';
    app.get('/a', (c) => c.json(new IntercomClient({ token: c.env.INTERCOM_TOKEN })));
    app.get('/v', (c) => c.json(new IntercomClient({ token: c.get('intercomToken') })));
    router.get('/b', (ctx) => { ctx.body = new IntercomClient({ token: ctx.state.user.intercomToken }); });
  `,
  // configuration import (reported only under strict)
  `
    import { IntercomClient } from 'intercom-client';
    import { INTERCOM_TOKEN } from './config';
    export const client = new IntercomClient({ token: INTERCOM_TOKEN });
  `,
  // a local module that merely shares the SDK's name
  `
    import { IntercomClient } from './lib/intercom-client';
    app.post('/x', (req, res) => new IntercomClient({ token: req.body.token }));
  `,
  // an identically named file-local helper with the env token
  `
    import { IntercomClient } from 'intercom-client';
    function prompt() { return process.env.INTERCOM_TOKEN; }
    new IntercomClient({ token: prompt() });
  `,
  // mentions Intercom, but the request goes elsewhere and the SDK is not used
  `
    // sync with Intercom later
    fetch(process.env.CRM_URL, { headers: { Authorization: req.body.token } });
  `,
  // no Intercom at all: the rule bails out
  `
    app.post('/x', (req, res) => fetch('https://api.example.com', { headers: { Authorization: req.body.token } }));
  `,
  // the Messenger
  `
    window.Intercom('boot', { app_id: new URLSearchParams(location.search).get('app'), user_hash: window.userHash });
  `,
];

// ---- Browser -----------------------------------------------------------------------------------

const browserInvalid: RuleCases['invalid'] = [
  // react-hook-form
  {
    code: `
      import { useForm } from 'react-hook-form';
      export function ConnectIntercom() {
        const { register, handleSubmit } = useForm();
        const onSubmit = async (data) => {
          await fetch('https://api.intercom.io/me', { headers: { Authorization: \`Bearer \${data.token}\` } });
        };
        return <form onSubmit={handleSubmit(onSubmit)}><input {...register('token')} /></form>;
      }
    `,
    errors: [user('form input')],
  },
  // Formik onSubmit values
  {
    code: `
      import axios from 'axios';
      const formik = useFormik({
        initialValues: { token: '' },
        onSubmit: async (values) => axios.get('https://api.intercom.io/me', { headers: { Authorization: \`Bearer \${values.token}\` } }),
      });
    `,
    errors: [user('form input')],
  },
  // useRef input
  {
    code: `
      import { useRef } from 'react';
      export default function TokenForm() {
        const tokenRef = useRef(null);
        const test = () => fetch('https://api.intercom.io/me', { headers: { Authorization: \`Bearer \${tokenRef.current.value}\` } });
        return <div><input ref={tokenRef} /><button onClick={test}>Test</button></div>;
      }
    `,
    errors: [user('form input')],
  },
  // setter passed straight to a change callback (React Native style)
  {
    code: `
      export function Setup() {
        const [token, setToken] = useState('');
        useEffect(() => { fetch('https://api.intercom.io/me', { headers: { Authorization: 'Bearer ' + token } }); }, [token]);
        return <TextInput onChangeText={setToken} />;
      }
    `,
    errors: [user('form input')],
  },
  // URL query string
  {
    code: `
      const token = new URLSearchParams(window.location.search).get('token');
      fetch('https://api.intercom.io/me', { headers: { Authorization: \`Bearer \${token}\` } });
    `,
    errors: [user('URL')],
  },
  // postMessage
  {
    code: `
      window.addEventListener('message', (event) => {
        fetch('https://api.intercom.io/me', { headers: { Authorization: 'Bearer ' + event.data.token } });
      });
    `,
    errors: [user('postMessage data')],
  },
  // jQuery with headers, and with beforeSend
  {
    code: `
      $('#save').on('click', function () {
        $.ajax({ url: 'https://api.intercom.io/me', headers: { Authorization: 'Bearer ' + $('#token').val() } });
        $.ajax({
          url: 'https://api.intercom.io/admins',
          beforeSend: function (xhr) { xhr.setRequestHeader('Authorization', 'Bearer ' + $('#token').val()); },
        });
      });
    `,
    errors: [
      { ...user('form input'), line: 3 },
      { ...user('form input'), line: 6 },
    ],
  },
  // form submit, FormData, btoa Basic
  {
    code: `
      const form = document.querySelector('form#intercom');
      form.addEventListener('submit', async (e) => {
        e.preventDefault();
        const fd = new FormData(form);
        const token = fd.get('token');
        await fetch('https://api.intercom.io/me', { headers: { Authorization: 'Basic ' + btoa(token + ':') } });
      });
    `,
    errors: [user('form input')],
  },
  // native event target in an input listener, stored in a module variable
  {
    code: `
      let token = '';
      document.getElementById('t').addEventListener('input', (e) => { token = e.target.value; });
      export const check = () => fetch('https://api.intercom.io/me', { headers: { Authorization: \`Bearer \${token}\` } });
    `,
    errors: [user('form input')],
  },
  // Vue component with an inline template binding the ref
  {
    code: `
      export default defineComponent({
        template: '<input v-model="token" /><button @click="connect">Connect Intercom</button>',
        setup() {
          const token = ref('');
          const connect = () => fetch('https://api.intercom.io/me', { headers: { Authorization: \`Bearer \${token.value}\` } });
          return { token, connect };
        },
      });
    `,
    errors: [user('form input')],
  },
  // Angular: ngModel in an inline template, and a reactive FormControl
  {
    code: `
      import { FormControl } from '@angular/forms';
      @Component({ selector: 'app-intercom', template: '<input [(ngModel)]="token" />' })
      export class IntercomSettingsComponent {
        token = '';
        key = new FormControl('');
        constructor(private http: HttpClient) {}
        test() {
          this.http.get('https://api.intercom.io/me', { headers: { Authorization: \`Bearer \${this.token}\` } });
          this.http.get('https://api.intercom.io/admins', { headers: { Authorization: \`Bearer \${this.key.value}\` } });
        }
      }
    `,
    parsers: ['ts'],
    errors: [
      { ...user('form input'), line: 9 },
      { ...user('form input'), line: 10 },
    ],
  },
  // Electron main process receiving the token from the renderer
  {
    code: `
      const { ipcMain } = require('electron');
      const { IntercomClient } = require('intercom-client');
      ipcMain.handle('intercom:connect', async (_event, token) => new IntercomClient({ token }).admins.identify());
    `,
    errors: [user('IPC message')],
  },
  // socket.io message
  {
    code: `
      import { IntercomClient } from 'intercom-client';
      io.on('connection', (socket) => {
        socket.on('intercom:connect', async ({ token }) => {
          socket.emit('me', await new IntercomClient({ token }).admins.identify());
        });
      });
    `,
    errors: [user('socket message')],
  },
  // React class component state
  {
    code: `
      export default class IntercomSettings extends React.Component {
        state = { token: '' };
        onChange = (e) => this.setState({ token: e.target.value });
        test = () => fetch('https://api.intercom.io/me', { headers: { Authorization: \`Bearer \${this.state.token}\` } });
        render() { return <input value={this.state.token} onChange={this.onChange} />; }
      }
    `,
    errors: [user('form input')],
  },
  // sessionStorage round trip
  {
    code: `
      function save(e) { sessionStorage.setItem('intercomToken', e.target.value.trim()); }
      const token = sessionStorage.getItem('intercomToken');
      fetch('https://api.intercom.io/me', { headers: { Authorization: 'Bearer ' + token } });
    `,
    errors: [user('form input')],
  },
];

const browserValid: RuleCases['valid'] = [
  // a form value in the query, a build-time token in the header
  `
    const q = document.querySelector('#search').value;
    fetch(\`https://api.intercom.io/contacts/search?q=\${encodeURIComponent(q)}\`, { headers: { Authorization: \`Bearer \${import.meta.env.VITE_INTERCOM_TOKEN}\` } });
  `,
  // storage written from a trusted value only (valid even under strict)
  {
    code: `
      localStorage.setItem('ic', import.meta.env.VITE_INTERCOM_TOKEN);
      fetch('https://api.intercom.io/me', { headers: { Authorization: 'Bearer ' + localStorage.getItem('ic') } });
    `,
    options: strict,
  },
  // the pasted token is posted to the app's own backend (the form copy is another rule's job)
  `
    async function connect(e) {
      e.preventDefault();
      await fetch('/api/intercom/connect', { method: 'POST', body: JSON.stringify({ token: e.target.token.value }) });
    }
    document.querySelector('#intercom-form').addEventListener('submit', connect);
  `,
];

// ---- CLI ---------------------------------------------------------------------------------------

const cliInvalid: RuleCases['invalid'] = [
  // commander
  {
    code: `
      import { Command } from 'commander';
      import { IntercomClient } from 'intercom-client';
      const program = new Command();
      program.option('--token <token>', 'Intercom access token').parse();
      const { token } = program.opts();
      const client = new IntercomClient({ token });
    `,
    errors: [cli('command-line argument')],
  },
  // commander action callback
  {
    code: `
      const { program } = require('commander');
      const { IntercomClient } = require('intercom-client');
      program.command('export').argument('<token>').action(async (token) => {
        const client = new IntercomClient({ token });
      });
    `,
    errors: [cli('command-line argument')],
  },
  // yargs
  {
    code: `
      import yargs from 'yargs';
      import { hideBin } from 'yargs/helpers';
      import { IntercomClient } from 'intercom-client';
      const argv = yargs(hideBin(process.argv)).option('token', { type: 'string' }).parseSync();
      new IntercomClient({ token: argv.token });
    `,
    errors: [cli('command-line argument')],
  },
  // inquirer
  {
    code: `
      import inquirer from 'inquirer';
      import { IntercomClient } from 'intercom-client';
      const { token } = await inquirer.prompt([{ type: 'password', name: 'token', message: 'Intercom token' }]);
      new IntercomClient({ token });
    `,
    errors: [cli('interactive prompt')],
  },
  // @inquirer/prompts
  {
    code: `
      import { password } from '@inquirer/prompts';
      const token = await password({ message: 'Intercom access token' });
      await fetch('https://api.intercom.io/me', { headers: { Authorization: \`Bearer \${token}\` } });
    `,
    errors: [cli('interactive prompt')],
  },
  // readline callback
  {
    code: `
      const readline = require('node:readline');
      const { IntercomClient } = require('intercom-client');
      const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
      rl.question('Intercom token: ', (answer) => {
        const client = new IntercomClient({ token: answer.trim() });
        rl.close();
      });
    `,
    errors: [cli('interactive prompt')],
  },
];

const cliValid: RuleCases['valid'] = [
  // a CLI that reads the operator's token from the environment
  `
    import { Command } from 'commander';
    import { IntercomClient } from 'intercom-client';
    const program = new Command().option('--workspace <id>').parse();
    const client = new IntercomClient({ token: process.env.INTERCOM_ACCESS_TOKEN });
    client.contacts.list({ workspace: program.opts().workspace });
  `,
];

// ---- Options -----------------------------------------------------------------------------------

const optionInvalid: RuleCases['invalid'] = [
  // extraSinks: a wrapper package without "intercom" in the file
  {
    code: `
      import { connect } from '@acme/crm-kit';
      app.post('/x', (req, res) => connect({ auth: { token: req.body.t } }));
    `,
    options: [{ extraSinks: [{ module: '@acme/crm-kit', name: 'connect', property: 'auth.token' }] }],
    errors: [user('request body')],
  },
  // extraSinks: a constructor at another argument
  {
    code: `
      const Kit = require('@acme/support-kit');
      app.post('/x', (req, res) => new Kit.Api('eu', req.body.t));
    `,
    options: [{ extraSinks: [{ module: '@acme/support-kit', name: 'Api', argument: 1 }] }],
    errors: [user('request body')],
  },
  // strict: an imported value
  {
    code: `
      import { IntercomClient } from 'intercom-client';
      import { INTERCOM_TOKEN } from './config';
      export const client = new IntercomClient({ token: INTERCOM_TOKEN });
    `,
    options: strict,
    errors: [unknown('imported value')],
  },
  // without the option, a request to Intercom's host is a sink
  {
    code: `
      app.post('/token', (req, res) => fetch('https://api.intercom.io/oauth/token', { headers: { Authorization: 'Basic ' + req.body.creds } }));
    `,
    errors: [user('request body')],
  },
];

const optionValid: RuleCases['valid'] = [
  // oauthTokenUrls: a token-exchange URL is neither a sink nor a source
  {
    code: `
      app.post('/token', (req, res) => fetch('https://api.intercom.io/oauth/token', { headers: { Authorization: 'Basic ' + req.body.creds } }));
    `,
    options: [{ oauthTokenUrls: ['https://api.intercom.io/oauth/token'] }],
  },
  // extraSinks only match their own module
  {
    code: `
      import { connect } from '@acme/other-kit';
      app.post('/x', (req, res) => connect({ auth: { token: req.body.t } }));
    `,
    options: [{ extraSinks: [{ module: '@acme/crm-kit', name: 'connect', property: 'auth.token' }] }],
  },
];


// ---- Where a report lands: the value where it enters the sink --------------------------------

const locationInvalid: RuleCases['invalid'] = [
  // a client factory (returns the client it builds): the caller's argument is where the token enters
  {
    code: `
      import axios from 'axios';
      function intercomApi(token) {
        return axios.create({ baseURL: 'https://api.intercom.io', headers: { Authorization: 'Bearer ' + token } });
      }
      router.get('/tags', async (ctx) => {
        const api = intercomApi(ctx.cookies.get('intercom'));
        ctx.body = (await api.get('/tags')).data;
      });
    `,
    errors: [{ ...user('cookie'), line: 7 }],
  },
  // an SDK factory kept in a variable, two callers: only the one passing user input is reported
  {
    code: `
      import { IntercomClient } from 'intercom-client';
      const clientFor = async (token) => {
        const client = new IntercomClient({ token });
        return client;
      };
      export const cron = () => clientFor(process.env.INTERCOM_TOKEN);
      app.post('/connect', async (req, res) => {
        const c = await clientFor(req.headers['x-intercom-token']);
        res.json(await c.admins.identify());
      });
    `,
    errors: [{ ...user('request header'), line: 9 }],
  },
  // a factory two levels deep: followed to the route that passes the input
  {
    code: `
      import { Client } from 'intercom-client';
      function makeClient(t) { return new Client({ tokenAuth: { token: t } }); }
      function forTenant(opts) { return makeClient(opts.token); }
      app.put('/tenant', (req, res) => {
        const client = forTenant({ token: req.body.token, name: 'x' });
        res.end();
      });
    `,
    errors: [{ ...user('request body'), line: 6 }],
  },
  // a service class whose constructor builds the client: reported at \`new Service(…)\`
  {
    code: `
      import { IntercomClient } from 'intercom-client';
      class Crm {
        constructor(token) { this.client = new IntercomClient({ token }); }
        me() { return this.client.admins.identify(); }
      }
      fastify.post('/me', async (request) => new Crm(request.body.token).me());
    `,
    errors: [{ ...user('request body'), line: 7 }],
  },
  // a helper that makes the request itself: reported where the header is built
  {
    code: `
      async function checkToken(token) {
        const r = await fetch('https://api.intercom.io/me', { headers: { Authorization: \`Bearer \${token}\` } });
        return r.ok;
      }
      document.querySelector('form').addEventListener('submit', async (e) => {
        e.preventDefault();
        const value = document.getElementById('token').value;
        if (await checkToken(value)) location.href = '/done';
      });
    `,
    errors: [{ ...user('form input'), line: 3 }],
  },
  // the options object read far away: reported at the sink's argument, not at \`req.body\`
  {
    code: `
      import { IntercomClient } from 'intercom-client';
      app.post('/connect', async (req, res) => {
        const settings = req.body;
        await audit(settings.workspace);

        const client = new IntercomClient(settings);
        res.json(await client.admins.identify());
      });
    `,
    errors: [{ ...user('request body'), line: 7 }],
  },
  // legacy positional form with a CLI key: one report, at the key where it enters the client
  {
    code: `
      const Intercom = require('intercom-client');
      const [, , appId, key] = process.argv;

      const client = new Intercom.Client(appId, key);
    `,
    errors: [{ ...cli('command-line argument'), line: 5 }],
  },
];

const locationValid: RuleCases['valid'] = [
  // legacy positional form: a user-chosen app id is not the credential
  `
    const Intercom = require('intercom-client');
    app.get('/users', (req, res) => { new Intercom.Client(req.query.app_id, process.env.INTERCOM_API_KEY); });
  `,
  // an exported helper (CommonJS object export) called with the env token: not a route handler
  `
    const https = require('https');
    function post(token, path, body) {
      return https.request({ hostname: 'api.intercom.io', path, method: 'POST', headers: { Authorization: 'Bearer ' + token } });
    }
    post(process.env.INTERCOM_TOKEN, '/notes', process.argv[2]);
    module.exports = { post };
  `,
  // a destructured options helper (not a route export) with a header map
  `
    function call({ url, headers }) { return fetch('https://api.intercom.io' + url, { headers: { Authorization: headers.auth } }); }
    call({ url: '/me', headers: { auth: 'Bearer ' + process.env.T } });
  `,
];

// ---- Route modules: handlers recognised by export, wrapper or destructured request event ------

const routeModuleInvalid: RuleCases['invalid'] = [
  // SvelteKit form action taking the whole event
  {
    code: `
      import { IntercomClient } from 'intercom-client';
      export const actions = {
        save: async (event) => {
          const form = await event.request.formData();
          const ic = new IntercomClient({ token: String(form.get('pat')) });
          return { ok: Boolean(await ic.admins.identify()) };
        },
      };
    `,
    errors: [{ ...user('request body'), line: 6 }],
  },
  // SvelteKit default action with a typed object, destructured event
  {
    code: `
      import type { Actions } from './$types';
      export const actions: Actions = {
        default: async ({ request, locals }) => {
          const data = await request.formData();
          const res = await fetch('https://api.intercom.io/me', { headers: { Authorization: 'Bearer ' + data.get('token') } });
          return { admin: (await res.json()).email };
        },
      };
    `,
    parsers: ['ts'],
    errors: [{ ...user('request body'), line: 6 }],
  },
  // SvelteKit load: query string, route params and cookies
  {
    code: `
      import { Client } from 'intercom-client';
      export async function load({ url, params, cookies }) {
        const a = new Client({ tokenAuth: { token: url.searchParams.get('t') } });
        const b = new Client({ tokenAuth: { token: params.token } });
        const c = new Client({ tokenAuth: { token: cookies.get('ic') } });
        return {};
      }
    `,
    errors: [
      { ...user('request URL'), line: 4 },
      { ...user('route parameter'), line: 5 },
      { ...user('cookie'), line: 6 },
    ],
  },
  // Astro API route: header read through request.headers.get()
  {
    code: `
      import type { APIRoute } from 'astro';
      export const POST: APIRoute = async ({ request }) => {
        const res = await fetch('https://api.intercom.io/contacts', { headers: { Authorization: request.headers.get('x-intercom-auth') ?? '' } });
        return new Response(res.body);
      };
    `,
    parsers: ['ts'],
    errors: [{ ...user('request header'), line: 4 }],
  },
  // Qwik: routeAction$ receives the submitted form first
  {
    code: `
      import { routeAction$ } from '@builder.io/qwik-city';
      import { IntercomClient } from 'intercom-client';
      export const useConnect = routeAction$(async (form, { cookie }) => {
        const client = new IntercomClient({ token: form.token });
        return client.admins.identify();
      });
    `,
    errors: [{ ...user('form input'), line: 5 }],
  },
  // Nuxt / h3: raw Node request headers on the event
  {
    code: `
      export default defineEventHandler(async (event) => {
        return $fetch('/me', { baseURL: 'https://api.intercom.io', headers: { Authorization: event.node.req.headers.authorization } });
      });
    `,
    errors: [{ ...user('request header'), line: 3 }],
  },
  // Netlify function: header with a computed name, Basic via an imported Buffer
  {
    code: `
      import { Buffer } from 'node:buffer';
      const HEADER = 'x-api-key';
      export async function handler(event) {
        const key = event.headers[HEADER];
        const auth = 'Basic ' + Buffer.from(key + ':').toString('base64');
        const r = await fetch('https://api.intercom.io/admins', { headers: { authorization: auth } });
        return { statusCode: r.status };
      }
    `,
    errors: [{ ...user('request header'), line: 7 }],
  },
  // Express proxy forwarding the caller's Authorization header
  {
    code: `
      import axios from 'axios';
      app.all('/intercom/*', async (req, res) => {
        const r = await axios({ url: 'https://api.intercom.io/' + req.params[0], method: req.method, headers: { Authorization: req.headers.authorization } });
        res.status(r.status).json(r.data);
      });
    `,
    errors: [{ ...user('request header'), line: 4 }],
  },
  // Koa and Fastify bodies into the v2 SDK
  {
    code: `
      const Intercom = require('intercom-client');
      router.post('/a', async (ctx) => { const { token } = ctx.request.body; ctx.body = new Intercom.Client({ token }); });
      fastify.post('/b', async (request, reply) => { reply.send(new Intercom.Client({ token: request.body.token })); });
    `,
    errors: [
      { ...user('request body'), line: 3 },
      { ...user('request body'), line: 4 },
    ],
  },
  // Next.js Server Action reading its FormData argument
  {
    code: `
      'use server';
      import { IntercomClient } from 'intercom-client';
      export async function connectIntercom(formData) {
        const token = formData.get('token');
        const me = await new IntercomClient({ token }).admins.identify();
        return me.email;
      }
    `,
    errors: [{ ...user('server action argument'), line: 6 }],
  },
  // GraphQL resolver args and a tRPC procedure input
  {
    code: `
      import { IntercomClient } from 'intercom-client';
      export const resolvers = {
        Mutation: { linkIntercom: async (_root, args) => new IntercomClient({ token: args.token }).admins.identify() },
      };
      export const router = t.router({
        link: t.procedure.input(schema).mutation(async ({ input }) => new IntercomClient({ token: input.token }).admins.identify()),
      });
    `,
    errors: [
      { ...user('GraphQL argument'), line: 4 },
      { ...user('request input'), line: 7 },
    ],
  },
];

const routeModuleValid: RuleCases['valid'] = [
  // SvelteKit action using the server's own token; locals are not client data
  `
    import { IntercomClient } from 'intercom-client';
    import { env } from '$env/dynamic/private';
    export const actions = {
      default: async ({ request, locals }) => {
        const ic = new IntercomClient({ token: locals.intercomToken ?? env.INTERCOM_TOKEN });
        return { ok: true };
      },
    };
  `,
  // h3 handler reading context set by middleware
  `
    export default defineEventHandler((event) => $fetch('/me', { baseURL: 'https://api.intercom.io', headers: { Authorization: 'Bearer ' + event.context.intercomToken } }));
  `,
];

// ---- Method calls: same-file services reached through a receiver ------------------------------

const methodCallInvalid: RuleCases['invalid'] = [
  // NestJS: a constructor-injected service typed by a same-file class; the service only uses the
  // client (not a factory), so the report lands where it is built
  {
    code: `
      import { Body, Controller, Injectable, Post } from '@nestjs/common';
      import { Client } from 'intercom-client';
      @Injectable()
      export class IntercomService {
        async countAdmins(token: string): Promise<number> {
          const client = new Client({ tokenAuth: { token } });
          return (await client.admins.list()).admins.length;
        }
      }
      @Controller('intercom')
      export class IntercomController {
        constructor(private readonly intercom: IntercomService) {}
        @Post('check')
        async check(@Body() dto: ConnectDto) {
          return { workspace: dto.workspaceName, admins: await this.intercom.countAdmins(dto.token) };
        }
      }
    `,
    parsers: ['ts'],
    errors: [{ ...user('request body'), line: 7 }],
  },
  // NestJS: a typed field assigned in the constructor, and a service method that is a factory:
  // reported at the controller's argument
  {
    code: `
      import { Body, Controller, Post } from '@nestjs/common';
      import { IntercomClient } from 'intercom-client';
      class IntercomGateway {
        clientFor(token: string) { return new IntercomClient({ token }); }
      }
      @Controller('intercom')
      export class IntercomController {
        private readonly gateway: IntercomGateway;
        constructor(gateway: IntercomGateway) { this.gateway = gateway; }
        @Post('me')
        me(@Body('accessToken') accessToken: string) {
          return this.gateway.clientFor(accessToken).admins.identify();
        }
      }
    `,
    parsers: ['ts'],
    errors: [{ ...user('request body'), line: 13 }],
  },
  // untyped injection (JavaScript): the method name is unique among the file's classes
  {
    code: `
      import { IntercomClient } from 'intercom-client';
      class IntercomService {
        async verifyWorkspace(token) {
          const client = new IntercomClient({ token });
          return client.admins.identify();
        }
      }
      class ConnectController {
        constructor(intercomService) { this.intercomService = intercomService; }
        async connect(req, res) {
          res.json(await this.intercomService.verifyWorkspace(req.body.token));
        }
      }
      export default new ConnectController(new IntercomService());
    `,
    errors: [{ ...user('request body'), line: 5 }],
  },
  // Express route calling a method of a same-file class instance; the email is not blamed
  {
    code: `
      class IntercomGateway {
        constructor() { this.base = 'https://api.intercom.io'; }
        async findContact(token, email) {
          const res = await fetch(this.base + '/contacts/search', {
            method: 'POST',
            headers: { Authorization: \`Bearer \${token}\`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ query: { field: 'email', operator: '=', value: email } }),
          });
          return res.json();
        }
      }
      const gateway = new IntercomGateway();
      app.post('/contacts/lookup', async (req, res) => {
        res.json(await gateway.findContact(req.get('x-intercom-token'), req.body.email));
      });
    `,
    errors: [{ ...user('request header'), line: 7 }],
  },
  // a controller keeping \`this.x = new SameFileClass()\`
  {
    code: `
      import { Client } from 'intercom-client';
      class Crm {
        tags(token) { return new Client({ tokenAuth: { token } }).tags.list(); }
      }
      class TagsController {
        constructor() { this.crm = new Crm(); }
        list(req, res) { return this.crm.tags(req.query.token).then((tags) => res.json(tags)); }
      }
      router.get('/tags', (req, res) => new TagsController().list(req, res));
    `,
    errors: [{ ...user('query string'), line: 4 }],
  },
  // an object-literal service whose method builds the client (a factory): the caller's argument
  {
    code: `
      import { Client } from 'intercom-client';
      const intercomService = {
        connect(token) {
          return new Client({ tokenAuth: { token } });
        },
      };
      app.post('/connect', async (req, res) => {
        const client = intercomService.connect(req.body.intercomToken);
        res.json(await client.admins.list());
      });
    `,
    errors: [{ ...user('request body'), line: 9 }],
  },
  // an object-literal service with an arrow method returning the request (a thin wrapper): the
  // caller's argument, as for a same-file function
  {
    code: `
      export const intercomService = {
        me: async (token) => fetch('https://api.intercom.io/me', { headers: { Authorization: 'Bearer ' + token } }),
      };
      export async function POST(request) {
        const { token } = await request.json();
        return intercomService.me(token);
      }
    `,
    errors: [{ ...user('request body'), line: 7 }],
  },
  // a static method of a same-file class
  {
    code: `
      import { IntercomClient } from 'intercom-client';
      class IntercomApi {
        static async admins(token) { return new IntercomClient({ token }).admins.list(); }
      }
      fastify.get('/admins', async (request) => IntercomApi.admins(request.headers.authorization));
    `,
    errors: [{ ...user('request header'), line: 4 }],
  },
  // a method's return flows back: a same-file helper class extracting the token
  {
    code: `
      import { IntercomClient } from 'intercom-client';
      class Credentials {
        fromRequest(r) { return r.cookies.intercom_token; }
      }
      const credentials = new Credentials();
      app.get('/me', async (req, res) => {
        const client = new IntercomClient({ token: credentials.fromRequest(req) });
        res.json(await client.admins.identify());
      });
    `,
    errors: [{ ...user('cookie'), line: 8 }],
  },
  // a method inherited from a same-file base class
  {
    code: `
      import { IntercomClient } from 'intercom-client';
      class BaseIntercom {
        listContacts(token) { return new IntercomClient({ token }).contacts.list(); }
      }
      class ContactsService extends BaseIntercom {}
      const contacts = new ContactsService();
      app.get('/contacts', async (req, res) => res.json(await contacts.listContacts(req.query.token)));
    `,
    errors: [{ ...user('query string'), line: 4 }],
  },
  // an overloaded TS method: the body-less signature is not the method that runs
  {
    code: `
      import { IntercomClient } from 'intercom-client';
      class ClientFactory {
        make(t: string): IntercomClient;
        make(t) { return new IntercomClient({ token: t }); }
      }
      const factory = new ClientFactory();
      app.post('/x', (req, res) => { factory.make(req.body.token); });
    `,
    parsers: ['ts'],
    errors: [user('request body')],
  },
  // an overloaded TS method on an untyped receiver: the name is unique once signatures are skipped
  {
    code: `
      import { IntercomClient } from 'intercom-client';
      class ClientFactory {
        make(t: string): IntercomClient;
        make(t: string, region: string): IntercomClient;
        make(t, region?) { return new IntercomClient({ token: t }); }
      }
      export function register(app, factory) {
        app.post('/x', (req, res) => { factory.make(req.body.token); });
      }
    `,
    parsers: ['ts'],
    errors: [user('request body')],
  },
];

const methodCallValid: RuleCases['valid'] = [
  // an axios instance variable written again: the request no longer provably goes to Intercom
  `
    import axios from 'axios';
    let api = axios.create({ baseURL: 'https://api.intercom.io' });
    api = axios.create({ baseURL: 'https://example.com' });
    app.post('/x', (req, res) => api.get('/me', { headers: { Authorization: req.body.token } }));
  `,
  // `this` in a static block is the class, not an instance: the instance field is not read
  `
    import { IntercomClient } from 'intercom-client';
    class Connector {
      tok = prompt();
      static tok = process.env.INTERCOM_TOKEN;
      static { new IntercomClient({ token: this.tok }); }
    }
  `,
  // a readme.io SDK variable reassigned to something else: its \`.auth()\` is not known to be Intercom's
  `
    import intercom from '@api/intercom';
    import other from '@api/other';
    let sdk = intercom;
    sdk = other;
    app.post('/x', (req, res) => { sdk.auth(req.body.token); });
  `,
  // NestJS: the service gets the env token; the body only names the workspace
  {
    code: `
      import { Body, Controller, Injectable, Post } from '@nestjs/common';
      import { Client } from 'intercom-client';
      @Injectable()
      export class IntercomService {
        async countAdmins(token: string): Promise<number> {
          const client = new Client({ tokenAuth: { token } });
          return (await client.admins.list()).admins.length;
        }
      }
      @Controller('intercom')
      export class IntercomController {
        constructor(private readonly intercom: IntercomService) {}
        @Post('check')
        async check(@Body() dto: ConnectDto) {
          return { workspace: dto.workspaceName, admins: await this.intercom.countAdmins(process.env.INTERCOM_TOKEN!) };
        }
      }
    `,
    parsers: ['ts'],
  },
  // Express route passing only the user's email to a same-file class's method
  `
    class IntercomGateway {
      async findContact(email) {
        const res = await fetch('https://api.intercom.io/contacts/search', {
          method: 'POST',
          headers: { Authorization: \`Bearer \${process.env.INTERCOM_TOKEN}\` },
          body: JSON.stringify({ query: { field: 'email', operator: '=', value: email } }),
        });
        return res.json();
      }
    }
    const gateway = new IntercomGateway();
    app.post('/contacts/lookup', async (req, res) => res.json(await gateway.findContact(req.body.email)));
  `,
  // an object-literal service: user input only as the search term, the token from the environment
  `
    import { Client } from 'intercom-client';
    const intercomService = {
      connect(token) { return new Client({ tokenAuth: { token } }); },
      async lookup(email) { return this.connect(process.env.INTERCOM_TOKEN).contacts.search(email); },
    };
    app.get('/lookup', async (req, res) => res.json(await intercomService.lookup(req.query.email)));
    app.get('/admins', async (req, res) => res.json(await intercomService.connect(process.env.INTERCOM_TOKEN).admins.list()));
  `,
  // the typed receiver picks the right class when two define the same method
  {
    code: `
      import { Body, Controller, Post } from '@nestjs/common';
      import { IntercomClient } from 'intercom-client';
      class TenantIntercom {
        connect(token: string) { return new IntercomClient({ token }); }
      }
      class WorkspaceIntercom {
        connect(workspace: string) { return new IntercomClient({ token: process.env.INTERCOM_TOKEN! }).companies.find({ name: workspace }); }
      }
      @Controller('intercom')
      export class IntercomController {
        constructor(private readonly tenants: TenantIntercom, private readonly workspaces: WorkspaceIntercom) {}
        @Post('connect')
        connect(@Body() dto: ConnectDto) {
          this.tenants.connect(process.env.TENANT_TOKEN!);
          return this.workspaces.connect(dto.workspace);
        }
      }
    `,
    parsers: ['ts'],
  },
  // an imported object with a method of the same name is not the same-file class
  `
    import { IntercomClient } from 'intercom-client';
    import audit from './audit';
    class IntercomService {
      record(token) { return new IntercomClient({ token }).admins.identify(); }
    }
    new IntercomService().record(process.env.INTERCOM_TOKEN);
    app.post('/audit', (req, res) => { audit.record(req.body.token); res.end(); });
  `,
];

// ---- Other stacks: DOM lookups on any root, dialogs, Deno/Bun, bound view models, Angular forms --

const stackInvalid: RuleCases['invalid'] = [
  // DOM lookup on a web component's own root, kept in a variable, read as `.value`
  {
    code: `
      class IntercomSettings extends HTMLElement {
        save() {
          const field = this.renderRoot.querySelector('input[name=token]');
          return fetch('https://api.intercom.io/admins', { headers: { Authorization: 'Bearer ' + field.value } });
        }
      }
    `,
    errors: [user('form input')],
  },
  // a form's controls, whatever the form is (here handed in by another module)
  {
    code: `
      export function connect(form) {
        const key = form.elements['api-key'].value;
        return axios.get('https://api.intercom.io/me', { headers: { Authorization: \`Bearer \${key}\` } });
      }
    `,
    errors: [user('form input')],
  },
  // a lookup helper handed the shadow root; the token comes back through the helper
  {
    code: `
      const readField = (root, name) => root.getElementsByClassName(name)[0].value.trim();
      class IcPanel extends HTMLElement {
        check() {
          const xhr = new XMLHttpRequest();
          xhr.open('GET', 'https://api.intercom.io/me');
          xhr.setRequestHeader('Authorization', 'Bearer ' + readField(this.shadowRoot, 'token'));
          xhr.send();
        }
      }
    `,
    errors: [user('form input')],
  },
  // Lit: a field decorated with @query is a DOM lookup
  {
    code: `
      import { LitElement } from 'lit';
      import { query } from 'lit/decorators.js';
      export class IcConnect extends LitElement {
        @query('#token') tokenInput!: HTMLInputElement;
        async connect() {
          await fetch('https://api.intercom.io/me', { headers: { Authorization: \`Bearer \${this.tokenInput.value}\` } });
        }
      }
    `,
    parsers: ['ts'],
    errors: [user('form input')],
  },
  // Apps Script: Docs dialog, the response read through a helper on an untyped `ui`
  {
    code: `
      function ask(ui, question) {
        return ui.prompt(question).getResponseText();
      }
      function setup() {
        const key = ask(DocumentApp.getUi(), 'Intercom API key');
        UrlFetchApp.fetch('https://api.intercom.io/contacts', { headers: { Authorization: 'Bearer ' + key } });
      }
    `,
    errors: [user('prompt')],
  },
  // Apps Script: Browser.inputBox returns the typed text directly
  {
    code: `
      function connect() {
        var token = Browser.inputBox('Intercom access token');
        UrlFetchApp.fetch('https://api.intercom.io/me', { headers: { 'Intercom-Version': '2.11', Authorization: 'Bearer ' + token } });
      }
    `,
    errors: [user('prompt')],
  },
  // Deno: positional argument, SDK imported through an npm: specifier
  {
    code: `
      import { IntercomClient } from 'npm:intercom-client@6';
      const [token, since] = Deno.args;
      const client = new IntercomClient({ token });
      await client.conversations.list({ since });
    `,
    errors: [cli('command-line argument')],
  },
  // Deno std flags from deno.land, Basic auth
  {
    code: `
      import { parse } from 'https://deno.land/std@0.200.0/flags/mod.ts';
      const flags = parse(Deno.args, { string: ['key'] });
      await fetch('https://api.intercom.io/admins', { headers: { Authorization: 'Basic ' + btoa(flags.key + ':') } });
    `,
    errors: [cli('command-line argument')],
  },
  // Deno promptSecret from jsr
  {
    code: `
      import { promptSecret } from 'jsr:@std/cli@1/prompt-secret';
      const secret = promptSecret('Intercom token: ');
      await fetch('https://api.intercom.io/me', { headers: { Authorization: \`Bearer \${secret}\` } });
    `,
    errors: [cli('interactive prompt')],
  },
  // Bun argv, and any parser handed a slice of the argument vector
  {
    code: `
      import { parseFlags } from './flags.js';
      const opts = parseFlags(Bun.argv.slice(2));
      await fetch('https://api.intercom.io/me', { headers: { Authorization: \`Bearer \${opts.token}\` } });
      await fetch('https://api.intercom.io/admins', { headers: { Authorization: \`Bearer \${Bun.argv[2]}\` } });
    `,
    errors: [
      { ...cli('command-line argument'), line: 4 },
      { ...cli('command-line argument'), line: 5 },
    ],
  },
  // Knockout: an object-literal view model whose observable is bound with value:
  {
    code: `
      const vm = {
        apiKey: ko.observable(''),
        connect() {
          return fetch('https://api.intercom.io/me', { headers: { Authorization: 'Bearer ' + vm.apiKey() } });
        },
      };
      document.getElementById('app').innerHTML = '<input data-bind="value: apiKey, valueUpdate: \\'input\\'"><button data-bind="click: connect">Go</button>';
      ko.applyBindings(vm);
    `,
    errors: [user('form input')],
  },
  // Knockout: a module-level observable read as token(), bound with textInput:
  {
    code: `
      const token = ko.observable('');
      export const template = '<input type="password" data-bind="textInput: token">';
      export const check = () => axios.get('https://api.intercom.io/me', { headers: { Authorization: \`Bearer \${token()}\` } });
    `,
    errors: [user('form input')],
  },
  // jQuery: imported, through jQuery.trim and $.extend
  {
    code: `
      import $ from 'jquery';
      $('#connect').on('submit', function () {
        const key = $.trim($(this).find('[name=key]').val());
        $.ajax({ url: 'https://api.intercom.io/me', headers: $.extend({}, { Accept: 'application/json' }, { Authorization: 'Bearer ' + key }) });
      });
    `,
    errors: [user('form input')],
  },
  // Backbone view: this.$(…).val()
  {
    code: `
      const ConnectView = Backbone.View.extend({
        events: { 'click .connect': 'connect' },
        connect() {
          const token = this.$('input.token').val();
          $.ajax({ url: 'https://api.intercom.io/me', beforeSend: (xhr) => xhr.setRequestHeader('Authorization', 'Bearer ' + token) });
        },
      });
    `,
    errors: [user('form input')],
  },
  // Angular: inject(FormBuilder), get('token')?.value, headers built with new HttpHeaders({ … })
  {
    code: `
      import { Component, inject } from '@angular/core';
      import { FormBuilder } from '@angular/forms';
      import { HttpClient, HttpHeaders } from '@angular/common/http';
      @Component({ selector: 'ic-connect', templateUrl: './connect.html' })
      export class ConnectComponent {
        private readonly fb = inject(FormBuilder);
        private readonly http = inject(HttpClient);
        settings = this.fb.nonNullable.group({ token: '' });
        connect() {
          const headers = new HttpHeaders({ Authorization: 'Bearer ' + this.settings.get('token')?.value });
          return this.http.get('https://api.intercom.io/me', { headers });
        }
      }
    `,
    parsers: ['ts'],
    errors: [user('form input')],
  },
  // Angular: a method typed with FormGroup, controls[...] and getRawValue(), headers reassigned with set()
  {
    code: `
      import { FormGroup } from '@angular/forms';
      import { HttpClient, HttpHeaders } from '@angular/common/http';
      export class IntercomApi {
        constructor(private http: HttpClient) {}
        me(form: FormGroup) {
          let headers = new HttpHeaders().set('Intercom-Version', '2.11');
          headers = headers.set('Authorization', \`Bearer \${form.controls['token'].value}\`);
          return this.http.get('https://api.intercom.io/me', { headers });
        }
        admins(form: FormGroup) {
          const { token } = form.getRawValue();
          return this.http.get('https://api.intercom.io/admins', { headers: new HttpHeaders().append('Authorization', 'Bearer ' + token) });
        }
      }
    `,
    parsers: ['ts'],
    errors: [
      { ...user('form input'), line: 8 },
      { ...user('form input'), line: 13 },
    ],
  },
  // Vue 2: new Vue with data as an object and a hand-written input binding
  {
    code: `
      new Vue({
        el: '#app',
        data: { apiKey: '' },
        template: '<div><input :value="apiKey" @input="apiKey = $event.target.value"><button @click="connect">Connect</button></div>',
        methods: {
          connect() {
            axios.get('https://api.intercom.io/me', { headers: { Authorization: 'Bearer ' + this.apiKey } });
          },
        },
      });
    `,
    errors: [user('form input')],
  },
];

const stackValid: RuleCases['valid'] = [
  // the same kind of lookup reads a search field that only goes into the body
  {
    code: `
      class IntercomSearch extends HTMLElement {
        async search() {
          const q = this.shadowRoot.querySelector('input[name=q]').value;
          await fetch('https://api.intercom.io/contacts/search', {
            method: 'POST',
            headers: { Authorization: \`Bearer \${this.getAttribute('session-token')}\` },
            body: JSON.stringify({ query: { field: 'email', operator: '=', value: q } }),
          });
        }
      }
    `,
    options: strict,
  },
  // a component reading its own rendered text is not reading input
  `
    class IcStatus extends HTMLElement {
      refresh() {
        const token = this.querySelector('template#cfg').textContent;
        return fetch('https://api.intercom.io/me', { headers: { Authorization: 'Bearer ' + token } });
      }
    }
  `,
  // Apps Script: the prompt picks the contact, the token is the script's own property
  {
    code: `
      function lookup() {
        const email = SpreadsheetApp.getUi().prompt('Contact email').getResponseText();
        const token = PropertiesService.getScriptProperties().getProperty('INTERCOM_TOKEN');
        UrlFetchApp.fetch('https://api.intercom.io/contacts/search', {
          method: 'post',
          headers: { Authorization: 'Bearer ' + token },
          payload: JSON.stringify({ query: { field: 'email', operator: '=', value: email } }),
        });
      }
    `,
    options: strict,
  },
  // Deno: arguments pick the dates, the token comes from the environment
  {
    code: `
      import { parseArgs } from 'jsr:@std/cli/parse-args';
      const { since } = parseArgs(Deno.args);
      const token = Deno.env.get('INTERCOM_ACCESS_TOKEN');
      await fetch(\`https://api.intercom.io/conversations?since=\${since}\`, { headers: { Authorization: \`Bearer \${token}\` } });
    `,
    options: strict,
  },
  // Knockout: the bound observable is the query; the token observable is filled from config
  `
    function SearchViewModel(config) {
      const self = this;
      self.query = ko.observable('');
      self.token = ko.observable(config.intercomToken);
      self.search = () => fetch('https://api.intercom.io/contacts/search?q=' + encodeURIComponent(self.query()), {
        headers: { Authorization: 'Bearer ' + self.token() },
      });
    }
    export const template = '<input data-bind="textInput: query">';
  `,
  // jQuery: .val() feeds the body; the token is a page attribute. Firebase's snapshot.val() is a database read.
  `
    $('#find').on('click', () => {
      $.ajax({
        url: 'https://api.intercom.io/contacts/search',
        method: 'POST',
        data: JSON.stringify({ query: { field: 'email', operator: '=', value: $.trim($('#email').val()) } }),
        headers: { Authorization: 'Bearer ' + $('meta[name=ic-session]').attr('content') },
      });
    });
    db.ref('settings/intercom').once('value').then((snapshot) =>
      fetch('https://api.intercom.io/me', { headers: { Authorization: 'Bearer ' + snapshot.val().token } }),
    );
  `,
  // Angular: the form value goes into the body; the token comes from environment.ts
  {
    code: `
      import { Component, inject } from '@angular/core';
      import { FormBuilder } from '@angular/forms';
      import { HttpClient, HttpHeaders } from '@angular/common/http';
      import { environment } from '../environments/environment';
      @Component({ selector: 'ic-search', templateUrl: './search.html' })
      export class SearchComponent {
        private fb = inject(FormBuilder);
        private http = inject(HttpClient);
        form = this.fb.group({ email: '' });
        search() {
          const headers = new HttpHeaders().set('Authorization', \`Bearer \${environment.intercomToken}\`).set('Intercom-Version', '2.11');
          return this.http.post('https://api.intercom.io/contacts/search', { query: { field: 'email', operator: '=', value: this.form.value.email } }, { headers });
        }
      }
    `,
    parsers: ['ts'],
  },
  // Vue 2: v-model on the query only; the token is the store's session
  `
    export default {
      data: () => ({ query: '' }),
      template: '<input v-model.trim="query">',
      methods: {
        search() {
          return axios.get('https://api.intercom.io/contacts', { params: { q: this.query }, headers: { Authorization: 'Bearer ' + this.$store.state.session.token } });
        },
      },
    };
  `,
];

// ---- Bots, callable functions, extensions, command classes ----------------------------------------

const handlerInvalid: RuleCases['invalid'] = [
  // Slack Bolt slash command, CommonJS, handler taking the whole argument, token split out of the text
  {
    code: `
      const { App } = require('@slack/bolt');
      const boltApp = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });
      boltApp.command('/ic-login', async (args) => {
        await args.ack();
        const [, key] = args.command.text.split(' ');
        await fetch('https://api.intercom.io/admins', { headers: { Authorization: 'Bearer ' + key } });
      });
    `,
    errors: [{ ...user('Slack user input'), line: 7 }],
  },
  // Slack Bolt modal submission read through the body, with middleware before the handler
  {
    code: `
      import { App } from '@slack/bolt';
      import { IntercomClient } from 'intercom-client';
      export function registerViews(bolt, requireAdmin) {
        bolt.view({ callback_id: 'ic_connect' }, requireAdmin, async ({ ack, body }) => {
          await ack();
          const values = body.view.state.values;
          const client = new IntercomClient({ token: values.creds.pat.value });
          await client.admins.identify();
        });
      }
    `,
    errors: [{ ...user('Slack user input'), line: 8 }],
  },
  // Slack Bolt block action: the button's value
  {
    code: `
      import { App } from '@slack/bolt';
      import axios from 'axios';
      const app = new App({ token: process.env.SLACK_BOT_TOKEN });
      app.action('use_key', async ({ action, ack }) => {
        await ack();
        await axios.get('https://api.intercom.io/me', { headers: { Authorization: \`Bearer \${action.value}\` } });
      });
    `,
    errors: [user('Slack user input')],
  },
  // Slack Bolt message listener
  {
    code: `
      import { App } from '@slack/bolt';
      import { IntercomClient } from 'intercom-client';
      const app = new App({ token: process.env.SLACK_BOT_TOKEN });
      app.message(/^intercom-token /, async ({ message, say }) => {
        const client = new IntercomClient({ token: message.text.slice(15) });
        await say('ok');
      });
    `,
    errors: [user('Slack user input')],
  },
  // Discord.js interactionCreate listener, any parameter name, option read with get()
  {
    code: `
      import { Client, Events } from 'discord.js';
      import { IntercomClient } from 'intercom-client';
      const client = new Client({ intents: [] });
      client.on(Events.InteractionCreate, async (i) => {
        if (!i.isChatInputCommand()) return;
        const intercom = new IntercomClient({ token: i.options.get('pat')?.value });
        await intercom.admins.identify();
      });
    `,
    errors: [{ ...user('Discord command option'), line: 7 }],
  },
  // Discord.js modal submit, CommonJS command module
  {
    code: `
      const { IntercomClient } = require('intercom-client');
      module.exports = {
        name: 'intercom-modal',
        async execute(modalInteraction) {
          const token = modalInteraction.fields.getTextInputValue('tokenInput');
          const client = new IntercomClient({ token });
          await modalInteraction.reply({ content: 'saved', ephemeral: true });
        },
      };
    `,
    errors: [{ ...user('Discord command option'), line: 7 }],
  },
  // Discord.js class-based command, option read by getString
  {
    code: `
      import { SlashCommandBuilder } from '@discordjs/builders';
      export class LinkCommand {
        async run(ctxInteraction) {
          return fetch('https://api.intercom.io/me', {
            headers: { Authorization: 'Bearer ' + ctxInteraction.options.getString('token') },
          });
        }
      }
    `,
    errors: [user('Discord command option')],
  },
  // grammY: ctx.match of a command
  {
    code: `
      import { Bot } from 'grammy';
      import { IntercomClient } from 'intercom-client';
      const bot = new Bot(process.env.BOT_TOKEN);
      bot.command('connect', async (ctx) => {
        const client = new IntercomClient({ token: ctx.match });
        await ctx.reply('connected');
      });
    `,
    errors: [user('chat message')],
  },
  // Telegraf: the update's message text, through a helper
  {
    code: `
      const { Telegraf } = require('telegraf');
      const telegram = new Telegraf(process.env.BOT_TOKEN);
      const verify = (t) => fetch('https://api.intercom.io/me', { headers: { Authorization: 'Bearer ' + t } });
      telegram.hears(/^pat_/, (c) => verify(c.update.message.text));
    `,
    errors: [{ ...user('chat message'), line: 5 }],
  },
  // node-telegram-bot-api: onText match and plain message text
  {
    code: `
      import TelegramBot from 'node-telegram-bot-api';
      import { IntercomClient } from 'intercom-client';
      const bot = new TelegramBot(process.env.TG_TOKEN, { polling: true });
      bot.onText(/\\/token (.+)/, (msg, match) => {
        new IntercomClient({ token: match[1] });
      });
      bot.on('message', (msg) => {
        new IntercomClient({ token: msg.text });
      });
    `,
    errors: [
      { ...user('chat message'), line: 6 },
      { ...user('chat message'), line: 9 },
    ],
  },
  // Firebase callable v2, destructured request, options first
  {
    code: `
      import { onCall } from 'firebase-functions/https';
      import { IntercomClient } from 'intercom-client';
      export const linkWorkspace = onCall({ region: 'europe-west1' }, async ({ data, auth }) => {
        const client = new IntercomClient({ token: data.pat });
        return { ok: !!(await client.admins.identify()) };
      });
    `,
    errors: [user('callable function data')],
  },
  // Firebase callable v1 (data, context)
  {
    code: `
      const functions = require('firebase-functions/v1');
      const axios = require('axios');
      exports.importContacts = functions.https.onCall(async (data, context) => {
        if (!context.auth) return null;
        const { data: me } = await axios.get('https://api.intercom.io/me', { headers: { Authorization: 'Bearer ' + data.accessToken } });
        return me;
      });
    `,
    errors: [{ ...user('callable function data'), line: 6 }],
  },
  // Extension: a port message, and browser.runtime.onMessageExternal
  {
    code: `
      import { IntercomClient } from 'intercom-client';
      chrome.runtime.onConnect.addListener((port) => {
        port.onMessage.addListener(async (msg) => {
          const client = new IntercomClient({ token: msg.auth.token });
          port.postMessage(await client.admins.list());
        });
      });
      browser.runtime.onMessageExternal.addListener(function (request) {
        return fetch('https://api.intercom.io/me', { headers: { Authorization: 'Bearer ' + request.key } });
      });
    `,
    errors: [
      { ...user('extension message'), line: 5 },
      { ...user('extension message'), line: 10 },
    ],
  },
  // oclif command, flags destructured further
  {
    code: `
      import { Command, Flags } from '@oclif/core';
      import { IntercomClient } from 'intercom-client';
      export class Sync extends Command {
        static flags = { 'access-token': Flags.string({ required: true }) };
        async run(): Promise<void> {
          const parsed = await this.parse(Sync);
          const { 'access-token': accessToken } = parsed.flags;
          new IntercomClient({ token: accessToken });
        }
      }
    `,
    parsers: ['ts'],
    errors: [{ ...cli('command-line argument'), line: 9 }],
  },
  // clipanion option field
  {
    code: `
      import { Command, Option } from 'clipanion';
      import { IntercomClient } from 'intercom-client';
      export class ExportCommand extends Command {
        static paths = [['export']];
        token = Option.String('--token', { required: true });
        async execute() {
          new IntercomClient({ token: this.token });
        }
      }
    `,
    errors: [cli('command-line argument')],
  },
  // citty run({ args })
  {
    code: `
      import { defineCommand, runMain } from 'citty';
      import { IntercomClient } from 'intercom-client';
      const main = defineCommand({
        args: { token: { type: 'string', required: true } },
        async run({ args }) {
          new IntercomClient({ token: args.token });
        },
      });
      runMain(main);
    `,
    errors: [cli('command-line argument')],
  },
];

const handlerValid: RuleCases['valid'] = [
  // Slack: the command text is a search term; the token comes from the installation store
  `
    import { App } from '@slack/bolt';
    import { IntercomClient } from 'intercom-client';
    import { installations } from './store.js';
    const app = new App({ signingSecret: process.env.SLACK_SIGNING_SECRET });
    app.command('/ic-find', async ({ command, ack, respond }) => {
      await ack();
      const install = await installations.fetch(command.team_id);
      const client = new IntercomClient({ token: install.intercomAccessToken });
      const found = await client.contacts.search({ query: { field: 'email', operator: '=', value: command.text } });
      await respond(String(found.total_count));
    });
  `,
  // Slack modal: the submitted values are a note; the token is the operator's from env
  `
    import { App } from '@slack/bolt';
    const app = new App({ token: process.env.SLACK_BOT_TOKEN });
    app.view('ic_note', async ({ ack, view, body }) => {
      await ack();
      await fetch('https://api.intercom.io/notes', {
        method: 'POST',
        headers: { Authorization: \`Bearer \${process.env.INTERCOM_TOKEN}\` },
        body: JSON.stringify({ body: view.state.values.note.text.value, user: body.user.id }),
      });
    });
  `,
  // Discord: the bot logs in with its own token from env; the option is a query
  `
    import { Client, Events } from 'discord.js';
    import { IntercomClient } from 'intercom-client';
    const intercom = new IntercomClient({ token: process.env.INTERCOM_TOKEN });
    const client = new Client({ intents: [] });
    client.on(Events.InteractionCreate, async (interaction) => {
      const q = interaction.options.getString('email');
      await interaction.reply(JSON.stringify(await intercom.contacts.search({ query: { field: 'email', operator: '=', value: q } })));
    });
    client.login(process.env.DISCORD_TOKEN);
  `,
  // Telegram: the message text is a search term; the token is the operator's
  `
    import { Telegraf } from 'telegraf';
    const bot = new Telegraf(process.env.BOT_TOKEN);
    bot.on('text', async (ctx) => {
      await fetch('https://api.intercom.io/contacts/search', {
        method: 'POST',
        headers: { Authorization: 'Bearer ' + process.env.INTERCOM_TOKEN },
        body: JSON.stringify({ query: { field: 'name', operator: '~', value: ctx.message.text } }),
      });
    });
  `,
  // Firebase callable: the token is a secret, the request's data only a filter
  `
    import { onCall } from 'firebase-functions/v2/https';
    import { IntercomClient } from 'intercom-client';
    import { getToken } from './tokens.js';
    export const list = onCall(async (request) => {
      const client = new IntercomClient({ token: await getToken(request.auth.uid) });
      return client.contacts.search({ query: { field: 'email', operator: '=', value: request.data.email } });
    });
  `,
  // Extension: the message carries a query; the token comes from the extension's OAuth flow
  `
    chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
      chrome.identity.launchWebAuthFlow({ url: 'https://app.example.com/intercom/oauth', interactive: true }, async () => {
        const { token } = await chrome.storage.session.get('token');
        const r = await fetch('https://api.intercom.io/contacts/search?q=' + encodeURIComponent(message.query), {
          headers: { Authorization: \`Bearer \${token}\` },
        });
        sendResponse(await r.json());
      });
      return true;
    });
  `,
  // oclif: flags pick the output; the token is the operator's from env
  {
    code: `
      import { Command, Flags } from '@oclif/core';
      import { IntercomClient } from 'intercom-client';
      export default class Export extends Command {
        static flags = { out: Flags.string() };
        async run() {
          const { flags } = await this.parse(Export);
          const client = new IntercomClient({ token: process.env.INTERCOM_ACCESS_TOKEN });
          await client.conversations.list({ out: flags.out });
        }
      }
    `,
  },
  // A class with its own parse() is not a command class
  `
    import { IntercomClient } from 'intercom-client';
    class Config {
      parse(text) { return JSON.parse(text); }
      client(text) { return new IntercomClient({ token: this.parse(text).token }); }
    }
  `,
];

// ---- Fastify plugins, typed routes and host lookup tables ----------------------------------

const fastifyInvalid: RuleCases['invalid'] = [
  // The API host picked from a constant table by a run-time key: every entry is an Intercom host
  {
    code: `
      import type { FastifyPluginAsync } from 'fastify';
      import got from 'got';
      const HOSTS = { us: 'https://api.intercom.io', eu: 'https://api.eu.intercom.io' } as const;
      export const adminsPlugin: FastifyPluginAsync = async (app) => {
        app.get<{ Querystring: { region?: 'us' | 'eu' } }>('/admins', async (request, reply) => {
          const token = request.headers['x-intercom-token'] as string;
          const base = HOSTS[request.query.region ?? 'us'];
          const admins = await got(\`\${base}/admins\`, {
            headers: { authorization: \`Bearer \${token}\` },
          }).json();
          return reply.send(admins);
        });
      };
    `,
    parsers: ['ts'],
    errors: [{ ...user('request header'), line: 10 }],
  },
  // Same table shape in plain JS, an array of hosts indexed at run time, fetch
  {
    code: `
      const HOSTS = ['https://api.intercom.io', 'https://api.au.intercom.io'];
      export default async function (app) {
        app.post('/me', async (req) => {
          const r = await fetch(HOSTS[req.body.regionIndex] + '/me', { headers: { Authorization: 'Bearer ' + req.body.token } });
          return r.json();
        });
      }
    `,
    errors: [user('request body')],
  },
  // Nested table entry: \`REGIONS[region].api\`
  {
    code: `
      import ky from 'ky';
      const REGIONS = { us: { api: 'https://api.intercom.io' }, eu: { api: 'https://api.eu.intercom.io' } };
      fastify.get('/me', async (request) => ky.get(\`\${REGIONS[request.query.r].api}/me\`, {
        headers: { Authorization: \`Bearer \${request.query.token}\` },
      }).json());
    `,
    errors: [user('query string')],
  },
  // Typed route generic, body token into the SDK client
  {
    code: `
      import { IntercomClient } from 'intercom-client';
      fastify.post<{ Body: { token: string } }>('/sync', async (req) => {
        const client = new IntercomClient({ token: req.body.token });
        return client.contacts.list();
      });
    `,
    parsers: ['ts'],
    errors: [user('request body')],
  },
  // FastifyPluginAsync arrow wrapped in fastify-plugin, \`satisfies\` on the token
  {
    code: `
      import fp from 'fastify-plugin';
      import type { FastifyPluginAsync } from 'fastify';
      import { IntercomClient } from 'intercom-client';
      const plugin: FastifyPluginAsync = async (app) => {
        app.put<{ Params: { id: string }; Body: { accessToken: string } }>('/contacts/:id', async (request) => {
          const token = request.body.accessToken satisfies string;
          const client = new IntercomClient({ token });
          return client.contacts.find({ contactId: request.params.id });
        });
      };
      export default fp(plugin);
    `,
    parsers: ['ts'],
    errors: [{ ...user('request body'), line: 8 }],
  },
  // Plugin function declaration, \`!\` and \`as\` around a header read, got Basic header
  {
    code: `
      import type { FastifyInstance } from 'fastify';
      import got from 'got';
      export default async function routes(app: FastifyInstance) {
        app.get<{ Headers: { 'x-intercom-token': string } }>('/tags', async (request) => {
          const key = (request.headers['x-intercom-token']! as string).trim();
          return got.get('https://api.intercom.io/tags', {
            headers: { Authorization: 'Basic ' + Buffer.from(key + ':').toString('base64') },
          }).json();
        });
      }
    `,
    parsers: ['ts'],
    errors: [user('request header')],
  },
];

const fastifyValid: RuleCases['valid'] = [
  // The same route and host table with the operator's token from config
  {
    code: `
      import type { FastifyPluginAsync } from 'fastify';
      import got from 'got';
      const HOSTS = { us: 'https://api.intercom.io', eu: 'https://api.eu.intercom.io' } as const;
      export const adminsPlugin: FastifyPluginAsync = async (app) => {
        app.get<{ Querystring: { region?: 'us' | 'eu' } }>('/admins', async (request, reply) => {
          const token = app.config.INTERCOM_TOKEN as string;
          const base = HOSTS[request.query.region ?? 'us'];
          const admins = await got(\`\${base}/admins\`, {
            headers: { authorization: \`Bearer \${token}\` },
          }).json();
          return reply.send(admins);
        });
      };
    `,
    parsers: ['ts'],
  },
  // Typed body route, token from env; the body only carries a query
  {
    code: `
      import { IntercomClient } from 'intercom-client';
      fastify.post<{ Body: { email: string } }>('/find', async (req) => {
        const client = new IntercomClient({ token: process.env.INTERCOM_TOKEN! });
        return client.contacts.search({ query: { field: 'email', operator: '=', value: req.body.email } });
      });
    `,
    parsers: ['ts'],
  },
  // A run-time pick from a table of non-Intercom hosts is not an Intercom request
  `
    const INTERCOM = 'https://api.intercom.io';
    const HOSTS = { a: 'https://api.example.com', b: 'https://eu.example.com' };
    fastify.get('/x', async (request) => fetch(HOSTS[request.query.r] + '/me', { headers: { Authorization: 'Bearer ' + request.query.token } }));
    fastify.get('/y', async () => fetch(INTERCOM + '/me', { headers: { Authorization: 'Bearer ' + process.env.INTERCOM_TOKEN } }));
  `,
];

// ---- Array mapping, spread override, logical assignment, lodash, request middleware ------------

const propagationInvalid: RuleCases['invalid'] = [
  // `.map` of user data whose callback returns the element itself still carries it
  {
    code: `
      import { IntercomClient } from 'intercom-client';
      router.post('/many', async (req, res) => {
        const tokens = req.body.accounts.map((account) => account.apiKey.trim());
        const client = new IntercomClient({ token: tokens[0] });
      });
    `,
    errors: [{ ...user('request body'), line: 5 }],
  },
  // a spread of user data after the explicit key overrides it
  {
    code: `
      import { IntercomClient } from 'intercom-client';
      router.post('/x', (req, res) => {
        const settings = { token: process.env.INTERCOM_TOKEN, ...req.body.settings };
        const client = new IntercomClient({ token: settings.token });
      });
    `,
    errors: [{ ...user('request body'), line: 5 }],
  },
  {
    code: `
      router.post('/x', async (req, res) => {
        const auth = { Authorization: 'Bearer ' + process.env.INTERCOM_TOKEN, ...req.body.headers };
        await fetch('https://api.intercom.io/me', { headers: { Accept: 'application/json', Authorization: auth.Authorization } });
      });
    `,
    errors: [{ ...user('request body'), line: 4 }],
  },
  // logical assignment onto a member
  ...['??=', '||=', '&&='].map((operator) => ({
    code: `
      router.get('/x', async (req, res) => {
        const config = { timeout: 5 };
        config.apiKey ${operator} req.headers['x-api-key'];
        await fetch('https://api.intercom.io/me', { headers: { Authorization: 'Bearer ' + config.apiKey } });
      });
    `,
    errors: [{ ...user('request header'), line: 5 }],
  })),
  // lodash: namespace get/merge, named pick, per-method module
  {
    code: `
      import _ from 'lodash';
      import { Client } from 'intercom-client';
      router.post('/x', (req, res) => {
        const options = _.merge({}, { retries: 1 }, { auth: _.get(req.body, ['account', 'auth']) });
        const client = new Client({ tokenAuth: { token: options.auth.token } });
      });
    `,
    errors: [{ ...user('request body'), line: 6 }],
  },
  {
    code: `
      import { pick } from 'lodash-es';
      import { IntercomClient } from 'intercom-client';
      router.post('/x', (req, res) => {
        const creds = pick(req.query, ['key']);
        const client = new IntercomClient({ token: creds.key });
      });
    `,
    errors: [{ ...user('query string'), line: 6 }],
  },
  {
    code: `
      import get from 'lodash/get';
      import { IntercomClient } from 'intercom-client';
      router.post('/x', (req, res) => {
        const client = new IntercomClient({ token: get(req, 'body.workspace.token', process.env.FALLBACK) });
      });
    `,
    errors: [{ ...user('request body'), line: 5 }],
  },
  {
    code: `
      import defaults from 'lodash.defaults';
      import { IntercomClient } from 'intercom-client';
      router.post('/x', (req, res) => {
        const client = new IntercomClient(defaults({ timeoutInSeconds: 5 }, req.body.options));
      });
    `,
    errors: [{ ...user('request body'), line: 5 }],
  },
  // a same-file middleware stores user input on the request; a handler reads it
  {
    code: `
      import express from 'express';
      import { IntercomClient } from 'intercom-client';
      const router = express.Router();
      router.use((req, res, next) => {
        req.ctx = { token: req.cookies.intercom_token };
        next();
      });
      router.get('/admins', async (req, res) => {
        const client = new IntercomClient({ token: req.ctx.token });
        res.json(await client.admins.list());
      });
    `,
    errors: [{ ...user('cookie'), line: 10 }],
  },
  {
    code: `
      import { IntercomClient } from 'intercom-client';
      const withToken = (req, res, next) => {
        req.intercomKey = req.query.key;
        next();
      };
      app.get('/me', withToken, async (req, res) => {
        res.json(await new IntercomClient({ token: req.intercomKey }).admins.identify());
      });
    `,
    errors: [{ ...user('query string'), line: 8 }],
  },
];

const propagationValid: RuleCases['valid'] = [
  // rows looked up by user-supplied ids are trusted (opaque database read)
  `
    import { IntercomClient } from 'intercom-client';
    router.post('/bulk', async (req, res) => {
      const accounts = await Promise.all(req.body.ids.map((id) => Account.findByPk(id)));
      const first = accounts.filter(Boolean).find((account) => account.id === req.body.mainId);
      const client = new IntercomClient({ token: first.accessToken });
      await Promise.all(accounts.map((account) => new IntercomClient({ token: account.accessToken }).admins.identify()));
      accounts.forEach((account) => new IntercomClient({ token: account.accessToken }));
    });
  `,
  `
    import { IntercomClient } from 'intercom-client';
    async function loadAccount(id) { return repo.accounts.findOne({ where: { id } }); }
    router.post('/one', async (req, res) => {
      const [account] = await Promise.all(req.body.ids.map(loadAccount));
      const client = new IntercomClient({ token: account.token });
    });
  `,
  // a later explicit key overrides the spread user data
  `
    import { IntercomClient } from 'intercom-client';
    router.post('/x', (req, res) => {
      const options = { ...req.body, token: process.env.INTERCOM_TOKEN };
      const client = new IntercomClient({ token: options.token });
    });
  `,
  // logical assignment from configuration
  `
    router.get('/x', async (req, res) => {
      const config = { timeout: req.query.timeout };
      config.apiKey ??= process.env.INTERCOM_TOKEN;
      await fetch('https://api.intercom.io/me', { headers: { Authorization: 'Bearer ' + config.apiKey } });
    });
  `,
  // lodash over trusted data, or picking other keys of the request
  `
    import _ from 'lodash';
    import { IntercomClient } from 'intercom-client';
    router.post('/x', async (req, res) => {
      const fields = _.pick(req.body, ['email', 'name']);
      const settings = _.merge({}, await db.settings.get(req.user.id), { token: _.get(process.env, 'INTERCOM_TOKEN') });
      const client = new IntercomClient({ token: settings.token });
      await client.contacts.create({ role: 'user', ...fields });
    });
  `,
  // middleware storing a trusted value; the auth library's req.user stays trusted
  `
    import express from 'express';
    import passport from 'passport';
    import { IntercomClient } from 'intercom-client';
    const app = express();
    app.use(passport.session());
    app.use(async (req, res, next) => {
      req.workspace = await Workspace.findById(req.params.workspaceId);
      req.requestId = req.get('x-request-id');
      next();
    });
    app.get('/admins', async (req, res) => {
      const a = new IntercomClient({ token: req.workspace.intercomToken });
      const b = new IntercomClient({ token: req.user.intercomAccessToken });
    });
  `,
];

// ---- Same-file app state: res.locals, Zustand, Redux Toolkit, React context -------------------

const appStateInvalid: RuleCases['invalid'] = [
  // res.locals written from a request header by same-file middleware
  {
    code: `
      import { IntercomClient } from 'intercom-client';
      app.use(function attach(req, res, next) {
        res.locals.intercomKey = req.headers['x-intercom-key'];
        next();
      });
      app.get('/admins', async (req, res) => {
        const client = new IntercomClient({ token: res.locals.intercomKey });
        res.json(await client.admins.list());
      });
    `,
    errors: [{ ...user('request header'), line: 8 }],
  },
  // Zustand: functional set, read with a selector hook
  {
    code: `
      import { create } from 'zustand';
      const useAuth = create((set) => ({
        apiKey: null,
        saveKey: (key) => set(() => ({ apiKey: key })),
      }));
      export function KeyInput() {
        const saveKey = useAuth((state) => state.saveKey);
        return <input onBlur={(e) => saveKey(e.target.value)} />;
      }
      export function Inbox() {
        const apiKey = useAuth((state) => state.apiKey);
        useEffect(() => { fetch('https://api.intercom.io/conversations', { headers: { Authorization: 'Bearer ' + apiKey } }); }, [apiKey]);
        return null;
      }
    `,
    errors: [{ ...user('form input'), line: 13 }],
  },
  // Zustand: getState() action call, get() read inside another action
  {
    code: `
      import { create } from 'zustand';
      export const store = create((set, get) => ({
        secret: '',
        update: (value) => set({ secret: value }),
        sync: () => fetch('https://api.intercom.io/contacts', { headers: { Authorization: \`Bearer \${get().secret}\` } }),
      }));
      document.getElementById('save').onclick = () => store.getState().update(document.getElementById('key').value);
    `,
    errors: [{ ...user('form input'), line: 6 }],
  },
  // Redux Toolkit: destructured action creator, read with useSelector
  {
    code: `
      import { createSlice } from '@reduxjs/toolkit';
      const authSlice = createSlice({
        name: 'auth',
        initialState: { pat: '' },
        reducers: { patChanged: (state, action) => { state.pat = action.payload; } },
      });
      export const { patChanged } = authSlice.actions;
      export function Settings() {
        const dispatch = useDispatch();
        const pat = useSelector((root) => root.auth.pat);
        const test = () => fetch('https://api.intercom.io/me', { headers: { Authorization: 'Bearer ' + pat } });
        return <input onChange={(e) => dispatch(patChanged(e.target.value))} onBlur={test} />;
      }
    `,
    errors: [{ ...user('form input'), line: 12 }],
  },
  // Redux Toolkit: thunk reading getState() of a slice mounted under another key
  {
    code: `
      import { configureStore, createAsyncThunk, createSlice } from '@reduxjs/toolkit';
      import { IntercomClient } from 'intercom-client';
      const creds = createSlice({ name: 'credentials', initialState: { token: '' }, reducers: { set(state, action) { state.token = action.payload.token; } } });
      export const store = configureStore({ reducer: { creds: creds.reducer } });
      export const load = createAsyncThunk('load', async (_, thunkApi) => {
        const { creds: c } = thunkApi.getState();
        const client = new IntercomClient({ token: c.token });
        return client.tags.list();
      });
      const params = new URLSearchParams(location.search);
      store.dispatch(creds.actions.set({ token: params.get('t') }));
    `,
    errors: [{ ...user('URL'), line: 8 }],
  },
  // React context whose setter is called by a consumer with an input's value
  {
    code: `
      const KeyContext = createContext(null);
      function KeyProvider({ children }) {
        const [key, setKey] = useState('');
        return <KeyContext.Provider value={{ key, setKey }}>{children}</KeyContext.Provider>;
      }
      function KeyBox() {
        const { setKey } = useContext(KeyContext);
        return <input onChange={(event) => setKey(event.target.value)} />;
      }
      function Admins() {
        const { key } = useContext(KeyContext);
        return <button onClick={() => fetch('https://api.intercom.io/admins', { headers: { Authorization: 'Bearer ' + key } })} />;
      }
    `,
    errors: [{ ...user('form input'), line: 13 }],
  },
];

const appStateValid: RuleCases['valid'] = [
  // res.locals filled from the environment, and res.locals the file never writes (§5: trusted)
  `
    import { IntercomClient } from 'intercom-client';
    app.use((req, res, next) => {
      res.locals.intercomKey = process.env.INTERCOM_TOKEN;
      res.locals.requestId = req.headers['x-request-id'];
      next();
    });
    app.get('/admins', async (req, res) => {
      const a = new IntercomClient({ token: res.locals.intercomKey });
      const b = new IntercomClient({ token: res.locals.workspaceToken });
    });
  `,
  // Zustand store holding an OAuth token from the exchange; another key set from an input
  `
    import { create } from 'zustand';
    const useAuth = create((set, get) => ({
      token: '',
      search: '',
      setSearch: (q) => set({ search: q }),
      login: async (code) => {
        const r = await fetch('https://api.intercom.io/auth/eagle/token', { method: 'POST', body: JSON.stringify({ code }) });
        set({ token: (await r.json()).access_token });
      },
      load: () => fetch('https://api.intercom.io/contacts', { headers: { Authorization: 'Bearer ' + get().token } }),
    }));
    export function Search() {
      const setSearch = useAuth((s) => s.setSearch);
      return <input onChange={(e) => setSearch(e.target.value)} />;
    }
  `,
  // Redux slice filled from the environment; another slice key from an input
  `
    import { createSlice } from '@reduxjs/toolkit';
    const authSlice = createSlice({
      name: 'auth',
      initialState: { pat: '', filter: '' },
      reducers: {
        patLoaded: (state, action) => { state.pat = action.payload; },
        filterChanged: (state, action) => { state.filter = action.payload; },
      },
    });
    export const { patLoaded, filterChanged } = authSlice.actions;
    store.dispatch(patLoaded(process.env.INTERCOM_TOKEN));
    export function Settings() {
      const pat = useSelector((root) => root.auth.pat);
      const test = () => fetch('https://api.intercom.io/me', { headers: { Authorization: 'Bearer ' + pat } });
      return <input onChange={(e) => dispatch(filterChanged(e.target.value))} onBlur={test} />;
    }
  `,
  // React context providing an env token
  `
    const KeyContext = createContext(null);
    function KeyProvider({ children }) {
      return <KeyContext.Provider value={{ key: process.env.NEXT_PUBLIC_INTERCOM_TOKEN }}>{children}</KeyContext.Provider>;
    }
    function Admins() {
      const { key } = useContext(KeyContext);
      return <button onClick={() => fetch('https://api.intercom.io/admins', { headers: { Authorization: 'Bearer ' + key } })} />;
    }
  `,
];

// ---- §6 verdict table (every row) and the runner ----------------------------------------------

runRuleTests('no-user-supplied-token', rule, {
  valid: [
    ...propagationValid,
    ...appStateValid,
    ...serverValid,
    ...browserValid,
    ...cliValid,
    ...optionValid,
    ...locationValid,
    ...routeModuleValid,
    ...methodCallValid,
    ...stackValid,
    ...handlerValid,
    ...fastifyValid,
    // ---- §6 verdict table: rows that must not be reported --------------------------------
    // #3 App Router route reading the token from the environment
    `
      export async function POST(r) {
        const body = await r.json();
        return fetch('https://api.intercom.io/admins', {
          method: 'POST',
          body: JSON.stringify(body),
          headers: { Authorization: \`Bearer \${process.env.INTERCOM_ACCESS_TOKEN}\` },
        });
      }
    `,
    // #4 OAuth callback: the code comes from the request, the token from the exchange
    `
      import { IntercomClient } from 'intercom-client';
      app.get('/oauth/callback', async (req, res) => {
        const r = await fetch('https://api.intercom.io/auth/eagle/token', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ code: req.query.code, client_id: ID, client_secret: SECRET }),
        });
        const client = new IntercomClient({ token: (await r.json()).access_token });
        res.json(await client.admins.identify());
      });
    `,
    // #5 token read from the database, keyed by request data
    `
      import { IntercomClient } from 'intercom-client';
      router.get('/workspaces/:id/contacts', async (req, res) => {
        const workspace = await prisma.workspace.findUnique({ where: { id: req.params.id } });
        const intercom = new IntercomClient({ token: workspace.intercomToken });
        res.json(await intercom.contacts.list());
      });
    `,
    // #7 the browser posts the pasted token to its own backend: not an Intercom URL
    {
      code: `
        export function Connect() {
          const [tok, setTok] = useState('');
          const save = () => fetch('/api/connect', { method: 'POST', headers: { Authorization: 'Bearer ' + tok } });
          return <form onSubmit={save}><input value={tok} onChange={(e) => setTok(e.target.value)} /><span>Intercom</span></form>;
        }
      `,
    },
    // #10 localStorage with no same-file write (reported only under strict)
    `
      const token = localStorage.getItem('ic');
      fetch('https://api.intercom.io/me', { headers: { Authorization: \`Bearer \${token}\` } });
    `,
    // #12 with cliSources off
    {
      code: `
        const { IntercomClient } = require('intercom-client');
        const [, , token] = process.argv;
        new IntercomClient({ token });
      `,
      options: [{ cliSources: 'off' }],
    },
    // #14 Cloudflare Workers env binding
    `
      import { IntercomClient } from 'intercom-client';
      export default {
        async fetch(request, env) {
          const client = new IntercomClient({ token: env.INTERCOM_TOKEN });
          return Response.json(await client.admins.list());
        },
      };
    `,
    // #17 a condition alone does not taint
    `
      import { IntercomClient } from 'intercom-client';
      app.post('/sync', (req, res) => {
        const token = req.body.sandbox ? process.env.INTERCOM_SANDBOX_TOKEN : process.env.INTERCOM_TOKEN;
        new IntercomClient({ token });
      });
    `,
    // #18 values the server put on the request
    `
      import { IntercomClient } from 'intercom-client';
      app.get('/me', requireLogin, (req, res) => {
        const a = new IntercomClient({ token: req.user.intercomToken });
        const b = new IntercomClient({ token: req.session.intercomToken });
        const c = new IntercomClient({ token: res.locals.intercomToken });
      });
    `,
    // #20 exported factory with no caller (strict only)
    `
      import { IntercomClient } from 'intercom-client';
      export function makeClient(token) { return new IntercomClient({ token }); }
    `,
    // #21 a local class that happens to share the SDK's name
    `
      class IntercomClient { constructor(opts) { this.opts = opts; } }
      app.post('/x', (req, res) => { new IntercomClient({ token: req.body.t }); });
    `,
    // #23 the Messenger is not a token sink
    `
      import Intercom from '@intercom/messenger-js-sdk';
      export function boot(req) { Intercom({ app_id: req.query.app, user_hash: req.query.hash }); }
    `,
  ],
  invalid: [
    ...appStateInvalid,
    ...propagationInvalid,
    ...serverInvalid,
    ...browserInvalid,
    ...cliInvalid,
    ...optionInvalid,
    ...locationInvalid,
    ...routeModuleInvalid,
    ...methodCallInvalid,
    ...stackInvalid,
    ...handlerInvalid,
    ...fastifyInvalid,
    // ---- §6 verdict table: rows that must be reported ---------------------------------------
    // #1
    {
      code: `
        import { IntercomClient } from 'intercom-client';
        app.post('/connect', (req, res) => {
          const client = new IntercomClient({ token: req.body.token });
        });
      `,
      errors: [{ ...user('request body'), line: 4, column: 54, endColumn: 68 }],
    },
    // #2
    {
      code: `
        export async function POST(r) {
          const { access_token } = await r.json();
          return fetch('https://api.intercom.io/admins', { headers: { Authorization: \`Bearer \${access_token}\` } });
        }
      `,
      errors: [{ ...user('request body'), line: 4 }],
    },
    // #6
    {
      code: `
        export function Settings() {
          const [tok, setTok] = useState('');
          const check = async () => {
            const res = await fetch('https://api.intercom.io/me', { headers: { Authorization: 'Bearer ' + tok } });
          };
          return <input value={tok} onChange={(e) => setTok(e.target.value)} onBlur={check} />;
        }
      `,
      errors: [{ ...user('form input'), line: 5 }],
    },
    // #8
    {
      code: `
        const input = document.querySelector('#intercom-token');
        const xhr = new XMLHttpRequest();
        xhr.open('GET', 'https://api.intercom.io/me');
        xhr.setRequestHeader('Authorization', 'Bearer ' + input.value);
        xhr.send();
      `,
      errors: [{ ...user('form input'), line: 5 }],
    },
    // #9
    {
      code: `
        document.getElementById('save').addEventListener('click', () => {
          localStorage.setItem('ic', document.getElementById('token').value);
        });
        async function me() {
          const t = localStorage.getItem('ic');
          return fetch('https://api.intercom.io/me', { headers: { Authorization: \`Bearer \${t}\` } });
        }
      `,
      errors: [user('form input')],
    },
    // #10 under strict
    {
      code: `
        const token = localStorage.getItem('ic');
        fetch('https://api.intercom.io/me', { headers: { Authorization: \`Bearer \${token}\` } });
      `,
      options: strict,
      errors: [unknown('localStorage value')],
    },
    // #11
    {
      code: `
        import { IntercomClient } from 'intercom-client';
        const client = new IntercomClient({ token: prompt('Intercom token?') });
      `,
      errors: [user('prompt')],
    },
    // #12
    {
      code: `
        const { IntercomClient } = require('intercom-client');
        const [, , token] = process.argv;
        new IntercomClient({ token });
      `,
      errors: [{ ...cli('command-line argument'), line: 4 }],
    },
    // #13
    {
      code: `
        exports.handler = async (event) => {
          const { token } = JSON.parse(event.body);
          const res = await fetch('https://api.intercom.io/contacts', { headers: { Authorization: 'Bearer ' + token } });
          return { statusCode: 200, body: await res.text() };
        };
      `,
      errors: [user('request body')],
    },
    // #15 proxy forwarding the caller's Authorization header
    {
      code: `
        app.all('/intercom/*', async (req, res) => {
          const path = req.params[0];
          const upstream = await fetch('https://api.intercom.io' + '/' + path, {
            method: req.method,
            headers: { Authorization: req.headers.authorization, Accept: 'application/json' },
          });
          res.status(upstream.status).send(await upstream.text());
        });
      `,
      errors: [user('request header')],
    },
    // #16
    {
      code: `
        import { IntercomClient } from 'intercom-client';
        app.post('/sync', (req, res) => {
          new IntercomClient({ token: req.body.token ?? process.env.INTERCOM_TOKEN });
        });
      `,
      errors: [user('request body')],
    },
    // #19 same-file header helper
    {
      code: `
        const INTERCOM = 'https://api.intercom.io';
        const h = (t) => ({ Authorization: \`Bearer \${t}\`, 'Intercom-Version': '2.11' });
        app.get('/contacts', async (req, res) => {
          const r = await fetch(\`\${INTERCOM}/contacts\`, { headers: h(req.query.t) });
          res.json(await r.json());
        });
      `,
      errors: [{ ...user('query string'), line: 5 }],
    },
    // #20 under strict
    {
      code: `
        import { IntercomClient } from 'intercom-client';
        export function makeClient(token) { return new IntercomClient({ token }); }
      `,
      options: strict,
      errors: [unknown('parameter of an exported function')],
    },
    // #22 validation is not sanitising
    {
      code: `
        import { IntercomClient } from 'intercom-client';
        app.post('/connect', (req, res) => {
          const t = req.body.t;
          if (!/^dG9rO[jm][A-Za-z0-9+/]+=*$/.test(t)) return res.status(400).end();
          new IntercomClient({ token: t });
        });
      `,
      errors: [{ ...user('request body'), line: 6 }],
    },
    // #24 readme.io api SDK
    {
      code: `
        const sdk = require('api')('@intercom-api-reference/v2.9#3lb5ntlkv1swy7');
        app.get('/me', async (req, res) => {
          sdk.auth(req.query.key);
          res.json(await sdk.identifyAdmin());
        });
      `,
      errors: [{ ...user('query string'), line: 4 }],
    },
    // #25 axios Basic auth
    {
      code: `
        import axios from 'axios';
        const INTERCOM_ME = 'https://api.intercom.io/me';
        router.post('/verify', async (req, res) => {
          const { data } = await axios.get(INTERCOM_ME, { auth: { username: req.body.token, password: '' } });
          res.json(data);
        });
      `,
      errors: [{ ...user('request body'), line: 5 }],
    },
    // #26 v6+ token supplier
    {
      code: `
        import { IntercomClient } from 'intercom-client';
        app.post('/x', (req, res) => {
          const client = new IntercomClient({ token: () => req.body.token });
        });
      `,
      errors: [user('request body')],
    },
    // #27 v2 legacy positional form
    {
      code: `
        const Intercom = require('intercom-client');
        app.post('/x', function (req, res) {
          const client = new Intercom.Client('app_id', req.body.apiKey);
        });
      `,
      errors: [{ ...user('request body'), line: 4 }],
    },
  ],
});
