import { contractCase, requestExample } from '../harness.js';

export const jwtDirectLinkCases = [
  contractCase({
    operationId: 'updateSignatureVerificationKey',
    call: (client, { headers, requestExample: name }) =>
      client.PUT('/api/account/signature_verification_key', {
        body: requestExample('updateSignatureVerificationKey', name),
        headers,
      }),
    callRaw: (client) =>
      client.PUT('/api/account/signature_verification_key', { body: requestExample('updateSignatureVerificationKey') }),
    invalid: [
      {
        name: 'a private key instead of the public key',
        violates: 'body.key',
        send: (client) =>
          client.PUT('/api/account/signature_verification_key', {
            body: { key: '-----BEGIN PRIVATE KEY-----\nKEY VALUE GOES HERE\n-----END PRIVATE KEY-----' },
          }),
      },
      {
        name: 'a bare base64 key without its PEM frame',
        violates: 'body.key',
        send: (client) =>
          client.PUT('/api/account/signature_verification_key', {
            body: { key: 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' },
          }),
      },
      {
        name: 'a body without the required key',
        violates: 'body',
        send: (client) =>
          // @ts-expect-error key is required
          client.PUT('/api/account/signature_verification_key', { body: {} }),
      },
      {
        name: 'the key under another property name',
        violates: 'body',
        send: (client) =>
          client.PUT('/api/account/signature_verification_key', {
            // Not a compile error: openapi-fetch infers the body's type, which skips excess-property checks.
            body: { key: '-----BEGIN PUBLIC KEY-----\nKEY VALUE GOES HERE\n-----END PUBLIC KEY-----', public_key: 'x' },
          }),
      },
    ],
  }),
];
