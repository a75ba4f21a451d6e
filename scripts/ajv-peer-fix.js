/**
 * Workaround for the current lockfile (installed with legacy-peer-deps): ajv-keywords@5 and ajv-draft-04 need
 * ajv 8 as a peer, but the hoisted ajv is eslint's ajv 6, so webpack-dev-server's option check and
 * office-addin-manifest stop with "Cannot find module 'ajv/dist/core'". Only while the hoisted ajv is older
 * than 8, their `ajv` requests go to a nested ajv 8. With ajv 8 hoisted this file does nothing.
 * Load it with `require` before webpack-dev-server, or `node -r ./scripts/ajv-peer-fix.js …`.
 */
const fs = require('fs');
const Module = require('module');
const path = require('path');

const NODE_MODULES = path.resolve(__dirname, '..', 'node_modules');
const NEEDS_AJV_8 = /[\\/]node_modules[\\/](ajv-keywords|ajv-draft-04)[\\/]/;

function ajvMajor(dir) {
  try {
    return Number(JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version.split('.')[0]);
  } catch {
    return undefined;
  }
}

const hoisted = ajvMajor(path.join(NODE_MODULES, 'ajv'));
const ajv8 = [
  'schema-utils/node_modules/ajv',
  '@microsoft/app-manifest/node_modules/ajv',
  'ajv-formats/node_modules/ajv',
]
  .map((dir) => path.join(NODE_MODULES, dir))
  .find((dir) => ajvMajor(dir) >= 8);

if (hoisted !== undefined && hoisted < 8 && ajv8 && !Module._omstillingAjvPeerFix) {
  Module._omstillingAjvPeerFix = true;
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, parent, ...rest) {
    const isAjv = request === 'ajv' || request.startsWith('ajv/');
    if (isAjv && parent && NEEDS_AJV_8.test(parent.filename || '')) {
      return resolve.call(this, ajv8 + request.slice('ajv'.length), parent, ...rest);
    }
    return resolve.call(this, request, parent, ...rest);
  };
}
