// internal/web/webcrypto.js - the `crypto` and `Crypto` globals: Web Crypto's random half, from
// require('crypto').
'use strict';

const cryptoModule = require('crypto');

module.exports = {
  crypto: cryptoModule.webcrypto,
  Crypto: cryptoModule.Crypto,
};
