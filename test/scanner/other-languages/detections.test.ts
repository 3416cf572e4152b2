// What a detection looks like: offsets of the credential argument, its key, the message and the
// CLI downgrade; and what must never produce one (comments, strings, look-alikes).
import { describe, expect, it } from 'vitest';
import { findUserSuppliedTokensInOtherLanguage as find } from '../../../src/scanner/detect/other-languages/find-user-supplied-tokens-in-other-language.js';
import type { OtherLanguage } from '../../../src/scanner/detect/other-languages/token-list.js';
import { getRuleMessage } from '../../../src/scanner/get-rule-message.js';
import { generateToken } from '../../support/generate-token.js';

const slices = (text: string, language: OtherLanguage) => find(text, language).map((d) => text.slice(d.start, d.end));

describe('detections', () => {
  it('cover the SDK argument and carry the rule message with a short source', () => {
    const text = [
      'from intercom import Intercom',
      '',
      'def connect(request):',
      '    client = Intercom(token=request.POST["token"])',
      '    return client',
      '',
    ].join('\n');
    const [d, ...rest] = find(text, 'python');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'no-user-supplied-token', messageId: 'userSuppliedToken', key: 'request.POST["token"]' });
    expect(text.slice(d!.start, d!.end)).toBe('request.POST["token"]');
    expect(d!.message).toBe(getRuleMessage('no-user-supplied-token', 'userSuppliedToken', { source: 'request.POST["token"]' }));
    expect(d!.downgraded).toBeUndefined();
  });

  it('cover the whole header value and collapse whitespace in the key', () => {
    const text = [
      '<?php',
      'function me() {',
      "    $ch = curl_init('https://api.intercom.io/me');",
      '    curl_setopt($ch, CURLOPT_HTTPHEADER, [',
      "        'Authorization: Bearer '",
      "            . $_GET['token'],",
      '    ]);',
      '}',
    ].join('\n');
    const [d] = find(text, 'php');
    expect(text.slice(d!.start, d!.end)).toBe("'Authorization: Bearer '\n            . $_GET['token']");
    expect(d!.key).toBe("'Authorization: Bearer ' . $_GET['token']");
    expect(d!.message).toContain("$_GET['token']");
  });

  it('report one detection per sink argument', () => {
    const text = [
      'package main',
      'import (',
      '\t"net/http"',
      '\tintercom "gopkg.in/intercom/intercom-go.v2"',
      ')',
      'func h(w http.ResponseWriter, r *http.Request) {',
      '\tintercom.NewClient(r.FormValue("app_id"), r.FormValue("api_key"))',
      '}',
    ].join('\n');
    expect(slices(text, 'go')).toEqual(['r.FormValue("app_id")', 'r.FormValue("api_key")']);
  });

  it('keep the inner argument when one sink holds another', () => {
    const text = [
      'using System.Net.Http.Headers;',
      'public class C : ControllerBase {',
      '  const string Api = "https://api.intercom.io";',
      '  public void Post() {',
      '    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Request.Form["t"]);',
      '    http.GetAsync(Api + "/me");',
      '  }',
      '}',
    ].join('\n');
    expect(slices(text, 'csharp')).toEqual(['Request.Form["t"]']);
  });

  it('downgrade command-line input to a warning', () => {
    const text = ['require "intercom"', 'client = Intercom::Client.new(token: ARGV.first)', ''].join('\n');
    const [d] = find(text, 'ruby');
    expect(d).toMatchObject({ messageId: 'cliSuppliedToken', downgraded: true, key: 'ARGV.first' });
    expect(d!.message).toBe(getRuleMessage('no-user-supplied-token', 'cliSuppliedToken', { source: 'ARGV.first' }));
  });

  it('prefer user input over command-line input when both reach a sink', () => {
    const text = [
      'import io.intercom.api.Intercom;',
      'class C {',
      '  void run(HttpServletRequest request) {',
      '    String t = System.console().readLine() + request.getParameter("t");',
      '    Intercom.setToken(t);',
      '  }',
      '}',
    ].join('\n');
    expect(find(text, 'java')).toMatchObject([{ messageId: 'userSuppliedToken', key: 't' }]);
  });

  it('never put a token in a message, even one written in the source expression', () => {
    const token = generateToken();
    const text = [
      'import requests',
      'from flask import request',
      'def me():',
      `    t = request.headers.get("X-Token", "${token}")`,
      '    return requests.get("https://api.intercom.io/me", headers={"Authorization": "Bearer " + t})',
      '',
    ].join('\n');
    const [d] = find(text, 'python');
    expect(d).toBeDefined();
    expect(d!.message).not.toContain(token);
    expect(d!.message).not.toContain(token.slice(0, 20));
    expect(d!.message.length).toBeLessThan(400);
  });

  it('return nothing without the word intercom', () => {
    const text = ['from flask import request', 'def f():', '    Client(personal_access_token=request.form["t"])', ''].join('\n');
    expect(find(text, 'python')).toEqual([]);
  });
});

