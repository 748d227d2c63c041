import { contractCase, requestExample } from '../harness.js';

const customer = '98178';
const manifest = 12;
const packageId = 198;

/**
 * The smallest valid zip archive: an empty one, made of its end-of-central-directory record alone
 * (the signature PK\x05\x06 followed by 18 zero bytes). importPackage uploads it as the package.
 */
const emptyZip = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);

/**
 * What the unchecked client needs to send the zip as the project's client does: the bytes unchanged
 * and the media type of the description (openapi-fetch alone would send JSON).
 */
const rawZip = {
  body: emptyZip,
  bodySerializer: (body: unknown) => body as BodyInit,
  headers: { 'Content-Type': 'application/octet-stream' },
};

export const recipeLifecycleCases = [
  contractCase({
    operationId: 'createLegacyExportManifest',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/export_manifests', { body: requestExample('createLegacyExportManifest', name), headers }),
    callRaw: (client) => client.POST('/api/export_manifests', { body: requestExample('createLegacyExportManifest') }),
    invalid: [
      {
        name: 'a manifest without a name',
        violates: 'body.export_manifest',
        send: (client) =>
          client.POST('/api/export_manifests', {
            // @ts-expect-error name is required
            body: { export_manifest: { folder_id: 4515, auto_generate_assets: true } },
          }),
      },
      {
        name: 'the manifest sent without its export_manifest wrapper',
        violates: 'body',
        send: (client) =>
          client.POST('/api/export_manifests', {
            // @ts-expect-error the body is wrapped in export_manifest
            body: { name: 'Salesforce sync', folder_id: 4515 },
          }),
      },
      {
        name: 'an asset whose id is a string',
        violates: 'body.export_manifest.assets.0.id',
        send: (client) =>
          client.POST('/api/export_manifests', {
            // @ts-expect-error asset IDs are integers
            body: { export_manifest: { name: 'Salesforce sync', assets: [{ id: '1913515', type: 'recipe' }] } },
          }),
      },
      {
        name: 'an asset with a misspelt property',
        violates: 'body.export_manifest.assets.0',
        send: (client) =>
          client.POST('/api/export_manifests', {
            // Not a compile error: openapi-fetch infers the body's type, which skips excess-property checks.
            body: { export_manifest: { name: 'Salesforce sync', assets: [{ id: 1913515, type: 'recipe', zipName: 'a.json' }] } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'updateLegacyExportManifest',
    call: (client, { headers, requestExample: name }) =>
      client.PUT('/api/export_manifests/{id}', {
        params: { path: { id: manifest } },
        body: requestExample('updateLegacyExportManifest', name),
        headers,
      }),
    callRaw: (client) =>
      client.PUT('/api/export_manifests/{id}', {
        params: { path: { id: manifest } },
        body: requestExample('updateLegacyExportManifest'),
      }),
    invalid: [
      {
        name: 'include_tags as a string',
        violates: 'body.export_manifest.include_tags',
        send: (client) =>
          client.PUT('/api/export_manifests/{id}', {
            params: { path: { id: manifest } },
            // @ts-expect-error include_tags is a boolean
            body: { export_manifest: { name: 'Salesforce sync', include_tags: 'yes' } },
          }),
      },
      {
        name: 'a manifest id that is not a number',
        violates: 'path.id',
        send: (client) =>
          client.PUT('/api/export_manifests/{id}', {
            // @ts-expect-error id is an integer
            params: { path: { id: 'salesforce-sync' } },
            body: { export_manifest: { name: 'Salesforce sync' } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'getLegacyExportManifest',
    call: (client, { headers }) => client.GET('/api/export_manifests/{id}', { params: { path: { id: manifest } }, headers }),
    callRaw: (client) => client.GET('/api/export_manifests/{id}', { params: { path: { id: manifest } } }),
    invalid: [
      {
        name: 'manifest id 0',
        violates: 'path.id',
        send: (client) => client.GET('/api/export_manifests/{id}', { params: { path: { id: 0 } } }),
      },
    ],
  }),

  contractCase({
    operationId: 'importPackage',
    call: (client, { headers }) =>
      client.POST('/api/managed_users/{managed_user_id}/imports', {
        params: { path: { managed_user_id: customer }, query: { folder_id: 1827, restart_recipes: true } },
        body: emptyZip,
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/imports', {
        params: { path: { managed_user_id: customer }, query: { folder_id: 1827 } },
        ...rawZip,
      }),
    invalid: [
      {
        name: 'no folder_id',
        violates: 'query',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/imports', {
            // @ts-expect-error folder_id is required
            params: { path: { managed_user_id: customer }, query: {} },
            ...rawZip,
          }),
      },
      {
        name: 'a folder_id that is not an integer',
        violates: 'query.folder_id',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/imports', {
            // @ts-expect-error folder_id is an integer
            params: { path: { managed_user_id: customer }, query: { folder_id: 'home' } },
            ...rawZip,
          }),
      },
      {
        name: 'restart_recipes that is not a boolean',
        violates: 'query.restart_recipes',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/imports', {
            // @ts-expect-error restart_recipes is a boolean
            params: { path: { managed_user_id: customer }, query: { folder_id: 1827, restart_recipes: 'always' } },
            ...rawZip,
          }),
      },
      {
        name: 'folder_id_for_home_assets 0',
        violates: 'query.folder_id_for_home_assets',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/imports', {
            params: { path: { managed_user_id: customer }, query: { folder_id: 1827, folder_id_for_home_assets: 0 } },
            ...rawZip,
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'getPackageImport',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/imports/{package_id}', {
        params: { path: { managed_user_id: customer, package_id: packageId } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/imports/{package_id}', {
        params: { path: { managed_user_id: customer, package_id: packageId } },
      }),
    invalid: [
      {
        name: 'a package_id that is not a number',
        violates: 'path.package_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/imports/{package_id}', {
            // @ts-expect-error package_id is an integer
            params: { path: { managed_user_id: customer, package_id: 'latest' } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'exportPackage',
    call: (client, { headers }) =>
      client.POST('/api/managed_users/{managed_user_id}/exports/{manifest_id}', {
        params: { path: { managed_user_id: customer, manifest_id: 3 } },
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/exports/{manifest_id}', {
        params: { path: { managed_user_id: customer, manifest_id: 3 } },
      }),
    invalid: [
      {
        name: 'a manifest_id that is not a number',
        violates: 'path.manifest_id',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/exports/{manifest_id}', {
            // @ts-expect-error manifest_id is an integer
            params: { path: { managed_user_id: customer, manifest_id: 'salesforce-sync' } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'getPackageExport',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/exports/{package_id}', {
        params: { path: { managed_user_id: customer, package_id: 242 } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/exports/{package_id}', {
        params: { path: { managed_user_id: customer, package_id: 242 } },
      }),
    invalid: [
      {
        name: 'package_id 0',
        violates: 'path.package_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/exports/{package_id}', {
            params: { path: { managed_user_id: customer, package_id: 0 } },
          }),
      },
      {
        name: 'a managed_user_id with an unknown environment suffix',
        violates: 'path.managed_user_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/exports/{package_id}', {
            params: { path: { managed_user_id: '98178_staging', package_id: 242 } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'listExportManifestFolderAssets',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/export_manifests/folder_assets', {
        params: { path: { managed_user_id: customer }, query: { folder_id: 4515, include_data: true } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/export_manifests/folder_assets', {
        params: { path: { managed_user_id: customer } },
      }),
    invalid: [
      {
        name: 'a folder_id that is not an integer',
        violates: 'query.folder_id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/export_manifests/folder_assets', {
            // @ts-expect-error folder_id is an integer
            params: { path: { managed_user_id: customer }, query: { folder_id: 'home' } },
          }),
      },
      {
        name: 'include_data that is not a boolean',
        violates: 'query.include_data',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/export_manifests/folder_assets', {
            // @ts-expect-error include_data is a boolean
            params: { path: { managed_user_id: customer }, query: { include_data: 'all' } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'createExportManifest',
    call: (client, { headers, requestExample: name }) =>
      client.POST('/api/managed_users/{managed_user_id}/export_manifests', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('createExportManifest', name),
        headers,
      }),
    callRaw: (client) =>
      client.POST('/api/managed_users/{managed_user_id}/export_manifests', {
        params: { path: { managed_user_id: customer } },
        body: requestExample('createExportManifest'),
      }),
    invalid: [
      {
        name: 'a manifest without a name',
        violates: 'body.export_manifest',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/export_manifests', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error name is required
            body: { export_manifest: { folder_id: 4515, auto_generate_assets: true } },
          }),
      },
      {
        name: 'an asset whose id is a string',
        violates: 'body.export_manifest.assets.0.id',
        send: (client) =>
          client.POST('/api/managed_users/{managed_user_id}/export_manifests', {
            params: { path: { managed_user_id: customer } },
            // @ts-expect-error asset IDs are integers
            body: { export_manifest: { name: 'Salesforce sync', assets: [{ id: '1913515', type: 'recipe' }] } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'updateExportManifest',
    call: (client, { headers, requestExample: name }) =>
      client.PUT('/api/managed_users/{managed_user_id}/export_manifests/{id}', {
        params: { path: { managed_user_id: customer, id: manifest } },
        body: requestExample('updateExportManifest', name),
        headers,
      }),
    callRaw: (client) =>
      client.PUT('/api/managed_users/{managed_user_id}/export_manifests/{id}', {
        params: { path: { managed_user_id: customer, id: manifest } },
        body: requestExample('updateExportManifest'),
      }),
    invalid: [
      {
        name: 'the manifest sent without its export_manifest wrapper',
        violates: 'body',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/export_manifests/{id}', {
            params: { path: { managed_user_id: customer, id: manifest } },
            // @ts-expect-error the body is wrapped in export_manifest
            body: { name: 'Salesforce sync' },
          }),
      },
      {
        name: 'manifest id 0',
        violates: 'path.id',
        send: (client) =>
          client.PUT('/api/managed_users/{managed_user_id}/export_manifests/{id}', {
            params: { path: { managed_user_id: customer, id: 0 } },
            body: { export_manifest: { name: 'Salesforce sync' } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'getExportManifest',
    call: (client, { headers }) =>
      client.GET('/api/managed_users/{managed_user_id}/export_manifests/{id}', {
        params: { path: { managed_user_id: customer, id: manifest } },
        headers,
      }),
    callRaw: (client) =>
      client.GET('/api/managed_users/{managed_user_id}/export_manifests/{id}', {
        params: { path: { managed_user_id: customer, id: manifest } },
      }),
    invalid: [
      {
        name: 'a manifest id that is not a number',
        violates: 'path.id',
        send: (client) =>
          client.GET('/api/managed_users/{managed_user_id}/export_manifests/{id}', {
            // @ts-expect-error id is an integer
            params: { path: { managed_user_id: customer, id: 'salesforce-sync' } },
          }),
      },
    ],
  }),

  contractCase({
    operationId: 'deleteExportManifest',
    call: (client, { headers }) =>
      client.DELETE('/api/managed_users/{managed_user_id}/export_manifests/{id}', {
        params: { path: { managed_user_id: customer, id: manifest } },
        headers,
      }),
    callRaw: (client) =>
      client.DELETE('/api/managed_users/{managed_user_id}/export_manifests/{id}', {
        params: { path: { managed_user_id: customer, id: manifest } },
      }),
    invalid: [
      {
        name: 'manifest id 0',
        violates: 'path.id',
        send: (client) =>
          client.DELETE('/api/managed_users/{managed_user_id}/export_manifests/{id}', {
            params: { path: { managed_user_id: customer, id: 0 } },
          }),
      },
    ],
  }),
];
