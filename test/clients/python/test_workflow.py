"""A partner's workflow through the generated Python client, against the Prism mock started by
scripts/clients.mjs (WORKATO_MOCK_URL). The mock answers each operation's documented examples; a
`Prefer` header picks an example or a status, as Prism documents.
"""

import pytest

import workato_embedded as w
from workato_embedded.customer_id import customer_id
from workato_embedded.exceptions import ApiException, NotFoundException, UnauthorizedException


@pytest.fixture()
def client(mock_url):
    configuration = w.Configuration(host=mock_url, access_token="python-workflow-token")
    return w.ApiClient(configuration)


def test_customer_id_helper():
    assert customer_id(id=98178) == "98178"
    assert customer_id(external_id="acme/eu 7", environment="prod") == "Eacme/eu 7_prod"
    with pytest.raises(ValueError, match="exactly one"):
        customer_id()
    with pytest.raises(ValueError, match="environment"):
        customer_id(id=1, environment="staging")
    with pytest.raises(ValueError, match="positive integer"):
        customer_id(id="007")


def test_provision_a_customer_folder_and_connection(client):
    customer = w.CustomersApi(client).create_customer(
        w.CreateCustomerRequest(name="Acme", notification_email="ops@acme.example", external_id="acme-7")
    )
    assert isinstance(customer.id, int) and customer.name
    workspace = customer_id(id=customer.id)

    folder = w.FoldersApi(client).create_folder(workspace, w.CreateFolderRequest(name="Salesforce sync"))
    assert isinstance(folder.id, int)

    connection = w.ConnectionsApi(client).create_connection(
        workspace, w.CreateConnectionRequest(name="Jira", provider="jira", folder_id=folder.id)
    )
    assert isinstance(connection.id, int) and connection.name

    listed = w.ConnectionsApi(client).list_connections(workspace, includes=["tags"])
    assert listed.result, "the mock's example lists connections"
    assert any(item.tags for item in listed.result), "includes[]=tags brings the tag handles"


def test_start_a_recipe_and_read_the_refusal(client):
    recipes = w.RecipesApi(client)
    started = recipes.start_recipe("98178", 1)
    assert started.success is True
    refused = recipes.start_recipe("98178", 1, _headers={"Prefer": "example=rejected"})
    assert refused.success is False
    assert isinstance(refused.code_errors, list) and isinstance(refused.config_errors, list)


def test_paginate_jobs(client):
    jobs = w.JobsApi(client)
    first = jobs.list_jobs("98178", 1)
    assert first.items, "the mock's example lists jobs"
    following = jobs.list_jobs("98178", 1, offset_job_id=first.items[-1].id)
    assert isinstance(following.items, list)


def test_import_a_package_as_binary_body(client):
    imported = w.RecipeLifecycleManagementApi(client).import_package("98178", 4515, b"PK\x05\x06" + bytes(18))
    assert isinstance(imported.id, int) and imported.status


def test_missing_token_is_a_401(mock_url):
    anonymous = w.ApiClient(w.Configuration(host=mock_url))
    with pytest.raises(UnauthorizedException) as raised:
        w.ConnectionsApi(anonymous).list_connections("98178")
    assert raised.value.status == 401 and raised.value.data.message


def test_unknown_connection_is_a_404(client):
    with pytest.raises(NotFoundException) as raised:
        w.ConnectionsApi(client).list_connections("98178", _headers={"Prefer": "code=404"})
    assert raised.value.status == 404 and isinstance(raised.value.data, w.ErrorBody)


def test_rate_limited_call_is_a_429_with_retry_after(mock_url):
    # urllib3, under the generated client, waits for Retry-After and tries again by default (three times);
    # with retries=0 the 429 comes straight back.
    configuration = w.Configuration(host=mock_url, access_token="python-workflow-token", retries=0)
    with pytest.raises(ApiException) as raised:
        w.ConnectionsApi(w.ApiClient(configuration)).list_connections("98178", _headers={"Prefer": "code=429"})
    assert raised.value.status == 429
    retry_after = raised.value.headers.get("Retry-After")
    assert retry_after is not None and int(retry_after) >= 0, raised.value.headers