describe('comments and strings', () => {
  const cases: [OtherLanguage, string][] = [
    ['python', 'from intercom import Intercom\ndef f(request):\n    # Intercom(token=request.POST["t"])\n    s = "Intercom(token=request.POST[\'t\'])"\n    return s\n'],
    ['ruby', 'def f\n  # Intercom::Client.new(token: params[:t])\n  s = "Intercom::Client.new(token: params[:t])"\n=begin\nIntercom::Client.new(token: params[:t])\n=end\nend\n'],
    ['php', "<?php\nuse Intercom\\IntercomClient;\nfunction f() {\n  // new IntercomClient($_POST['t']);\n  # new IntercomClient($_POST['t']);\n  /* new IntercomClient($_POST['t']); */\n  $s = 'new IntercomClient($_POST[\"t\"])';\n}\n?>\n<p>new IntercomClient($_POST['t'])</p>\n"],
    ['go', 'package p\nimport intercom "gopkg.in/intercom/intercom-go.v2"\nfunc f(r *http.Request) {\n\t// intercom.NewClient(r.FormValue("t"), "")\n\ts := `intercom.NewClient(r.FormValue("t"), "")`\n\t_ = s\n}\n'],
    ['java', 'import io.intercom.api.Intercom;\nclass C {\n  void f(HttpServletRequest request) {\n    // Intercom.setToken(request.getParameter("t"));\n    /* Intercom.setToken(request.getParameter("t")); */\n    String s = "Intercom.setToken(request.getParameter(\\"t\\"))";\n  }\n}\n'],
    ['csharp', 'using Intercom.Core;\nclass C : ControllerBase {\n  void F() {\n    // new Authentication(Request.Form["t"]);\n    var s = @"new Authentication(Request.Form[""t""])";\n    var r = $"{s} new Authentication(Request.Form[\\"t\\"])";\n  }\n}\n'],
  ];
  for (const [language, text] of cases) {
    it(`never create sources or sinks in ${language}`, () => {
      expect(find(text, language)).toEqual([]);
    });
  }

  it('skip heredoc bodies but read the code around them', () => {
    const ruby = [
      'class C < ApplicationController',
      '  def show',
      '    note = <<~TEXT',
      '      Intercom::Client.new(token: params[:token])',
      '    TEXT',
      '    Intercom::Client.new(token: params[:api_key])',
      '  end',
      'end',
    ].join('\n');
    expect(slices(ruby, 'ruby')).toEqual(['params[:api_key]']);
    const php = [
      '<?php',
      'use Intercom\\IntercomClient;',
      'function f() {',
      '    $doc = <<<EOT',
      "    new IntercomClient($_POST['token']);",
      '    EOT;',
      "    return new IntercomClient($_POST['api_key']);",
      '}',
    ].join('\n');
    expect(slices(php, 'php')).toEqual(["$_POST['api_key']"]);
  });

  it('read code inside interpolated strings', () => {
    const text = [
      'using Intercom.Core;',
      'class C : ControllerBase {',
      '  const string Me = "https://api.intercom.io/me";',
      '  void F(HttpClient http) {',
      '    http.DefaultRequestHeaders.Add("Authorization", $"Bearer {Request.Headers["X-Token"]}");',
      '    http.GetAsync(Me);',
      '  }',
      '}',
    ].join('\n');
    expect(slices(text, 'csharp')).toEqual(['$"Bearer {Request.Headers["X-Token"]}"']);
  });
});

describe('scope', () => {
  it('does not follow a value from one function into another', () => {
    const text = [
      '<?php',
      'use Intercom\\IntercomClient;',
      'function read() { $token = $_POST["token"]; return $token; }',
      'function connect($token) { return new IntercomClient($token); }',
    ].join('\n');
    expect(find(text, 'php')).toEqual([]);
  });

  it('follows closures into the function that defines them', () => {
    const text = [
      'package p',
      'import intercom "gopkg.in/intercom/intercom-go.v2"',
      'func h(w http.ResponseWriter, r *http.Request) {',
      '\ttoken := r.Header.Get("X-Token")',
      '\tgo func() {',
      '\t\tintercom.NewClient(token, "")',
      '\t}()',
      '}',
    ].join('\n');
    expect(slices(text, 'go')).toEqual(['token']);
  });

  it('requires an Intercom host in the same function for raw HTTP', () => {
    const text = [
      'import requests',
      'from flask import request',
      'INTERCOM = "https://api.intercom.io"',
      'def intercom_me():',
      '    return requests.get(INTERCOM + "/me", headers={"Authorization": request.headers["Authorization"]})',
      'def github_me():',
      '    return requests.get("https://api.github.com/user", headers={"Authorization": request.headers["Authorization"]})',
      '',
    ].join('\n');
    expect(find(text, 'python').map((d) => text.slice(0, d.start).split('\n').length)).toEqual([5]);
  });

  it('treats a request carrying Intercom-Version as an Intercom request', () => {
    const text = [
      'class C {',
      '  void f(HttpServletRequest req, HttpURLConnection conn) {',
      '    conn.setRequestProperty("Intercom-Version", "2.11");',
      '    conn.setRequestProperty("Authorization", req.getHeader("Authorization"));',
      '  }',
      '}',
    ].join('\n');
    expect(slices(text, 'java')).toEqual(['req.getHeader("Authorization")']);
  });

  it('tells Ruby statement modifiers from block openers', () => {
    const text = [
      'class C < ApplicationController',
      '  def create',
      '    token = params[:token]',
      '    return head(:bad_request) unless token',
      '    yield token if block_given?',
      '    Rails.logger.info("connecting") if token.present?',
      '    x = if token then 1 else 2 end',
      '  end',
      '',
      '  def sync',
      '    Intercom::Client.new(token: token)',
      '  end',
      '',
      '  def connect',
      '    token = params[:token]',
      '    Intercom::Client.new(token: token)',
      '  end',
      'end',
    ].join('\n');
    expect(find(text, 'ruby').map((d) => text.slice(0, d.start).split('\n').length)).toEqual([16]);
  });

  it('degrades gracefully when Ruby `end`s do not balance', () => {
    const text = [
      'class C < ApplicationController',
      '  def broken',
      '    if params[:x]',
      '      token = params[:token]',
      '  end',
      '',
      '  def sync',
      '    Intercom::Client.new(token: token)',
      '  end',
      'end',
    ].join('\n');
    expect(find(text, 'ruby')).toEqual([]);
  });
});
