#!/usr/bin/env node
'use strict';
// Deploys the digits web app on a running platform: the digits model behind an endpoint, the function
// that reads strokes, a public API with POST /predict and the page as its static site. Prints the page's
// URL. Safe to run again: what exists is updated.
//
//   npm run example:web-app        (GATEWAY_URL and MODELSERVE_API_KEY, or DATA_DIR/admin-key, say where)
const { readFileSync, mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { zipSync } = require('fflate');
const tar = require('tar');

const HERE = __dirname;
const MODEL_FILE = join(HERE, '..', 'digits-cnn', 'model.onnx');

async function deployWebApp({ gatewayUrl, apiKey, log = console.log }) {
  const call = async (method, path, body, contentType = 'application/json') => {
    const response = await fetch(gatewayUrl + path, {
      method,
      headers: { authorization: `Bearer ${apiKey}`, ...(body !== undefined ? { 'content-type': contentType } : {}) },
      body: body === undefined ? undefined : contentType === 'application/json' ? JSON.stringify(body) : body,
    });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : undefined, text };
  };
  const must = async (what, result, ...okStatuses) => {
    const answer = await result;
    if (answer.status >= 300 && !okStatuses.includes(answer.status)) throw new Error(`${what}: ${answer.status} ${answer.text}`);
    return answer;
  };

  log('model and endpoint "digits"');
  await must('create model', call('POST', '/v1/models', { name: 'digits', description: 'CNN on scikit-learn digits' }), 409);
  const versions = await must('list versions', call('GET', '/v1/models/digits/versions'));
  if (!versions.json.versions.length) {
    await must('upload model', call('POST', '/v1/models/digits/versions', readFileSync(MODEL_FILE), 'application/octet-stream'));
  }
  await must('create config', call('POST', '/v1/endpoint-configs', { name: 'digits-v1', variants: [{ name: 'primary', model: 'digits', version: 1 }] }), 409);
  await must('create endpoint', call('POST', '/v1/endpoints', { name: 'digits', config: 'digits-v1' }), 409);
  for (let waited = 0; (await call('GET', '/v1/endpoints/digits')).json.status !== 'InService'; waited++) {
    if (waited > 120) throw new Error('endpoint digits did not reach InService');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }

  log('function "digits-strokes"');
  const archive = Buffer.from(zipSync({ 'index.js': readFileSync(join(HERE, 'function', 'index.js')) })).toString('base64');
  const settings = { handler: 'index.handler', timeoutSeconds: 10, memoryMB: 256, allowedEndpoints: ['digits'], environment: { DIGITS_ENDPOINT: 'digits' } };
  const created = await must('create function', call('POST', '/v1/functions', { name: 'digits-strokes', code: { archive }, ...settings }), 409);
  if (created.status === 409) await must('update function', call('PUT', '/v1/functions/digits-strokes', { code: { archive }, ...settings }));

  log('public API "digits" and its site');
  const api = { routes: [{ method: 'POST', path: '/predict', target: { function: 'digits-strokes' } }], auth: 'none', stages: ['prod'], maxBodyBytes: 256 * 1024 };
  const apiCreated = await must('create API', call('POST', '/v1/apis', { name: 'digits', ...api }), 409);
  if (apiCreated.status === 409) await must('update API', call('PUT', '/v1/apis/digits', api));
  const scratch = mkdtempSync(join(tmpdir(), 'web-app-'));
  try {
    const file = join(scratch, 'site.tar.gz');
    tar.c({ gzip: true, file, cwd: join(HERE, 'site'), sync: true, portable: true }, ['index.html', 'app.js', 'style.css']);
    await must('upload site', call('PUT', '/v1/apis/digits/site', readFileSync(file), 'application/gzip'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const url = `${gatewayUrl}/apis/digits/prod/`;
  log(`the web app is at ${url}`);
  return url;
}

module.exports = { deployWebApp };

if (require.main === module) {
  const gatewayUrl = process.env.GATEWAY_URL || `http://localhost:${process.env.GATEWAY_PORT || 8080}`;
  const apiKey = process.env.MODELSERVE_API_KEY || readFileSync(join(process.env.DATA_DIR || '.data', 'admin-key'), 'utf8').trim();
  deployWebApp({ gatewayUrl, apiKey }).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
